/**
 * Read-only questions about a diagram definition that layout, render and state ask: which nodes
 * and edges a view shows. Kept apart from the validator so the validator (and the passage table it
 * needs) never reaches the browser.
 */
import type { DiagramDef, LayoutSpec } from './types';

/**
 * Which nodes a layout places, per kind: the one rule each layout kind adds here (its geometry,
 * validation and routing live in layout/<kind>.ts).
 */
const placedBy: {
	[K in LayoutSpec['kind']]: (spec: Extract<LayoutSpec, { kind: K }>) => string[];
} = {
	stacks: (spec) =>
		Object.keys(spec.place).filter((id) => spec.stacks.includes(spec.place[id].stack)),
	grid: (spec) => Object.keys(spec.place),
	tree: (spec) => Object.keys(spec.parent),
	boxes: (spec) => Object.keys(spec.place)
};

/** The ids a layout spec places, in the spec's order. */
export function placedIds(spec: LayoutSpec): string[] {
	return (placedBy[spec.kind] as (s: LayoutSpec) => string[])(spec);
}

/** Node ids shown in a view: listed ones, else the ones its layout places (spec order). */
export function viewNodeIds(def: DiagramDef, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	return view.nodes ?? placedIds(view.layout);
}

/** Edge ids shown in a view: listed ones, or every edge whose two ends are in the view. */
export function viewEdgeIds(def: DiagramDef, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	if (view.edges) return view.edges;
	const inView = new Set(viewNodeIds(def, viewId));
	return def.edges.filter((e) => inView.has(e.from) && inView.has(e.to)).map((e) => e.id);
}
