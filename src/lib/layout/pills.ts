/**
 * Where packet pills rest, clear of node labels. In the travelling chunk (render/travelling.ts),
 * not the scene: only a step that sends packets needs it, and the page's first load stays within
 * its JavaScript budget.
 */
import { BOLD, LINE_HEIGHT, textWidthEm, type Point, type Rect } from './geometry';
import { pillHeight, pillPlace, type ScenePacket } from './packets';
import type { Scene } from './scene';

/** A scene packet with where its pill rests (restPills). */
export type RestingPacket = ScenePacket & {
	/**
	 * Top-left of the label pill at the end of each hop (where it pauses) and, `rest`, once it
	 * has arrived; a blocked one's reason pill too. Travelling, the pill keeps its hop's offset
	 * from the dot and may pass over labels.
	 */
	pills: Point[];
	rest: Point;
	reasonAt?: Point;
};

/** The parts of a scene node that say where its text is drawn (DiagramNode's `lines()`). */
export interface LabelledNode {
	rects: Rect[];
	label: string[];
	detail: string[];
	facts: string[];
	scale: number;
	labelAt: 'center' | 'bottom' | 'top';
}

/**
 * The box a node's text takes, per labelled copy: the same arithmetic DiagramNode uses to set the
 * lines (centred, or from the top-left corner of a container, or in a frame's bottom band), with
 * the widths estimated (errs wide) and kept inside the box's text room.
 */
export function labelBoxes(
	n: LabelledNode,
	size: { label: number; detail: number; fact: number }
): Rect[] {
	const lines = [
		...n.label.map((t) => ({ fs: size.label * n.scale, w: textWidthEm(t) * BOLD })),
		...n.detail.map((t) => ({ fs: size.detail * n.scale, w: textWidthEm(t) })),
		...n.facts.map((t) => ({ fs: size.fact, w: t.length * 0.6 }))
	];
	if (!lines.length) return [];
	const piled = n.rects.length > 1 && n.rects[1].x < n.rects[0].x + n.rects[0].w - 1;
	return (piled ? n.rects.slice(0, 1) : n.rects).map((r) => {
		const height = lines.reduce((h, l) => h + l.fs * LINE_HEIGHT, 0);
		const band = n.labelAt === 'center' ? r.h : Math.min(r.h, height + 10);
		const y = n.labelAt === 'top' ? r.y + 5 : r.y + r.h - band + (band - height) / 2;
		const room = n.labelAt === 'top' ? r.w - 16 : r.w - 8;
		const w = Math.min(room, Math.max(...lines.map((l) => l.w * l.fs)));
		const x = n.labelAt === 'top' ? r.x + 10 : r.x + r.w / 2 - w / 2;
		return { x, y, w, h: height };
	});
}

/** Area two rectangles share (0 when they only touch). */
export function overlapArea(a: Rect, b: Rect): number {
	const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return ix > 0 && iy > 0 ? ix * iy : 0;
}

/**
 * Where each packet's pill rests (the end of each hop, and on arrival): the place pillPlace
 * prefers when it is clear of every label in `avoid` and of the pills resting before it, else the
 * first clear one of the other places around the dot (nearest first), else the one overlapping
 * least. A pill on a label hides what the step is about; a pill passing over one does not.
 */
export function restPills(
	packets: ScenePacket[],
	avoid: Rect[],
	size: number,
	bounds: Rect
): RestingPacket[] {
	const h = pillHeight(size);
	const taken: Rect[] = [];
	// The width estimate can fall short of a bold system font (DejaVu draws "batch container"
	// wider than estimated): keep a margin around every label.
	const labels = avoid.map((r) => ({
		x: r.x - 3 - r.w * 0.06,
		y: r.y - 1,
		w: r.w * 1.12 + 6,
		h: r.h + 2
	}));
	const place = (hop: readonly Point[], w: number, wish?: Point): Point => {
		const at = hop[hop.length - 1] ?? [0, 0];
		const clamp = ([x, y]: Point): Point => [
			Math.max(bounds.x + 2, Math.min(x, bounds.x + bounds.w - w - 2)),
			Math.max(bounds.y + 2, Math.min(y, bounds.y + bounds.h - h - 2))
		];
		const g = 9;
		const [ax, ay] = at;
		const dot = { x: ax - 7, y: ay - 7, w: 14, h: 14 };
		const cover = (p: Point) => {
			const r = { x: p[0], y: p[1], w, h };
			return [...labels, ...taken, dot].reduce((c, b) => c + overlapArea(r, b), 0);
		};
		const preferred = clamp(wish ?? pillPlace(hop, at, w, h, bounds));
		if (cover(preferred) <= 1) return preferred;
		// Else the clear place nearest the dot: left of it, right of it or centred on it, on a
		// half-line grid above and below (a phone's rows are close; one line off is often enough).
		let best = preferred;
		let bestCost = Infinity;
		// Also just beside each label near the dot: the gaps between labels are where a pill fits.
		const beside = [...labels, ...taken]
			.filter((b) => Math.abs(b.x + b.w / 2 - ax) < 2 * w)
			.flatMap((b) => [b.x + b.w + 2, b.x - w - 2]);
		for (const x of [ax - w - g, ax + g, ax - w / 2, ax - w / 4, ax - (3 * w) / 4, ...beside])
			for (let k = -16; k <= 16; k++) {
				const p = clamp([x, ay - h / 2 + (k * h) / 2]);
				const dx = Math.max(p[0] - ax, 0, ax - p[0] - w);
				const dy = Math.max(p[1] - ay, 0, ay - p[1] - h);
				const cost = cover(p) * 100 + Math.hypot(dx, dy);
				if (cost < bestCost) [best, bestCost] = [p, cost];
			}
		return best;
	};
	return packets.map((p) => {
		const pills = p.hops.map((hop, i) => place(hop, p.widths[i]));
		const b = p.blocked;
		if (!b) {
			const rest = place(p.hops[p.hops.length - 1] ?? [], p.finalWidth);
			if (p.final) taken.push({ x: rest[0], y: rest[1], w: p.finalWidth, h });
			return { ...p, pills, rest };
		}
		// Stopped at a ✕: the label would rather sit left of it and the reason right, both above.
		const [x, y] = b.point;
		const rest = place([b.point], p.finalWidth, [x - 12 - p.finalWidth, y - h - 4]);
		if (p.final) taken.push({ x: rest[0], y: rest[1], w: p.finalWidth, h });
		const why = place([b.point], b.width, [x + 12, y - h - 4]);
		taken.push({ x: why[0], y: why[1], w: b.width, h });
		return { ...p, pills, rest, reasonAt: why };
	});
}

/** The packets of a scene, their pills placed clear of every shown node's label. */
export function placePackets(scene: Scene): RestingPacket[] {
	if (!scene.packets.length) return [];
	// A frame's heading (labelled at its top) reaches further than estimated: its glyphs' top
	// above the box's line, and a bold heading in DejaVu wider (the Docker host's heading in the
	// compact drawing a laptop now shows, issue 23, was covered by 3 px each way).
	const labels = scene.nodes
		.filter((n) => n.shown)
		.flatMap((n) =>
			labelBoxes(n, scene.fontSize).map((r) =>
				n.labelAt === 'top' ? { ...r, y: r.y - 3, h: r.h + 3, w: r.w * 1.1 + 4 } : r
			)
		);
	return restPills(scene.packets, labels, scene.fontSize.small, scene.viewBox);
}
