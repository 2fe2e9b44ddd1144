/**
 * Read-only questions about a diagram definition that layout, render and state ask: which nodes
 * and edges a view shows. Kept apart from the validator so the validator (and the passage table it
 * needs) never reaches the browser.
 */
import type { DiagramDef, L10n, LayoutSpec, NodeDef, NodeRelabel, ViewDef } from './types';

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

/**
 * How each relabelled node of a view reads at a (1-based) step: the last relabel of that node at
 * or before the step, replayed in step order like reveal/conceal. Nodes never relabelled by then
 * are absent.
 */
export function relabelsAtStep(view: ViewDef, step: number): Map<string, NodeRelabel> {
	const out = new Map<string, NodeRelabel>();
	for (const s of view.steps.slice(0, Math.max(0, step)))
		for (const [id, r] of Object.entries(s.relabel ?? {})) out.set(id, r);
	return out;
}

/** A node as it reads under a relabel: given fields replace the definition's (`detail: null` drops it). */
export function relabelled(node: NodeDef, r: NodeRelabel | undefined): NodeDef {
	if (!r) return node;
	return {
		...node,
		label: r.label ?? node.label,
		detail: r.detail === null ? undefined : (r.detail ?? node.detail),
		facts: r.facts ?? node.facts
	};
}

/** A node of the diagram as it reads at a step of a view (for the note panel). */
export function nodeAtStep(
	def: DiagramDef,
	viewId: string,
	step: number,
	id: string
): NodeDef | undefined {
	const node = def.nodes.find((n) => n.id === id);
	const view = def.views.find((v) => v.id === viewId);
	return node && view ? relabelled(node, relabelsAtStep(view, step).get(id)) : node;
}

/**
 * A view as the tabs and links of another view's page know it: a page carries only its own view
 * in full (`server/loadView.ts`), the others as this. No steps, so nothing can read a step of a
 * view whose data the page does not have: only how many there are.
 */
export interface ViewTab {
	id: string;
	title: L10n;
	/** How many steps its walkthrough has (a link keeping the step clamps to it). */
	steps: number;
	/** The nodes it shows (a link keeps the open note when the node is there). */
	nodes: string[];
}

/** A definition as a page has it: its own views in full, and every view of the diagram as a tab. */
export type TabbedDef = DiagramDef & { tabs?: ViewTab[] };

/** Every view of the diagram, in order, as tabs: the page's list, else the full definition's. */
export function viewTabs(def: TabbedDef): ViewTab[] {
	// A page always has its tabs: the full definition's views are the server's (and tests') case.
	// (No `import.meta.env` here: the end-to-end tests import this module outside Vite.)
	if (def.tabs) return def.tabs;
	return def.views.map((v) => ({
		id: v.id,
		title: v.title,
		steps: v.steps.length,
		nodes: viewNodeIds(def, v.id)
	}));
}
