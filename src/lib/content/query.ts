/**
 * Read-only questions about a diagram definition that layout, render and state ask: which nodes
 * and edges a view shows. Kept apart from the validator so the validator (and the passage table it
 * needs) never reaches the browser.
 */
import type { LayoutSpec } from './types';

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

/** What the questions below read of a definition: the full one or a page's (content/page.ts). */
interface Views {
	views: readonly { id: string; nodes?: string[]; edges?: string[]; layout: LayoutSpec }[];
	edges: readonly { id: string; from: string; to: string }[];
}

/** Node ids shown in a view: listed ones, else the ones its layout places (spec order). */
export function viewNodeIds(def: Pick<Views, 'views'>, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	return view.nodes ?? placedIds(view.layout);
}

/** Edge ids shown in a view: listed ones, or every edge whose two ends are in the view. */
export function viewEdgeIds(def: Views, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	if (view.edges) return view.edges;
	const inView = new Set(viewNodeIds(def, viewId));
	return def.edges.filter((e) => inView.has(e.from) && inView.has(e.to)).map((e) => e.id);
}

/** A node's texts that a step may replace, in whichever form its definition has them. */
interface Relabelable {
	id: string;
	label: unknown;
	detail?: unknown;
	facts?: unknown;
}
/** A relabel of node type `N`: its fields, `detail: null` to drop the detail line. */
type RelabelOf<N extends Relabelable> = {
	label?: N['label'];
	detail?: N['detail'] | null;
	facts?: N['facts'];
};
/** A view whose steps relabel nodes of type `N`. */
interface RelabelView<N extends Relabelable> {
	id: string;
	steps: readonly { relabel?: Record<string, RelabelOf<N>> }[];
}

/**
 * How each relabelled node of a view reads at a (1-based) step: the last relabel of that node at
 * or before the step, replayed in step order like reveal/conceal. Nodes never relabelled by then
 * are absent.
 */
export function relabelsAtStep<R>(
	view: { steps: readonly { relabel?: Record<string, R> }[] },
	step: number
): Map<string, R> {
	const out = new Map<string, R>();
	for (const s of view.steps.slice(0, Math.max(0, step)))
		for (const [id, r] of Object.entries(s.relabel ?? {})) out.set(id, r);
	return out;
}

/** A node as it reads under a relabel: given fields replace the definition's (`detail: null` drops it). */
export function relabelled<N extends Relabelable>(node: N, r: RelabelOf<N> | undefined): N {
	if (!r) return node;
	return {
		...node,
		label: r.label ?? node.label,
		detail: r.detail === null ? undefined : (r.detail ?? node.detail),
		facts: r.facts ?? node.facts
	};
}

/** A node of the diagram as it reads at a step of a view (for the note panel). */
export function nodeAtStep<N extends Relabelable>(
	def: { nodes: readonly N[]; views: readonly RelabelView<N>[] },
	viewId: string,
	step: number,
	id: string
): N | undefined {
	const node = def.nodes.find((n) => n.id === id);
	const view = def.views.find((v) => v.id === viewId);
	return node && view ? relabelled(node, relabelsAtStep(view, step).get(id)) : node;
}
