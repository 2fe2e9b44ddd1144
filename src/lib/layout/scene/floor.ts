/**
 * The type floor (issue 23): on a laptop every word a diagram shows is drawn at least this large
 * on screen, node labels 13 px and everything else (details, facts, badges, edge labels, headings,
 * packet tags) 11 px. A format that cannot keep it at a size is not drawn there: the page draws a
 * simpler one (render/pageFit.svelte.ts), never smaller type.
 */
import type { Scene } from './types';

export const TYPE_FLOOR = { label: 13, other: 11 };

/** Lifetime badges are drawn at this fraction of the small size (DiagramNode.svelte). */
const BADGE = 0.86;

/**
 * The least screen px per viewBox unit at which every word of the scene keeps the floor. Counts
 * every node and edge of the scene, hidden ones too, so that the answer is the view's, not the
 * step's: a page does not change format from one step to the next.
 */
export function floorScale(scene: Scene): number {
	const f = scene.fontSize;
	let label = Infinity;
	let other = Math.min(f.small, f.fact);
	for (const n of scene.nodes) {
		if (n.label.length) label = Math.min(label, f.label * n.scale);
		if (n.detail.length) other = Math.min(other, f.detail * n.scale);
		if (n.lifetime) other = Math.min(other, f.small * BADGE);
	}
	for (const g of scene.groups)
		other = Math.min(other, f.title * g.scale, g.noteName.length ? f.small * g.scale : Infinity);
	return Math.max(TYPE_FLOOR.label / label, TYPE_FLOOR.other / other);
}

/** The least width in px at which the scene keeps the floor. */
export function floorWidth(scene: Scene): number {
	return Math.ceil(floorScale(scene) * scene.frame.w);
}
