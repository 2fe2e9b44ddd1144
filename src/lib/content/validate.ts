/**
 * Checks a diagram definition before anything renders it. Every problem names the id at fault, and
 * all problems are reported together so one build run shows everything to fix.
 */
import { passages } from './passages';
import { LANGS, type DiagramDef, type L10n, type RelatedRef } from './types';

export class DiagramError extends Error {
	constructor(
		public readonly diagram: string,
		public readonly problems: string[]
	) {
		super(`Diagram "${diagram}" is invalid:\n  - ${problems.join('\n  - ')}`);
	}
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateDiagram(def: DiagramDef): DiagramDef {
	const problems: string[] = [];
	const fail = (msg: string) => problems.push(msg);
	const text = (where: string, t: L10n | undefined, required = true) => {
		if (!t) {
			if (required) fail(`${where}: text missing`);
			return;
		}
		for (const lang of LANGS) if (!t[lang]?.trim()) fail(`${where}: no ${lang} text`);
	};
	const unique = (kind: string, ids: string[]) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (!SLUG.test(id)) fail(`${kind} "${id}": id must be a lowercase slug`);
			if (seen.has(id)) fail(`${kind} "${id}": duplicate id`);
			seen.add(id);
		}
		return seen;
	};

	if (!SLUG.test(def.id)) fail(`diagram id "${def.id}" must be a lowercase slug`);
	text('title', def.title);
	text('summary', def.summary);
	const nodes = unique(
		'node',
		def.nodes.map((n) => n.id)
	);
	const edges = unique(
		'edge',
		def.edges.map((e) => e.id)
	);
	const groups = unique(
		'group',
		def.groups.map((g) => g.id)
	);
	const rows = unique(
		'row',
		(def.rows ?? []).map((r) => r.id)
	);
	unique(
		'view',
		def.views.map((v) => v.id)
	);
	def.groups.forEach(
		(g) => (
			text(`group "${g.id}" label`, g.label),
			text(`group "${g.id}" noteName`, g.noteName, false)
		)
	);
	def.rows?.forEach((r) => text(`row "${r.id}" label`, r.label));

	for (const n of def.nodes) {
		const where = `node "${n.id}"`;
		text(`${where} label`, n.label);
		text(`${where} detail`, n.detail, false);
		text(`${where} about`, n.about);
		for (const key of n.notes ?? []) {
			if (!(key in passages)) fail(`${where}: unknown note passage "${key}"`);
		}
		for (const id of n.exitTo ?? [])
			if (!nodes.has(id)) fail(`${where}: exitTo unknown node "${id}"`);
		if (n.place) {
			if (!groups.has(n.place.stack)) fail(`${where}: unknown stack "${n.place.stack}"`);
			for (const r of n.place.rows) if (!rows.has(r)) fail(`${where}: unknown row "${r}"`);
			const [a, b] = n.place.span ?? [0, 12];
			if (!(a >= 0 && b <= 12 && a < b)) fail(`${where}: span must lie within [0, 12]`);
		}
		if (n.copies !== undefined && !(Number.isInteger(n.copies) && n.copies >= 1 && n.copies <= 6)) {
			fail(`${where}: copies must be an integer from 1 to 6`);
		}
		for (const s of n.sources)
			if (!/^https:\/\//.test(s.url)) fail(`${where}: source "${s.label}" needs an https URL`);
	}
	for (const e of def.edges) {
		const where = `edge "${e.id}"`;
		if (!nodes.has(e.from)) fail(`${where}: unknown from-node "${e.from}"`);
		if (!nodes.has(e.to)) fail(`${where}: unknown to-node "${e.to}"`);
		text(`${where} label`, e.label);
		text(`${where} about`, e.about, false);
	}

	for (const v of def.views) {
		const where = `view "${v.id}"`;
		text(`${where} title`, v.title);
		text(`${where} summary`, v.summary);
		const inView = new Set(viewNodeIds(def, v.id));
		for (const id of v.nodes ?? []) if (!nodes.has(id)) fail(`${where}: unknown node "${id}"`);
		for (const id of v.edges ?? []) if (!edges.has(id)) fail(`${where}: unknown edge "${id}"`);
		const layout = v.layout;
		if (layout.kind === 'stacks') {
			for (const s of layout.stacks) if (!groups.has(s)) fail(`${where}: unknown stack "${s}"`);
			for (const id of inView) {
				if (!def.nodes.find((n) => n.id === id)?.place)
					fail(`${where}: node "${id}" has no stack place`);
			}
		} else if (layout.kind === 'grid') {
			for (const id of inView)
				if (!layout.place[id]) fail(`${where}: node "${id}" has no grid place`);
			for (const [id, p] of Object.entries(layout.place)) {
				if (!nodes.has(id)) fail(`${where}: grid place for unknown node "${id}"`);
				if (
					p.col < 0 ||
					p.row < 0 ||
					p.col + (p.cols ?? 1) > layout.cols ||
					p.row + (p.rows ?? 1) > layout.rows
				) {
					fail(`${where}: node "${id}" is placed outside the ${layout.cols}×${layout.rows} grid`);
				}
			}
		} else {
			const roots = Object.entries(layout.parent).filter(([, p]) => p === null);
			if (roots.length !== 1) fail(`${where}: a tree needs exactly one root`);
			for (const [id, p] of Object.entries(layout.parent)) {
				if (!nodes.has(id)) fail(`${where}: tree node "${id}" is unknown`);
				if (p !== null && !(p in layout.parent))
					fail(`${where}: parent "${p}" of "${id}" is not in the tree`);
			}
		}
		if (v.steps.length === 0) fail(`${where}: needs at least one step`);
		v.steps.forEach((s, i) => {
			const sw = `${where} step ${i + 1}`;
			text(`${sw} narration`, s.narration);
			for (const id of [...(s.highlight ?? []), ...(s.reveal ?? []), ...(s.conceal ?? [])]) {
				if (!inView.has(id)) fail(`${sw}: node "${id}" is not in the view`);
			}
			for (const id of [...(s.edges ?? []), ...(s.tokens ?? []).map((t) => t.edge)]) {
				if (!edges.has(id)) fail(`${sw}: unknown edge "${id}"`);
			}
		});
	}
	if (!def.views.some((v) => v.id === def.defaultView))
		fail(`defaultView "${def.defaultView}" is not a view`);

	if (problems.length) throw new DiagramError(def.id, problems);
	return def;
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

/**
 * Checks every `related` link of every diagram against the whole index (a link may point into a
 * diagram validated after its own). All problems are reported together, each naming the diagram
 * and the node or edge at fault.
 */
export function validateRelated(defs: readonly DiagramDef[]): void {
	const problems: string[] = [];
	for (const def of defs) {
		const owners = [
			...def.nodes.map((n) => ({ where: `node "${n.id}"`, refs: n.related })),
			...def.edges.map((e) => ({ where: `edge "${e.id}"`, refs: e.related }))
		];
		for (const { where, refs } of owners)
			for (const ref of refs ?? []) {
				const r = resolveRelated(defs, ref);
				if ('error' in r) problems.push(`diagram "${def.id}" ${where}: ${r.error}`);
			}
	}
	if (problems.length) throw new DiagramError('related links', problems);
}

/** Node ids shown in a view, in definition order. */
export function viewNodeIds(def: DiagramDef, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	if (view.nodes) return view.nodes;
	const layout = view.layout;
	if (layout.kind === 'stacks') {
		return def.nodes
			.filter((n) => n.place && layout.stacks.includes(n.place.stack))
			.map((n) => n.id);
	}
	if (layout.kind === 'grid') return Object.keys(layout.place);
	return Object.keys(layout.parent);
}

/** Edge ids shown in a view: listed ones, or every edge whose two ends are in the view. */
export function viewEdgeIds(def: DiagramDef, viewId: string): string[] {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) return [];
	if (view.edges) return view.edges;
	const inView = new Set(viewNodeIds(def, viewId));
	return def.edges.filter((e) => inView.has(e.from) && inView.has(e.to)).map((e) => e.id);
}
