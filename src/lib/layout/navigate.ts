/** Arrow-key movement between nodes: the nearest shown node in the pressed direction. */
import type { Rect } from './geometry';

export type Direction = 'left' | 'right' | 'up' | 'down';

export function nearestInDirection(
	boxes: { id: string; rect: Rect }[],
	fromId: string,
	dir: Direction
): string | null {
	const from = boxes.find((b) => b.id === fromId);
	if (!from) return boxes[0]?.id ?? null;
	const cx = (r: Rect) => r.x + r.w / 2;
	const cy = (r: Rect) => r.y + r.h / 2;
	let best: string | null = null;
	let bestScore = Infinity;
	for (const b of boxes) {
		if (b.id === fromId) continue;
		const dx = cx(b.rect) - cx(from.rect);
		const dy = cy(b.rect) - cy(from.rect);
		const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
		const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
		if (along <= 1) continue;
		// Prefer what lies straight ahead: sideways distance costs more than distance ahead.
		const score = along + 2 * across;
		if (score < bestScore) {
			bestScore = score;
			best = b.id;
		}
	}
	return best;
}

/**
 * Where each arrow key goes from each node: the nearest shown node that way. Every node of the
 * scene is a starting point (a selected node stays drawn when a step hides it); only shown ones
 * are destinations.
 */
export function arrowTargets(
	nodes: { id: string; rects: Rect[]; shown: boolean }[]
): Record<string, Partial<Record<Direction, string>>> {
	const shown = nodes.filter((n) => n.shown).map((n) => ({ id: n.id, rect: n.rects[0] }));
	const dirs: Direction[] = ['left', 'right', 'up', 'down'];
	const out: Record<string, Partial<Record<Direction, string>>> = {};
	for (const n of nodes) {
		const boxes = n.shown ? shown : [...shown, { id: n.id, rect: n.rects[0] }];
		const to: Partial<Record<Direction, string>> = (out[n.id] = {});
		for (const d of dirs) {
			const t = nearestInDirection(boxes, n.id, d);
			if (t) to[d] = t;
		}
	}
	return out;
}
