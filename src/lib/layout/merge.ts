/**
 * A page carries only its own view (server/loadView.ts). To morph from one view to the next, the
 * diagram draws with both pages' data: nodes that leave need to know where to shrink to or fade,
 * nodes that arrive where to grow from. Pure; the result only grows to the diagram's own size.
 */
import type { PageDef } from '../content/page';

/** Items of `next`, then those of `prev` that `next` lacks (by id). */
function union<T extends { id: string }>(next: T[], prev: T[]): T[] {
	const ids = new Set(next.map((x) => x.id));
	const rest = prev.filter((x) => !ids.has(x.id));
	return rest.length ? [...next, ...rest] : next;
}

/**
 * `next` (the page just loaded) with what `prev` (the definition drawn so far) knew and `next`
 * lacks: nodes, edges, full views and their placements, by id; `next` wins where both
 * have something. Its own view comes first, then the view just left, so a node outside the new
 * view waits where the last view drew it. The tabs are `next`'s (every page lists every view). A
 * definition of another diagram shares nothing: `next` as it is.
 */
export function mergeDefs(prev: PageDef, next: PageDef): PageDef {
	if (prev === next || prev.id !== next.id) return next;
	return {
		...next,
		nodes: union(next.nodes, prev.nodes),
		edges: union(next.edges, prev.edges),
		views: union(next.views, prev.views),
		placed: { ...prev.placed, ...next.placed }
	};
}
