/**
 * Which nodes a step shows, and where the ones it hides sit: the step replay (reveal/conceal in
 * order), the rectangles borrowed for hidden nodes, and copies drawn as one box.
 */
import type { PageDef, PageView } from '../../content/page';
import { viewNodeIds } from '../../content/query';
import type { BaseLayout } from '../base';
import type { Format, Rect } from '../geometry';
import { placedElsewhere } from './base';

/** What the step replay reads of a view: its steps' reveal and conceal lists. */
interface Replayed {
	id: string;
	steps: readonly { reveal?: string[]; conceal?: string[] }[];
}

/**
 * Whether each node of the view is shown at a (1-based) step, replaying reveal/conceal in order.
 * Of a page's data or (on the server: the note's links, the quiz) a full definition.
 */
export function shownAtStep(
	def: Parameters<typeof viewNodeIds>[0],
	view: Replayed,
	step: number
): Set<string> {
	const ids = viewNodeIds(def, view.id);
	const firstEvent = new Map<string, 'reveal' | 'conceal'>();
	for (const s of view.steps) {
		for (const id of s.reveal ?? []) if (!firstEvent.has(id)) firstEvent.set(id, 'reveal');
		for (const id of s.conceal ?? []) if (!firstEvent.has(id)) firstEvent.set(id, 'conceal');
	}
	const shown = new Set(ids.filter((id) => firstEvent.get(id) !== 'reveal'));
	for (const s of view.steps.slice(0, step)) {
		for (const id of s.reveal ?? []) shown.add(id);
		for (const id of s.conceal ?? []) shown.delete(id);
	}
	return shown;
}

/** Whether `a` lies inside `b` (touching borders count as inside). */
export const within = (a: Rect, b: Rect) =>
	a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/**
 * Copies drawn as one box (a phone has no room for two VMs side by side) say how many they are:
 * "VM ×2". Only the outermost such box counts; the layers inside it belong to each copy.
 */
export function copyCounts(def: PageDef, base: BaseLayout): Map<string, number> {
	const stacked = Object.entries(base.nodes).filter(
		([, r]) => r.length > 1 && r.every((c) => c.x === r[0].x && c.w === r[0].w)
	);
	return new Map(
		stacked
			.filter(([, r]) => !stacked.some(([, o]) => r[0] !== o[0] && within(r[0], o[0])))
			.map(([id, r]) => [id, def.nodes.find((n) => n.id === id)?.copies ?? r.length])
	);
}

/**
 * The rectangles of node `id` at this step. Nodes outside the view still get rectangles, so that
 * they can shrink into (or grow out of) a counterpart when the view changes: the first visible
 * exitTo node, else where another view puts them. Within a view, a node hidden at this step sits
 * inside the first of its exitTo nodes shown at this step, so parts grow out of the box they
 * split from and shrink back into it.
 */
export function rectsOf(
	def: PageDef,
	view: PageView,
	base: BaseLayout,
	shown: Set<string>,
	format: Format,
	id: string
): Rect[] {
	const node = def.nodes.find((n) => n.id === id)!;
	const copies = node.copies ?? 1;
	const inside = (target: string) =>
		Array.from(
			{ length: copies },
			(_, i) => base.nodes[target][Math.min(i, base.nodes[target].length - 1)]
		);
	if (base.nodes[id]) {
		const into = shown.has(id) ? undefined : node.exitTo?.find((t) => shown.has(t));
		return into && base.nodes[into] ? inside(into) : base.nodes[id];
	}
	const target = node.exitTo?.find((t) => base.nodes[t]);
	if (target) return inside(target);
	return (
		placedElsewhere(def, view, id, format) ??
		Array.from({ length: copies }, () => ({ x: base.width / 2, y: base.height / 2, w: 0, h: 0 }))
	);
}
