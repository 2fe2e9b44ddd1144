/**
 * Where the note is drawn: for each passage key, the nodes that reveal it and the first view (and
 * step) that shows each node. Computed from the diagram index alone, so a new diagram needs no
 * change here. Build time only (note page, search index, sitemap).
 */
import type { DiagramDef, L10n } from '$lib/content/types';
import { diagrams } from '$lib/content/diagrams';
import { orderedDiagrams } from '$lib/content/catalog';
import { viewNodeIds } from '$lib/content/query';
import { shownAtStep } from '$lib/layout/scene';

export interface NodeHome {
	diagram: string;
	view: string;
	node: string;
	/** Null: the node is drawn in the view's overview (a URL without `step`). */
	step: number | null;
	diagramTitle: L10n;
	viewTitle: L10n;
	nodeLabel: L10n;
	/** Whether `view` is the diagram's default view (addressed without its id). */
	isDefaultView: boolean;
}

/**
 * The first view that shows the node: preferably one whose overview (the last step's state)
 * draws it, else the first step of any view that does. Null when no view shows it.
 */
export function nodeHome(def: DiagramDef, nodeId: string): NodeHome | null {
	const node = def.nodes.find((n) => n.id === nodeId);
	if (!node) return null;
	const make = (viewId: string, step: number | null): NodeHome => {
		const view = def.views.find((v) => v.id === viewId)!;
		return {
			diagram: def.id,
			view: viewId,
			node: nodeId,
			step,
			diagramTitle: def.title,
			viewTitle: view.title,
			nodeLabel: node.label,
			isDefaultView: viewId === def.defaultView
		};
	};
	const views = def.views.filter((v) => viewNodeIds(def, v.id).includes(nodeId));
	for (const view of views)
		if (shownAtStep(def, view, view.steps.length).has(nodeId)) return make(view.id, null);
	for (const view of views)
		for (let s = 1; s <= view.steps.length; s++)
			if (shownAtStep(def, view, s).has(nodeId)) return make(view.id, s);
	return null;
}

/** URL path (without base) of a node's home: `/{lang}/{diagram}/{view}/?[step=N&]node=id`. */
export function homeHref(lang: string, h: NodeHome): string {
	const path = h.isDefaultView ? `/${lang}/${h.diagram}/` : `/${lang}/${h.diagram}/${h.view}/`;
	const q = new URLSearchParams();
	if (h.step !== null) q.set('step', String(h.step));
	q.set('node', h.node);
	return `${path}?${q}`;
}

/**
 * passage key → the nodes that reveal it, one per diagram (its first such node), in the note's
 * diagram order: a stacks diagram draws the same layer once per stack, and one link each is enough.
 */
export function passageHomes(defs: DiagramDef[] = diagrams): Map<string, NodeHome[]> {
	const out = new Map<string, NodeHome[]>();
	for (const def of orderedDiagrams(defs))
		for (const node of def.nodes)
			for (const key of node.notes ?? []) {
				const home = nodeHome(def, node.id);
				if (!home) continue;
				const list = out.get(key) ?? [];
				if (list.some((h) => h.diagram === def.id)) continue;
				list.push(home);
				out.set(key, list);
			}
	return out;
}
