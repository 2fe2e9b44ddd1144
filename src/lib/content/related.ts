/**
 * Cross-diagram links, resolved for the note panel: for each node of one diagram, where else the
 * same thing is drawn, with the titles a link needs. Resolved at build time so that the other
 * diagrams' content never reaches the page.
 */
import type { DiagramDef, L10n, RelatedRef } from './types';
import { viewNodeIds } from './query';

export interface RelatedLink {
	diagram: string;
	view: string;
	node: string;
	diagramTitle: L10n;
	viewTitle: L10n;
	nodeLabel: L10n;
	/** Set when the link comes from an edge that joins this node: the edge's label. */
	via?: L10n;
}

/**
 * Where a cross-diagram link leads, or why it leads nowhere: the target diagram must exist, the
 * view (default: the target's default view) must be one of its views, and the node must be in it.
 */
export function resolveRelated(
	defs: readonly DiagramDef[],
	ref: RelatedRef
): { def: DiagramDef; view: string } | { error: string } {
	const def = defs.find((d) => d.id === ref.diagram);
	if (!def) return { error: `links to unknown diagram "${ref.diagram}"` };
	const view = ref.view ?? def.defaultView;
	if (!def.views.some((v) => v.id === view))
		return { error: `links to unknown view "${view}" of diagram "${def.id}"` };
	if (!viewNodeIds(def, view).includes(ref.node))
		return { error: `links to node "${ref.node}", which is not in view "${def.id}/${view}"` };
	return { def, view };
}

function link(defs: readonly DiagramDef[], ref: RelatedRef, via?: L10n): RelatedLink | null {
	const r = resolveRelated(defs, ref);
	if ('error' in r) return null;
	const node = r.def.nodes.find((n) => n.id === ref.node)!;
	const view = r.def.views.find((v) => v.id === r.view)!;
	return {
		diagram: r.def.id,
		view: r.view,
		node: node.id,
		diagramTitle: r.def.title,
		viewTitle: view.title,
		nodeLabel: node.label,
		...(via ? { via } : {})
	};
}

/**
 * Links to show in each node's panel: the node's own `related`, then those of every edge that has
 * the node at one end (edges have no panel of their own). The same target appears once per node.
 */
export function relatedLinks(
	defs: readonly DiagramDef[],
	def: DiagramDef
): Record<string, RelatedLink[]> {
	const out: Record<string, RelatedLink[]> = {};
	const add = (nodeId: string, l: RelatedLink | null) => {
		if (!l) return;
		const list = (out[nodeId] ??= []);
		if (!list.some((x) => x.diagram === l.diagram && x.view === l.view && x.node === l.node))
			list.push(l);
	};
	for (const n of def.nodes) for (const ref of n.related ?? []) add(n.id, link(defs, ref));
	for (const e of def.edges)
		for (const ref of e.related ?? []) {
			add(e.from, link(defs, ref, e.label));
			add(e.to, link(defs, ref, e.label));
		}
	return out;
}

/** The address of a link's target, keeping the language: `/{lang}/{diagram}/{view}/?node={id}`. */
export function relatedHref(
	base: string,
	lang: string,
	l: Pick<RelatedLink, 'diagram' | 'view' | 'node'>
): string {
	return `${base}/${lang}/${l.diagram}/${l.view}/?node=${encodeURIComponent(l.node)}`;
}
