/**
 * Build-time load of one diagram view, shared by the site page and the embed: checks the path and
 * resolves the note passages and corrections the diagram's nodes refer to, so the Markdown parser
 * and unused content stay on the server.
 */
import { error } from '@sveltejs/kit';
import {
	LANGS,
	type Correction,
	type DiagramDef,
	type Lang,
	type NodeDef
} from '$lib/content/types';
import type { PanelContent } from '$lib/content/panel';
import { diagrams, findDiagram } from '$lib/content/diagrams';
import { resolvePassage, type Passage } from '$lib/content/notes';
import { corrections } from '$lib/content/corrections';
import { isLang } from '$lib/state/url';
import { relatedLinks } from '$lib/content/related';
import { placementsFor } from '$lib/layout/place';
import type { PageDef } from '$lib/layout/scene';
import { viewEdgeIds, viewNodeIds, viewTabs } from '$lib/content/query';
import { questions } from '$lib/content/quiz';
import { encodeAnswer } from '$lib/state/quiz';

/** Every (lang, diagram, view) triple; `withDefault` adds the view-less path of each diagram. */
export function viewEntries(withDefault: boolean) {
	return LANGS.flatMap((lang) =>
		diagrams.flatMap((d) => [
			...(withDefault ? [{ lang, diagram: d.id, view: '' }] : []),
			...d.views.map((v) => ({ lang, diagram: d.id, view: v.id }))
		])
	);
}

function resolve(params: { lang: string; diagram: string; view?: string }) {
	const def = findDiagram(params.diagram);
	if (!isLang(params.lang) || !def) error(404, 'Unknown language or diagram');
	const view = params.view || def.defaultView;
	if (!def.views.some((v) => v.id === view)) error(404, 'Unknown view');
	return { def, view, lang: params.lang };
}

/** The embed's and the print page's data: the view and everything its note panel shows. */
export function loadView(params: { lang: string; diagram: string; view?: string }) {
	const { def, view, lang } = resolve(params);
	const own = pageDef(def, view);
	const one = inLang(own, lang);
	// The scene places nodes from these in the browser: the layout kinds stay here (layout/place.ts).
	const placed: PageDef = { ...one, placed: placementsFor(one, view, lang) };
	const { passages, corrections, related } = panelContent(params);
	return { lang, def: placed, view, passages, corrections, related };
}

/**
 * A diagram page's data: `loadView` without what only the note panel and the print handout read
 * (nodes' `about`, `sources` and note keys, passages, corrections, related links). That is `panelContent`,
 * prerendered as /panel/{lang}/{diagram}/{view}.json and fetched with the panel's code on first
 * use (render/panel.ts), so it does not ride in every page's HTML. Its nodes lack `about`,
 * `sources` and `notes`: the panel puts them back (content/panel.ts, `withPanel`).
 */
export function loadPage(params: { lang: string; diagram: string; view?: string }) {
	const { def, lang, view } = loadView(params);
	const nodes = def.nodes.map(({ about: _a, sources: _s, notes: _n, ...n }) => n) as NodeDef[];
	return { lang, view, def: { ...def, nodes } };
}

/** What the note panel shows for one view's nodes, in one language. */
export function panelContent(params: {
	lang: string;
	diagram: string;
	view?: string;
}): PanelContent {
	const { def, view, lang } = resolve(params);
	const own = pageDef(def, view);
	const keys = [...new Set(own.nodes.flatMap((n) => n.notes ?? []))];
	const passages: Record<string, Passage> = Object.fromEntries(
		keys.map((k) => [k, resolvePassage(k, lang)])
	);
	const relevant: Record<string, Correction> = Object.fromEntries(
		keys.flatMap((k) =>
			k in corrections ? [[k, corrections[k as keyof typeof corrections]!]] : []
		)
	);
	const drawn = new Set(own.nodes.map((n) => n.id));
	const links = Object.fromEntries(
		Object.entries(relatedLinks(diagrams, def)).filter(([id]) => drawn.has(id))
	);
	return inLang(
		{
			nodes: Object.fromEntries(
				own.nodes.map((n) => [n.id, { about: n.about, sources: n.sources, notes: n.notes }])
			),
			passages,
			corrections: relevant,
			related: links,
			quiz: questions
				.filter((q) => q.diagram === def.id && q.view === view)
				.map((q) => ({
					id: q.id,
					step: q.step ?? 0,
					prompt: q.prompt,
					why: q.why,
					answer: encodeAnswer(q.id, q.answer)
				})),
			quizIds: questions.map((q) => q.id)
		},
		lang
	);
}

/**
 * The part of a diagram one view's page carries (its data is inlined into the page's HTML, and
 * the page draws every node it has): that view in full, the other views as tabs; only the nodes
 * and edges the view shows, with their `related` references left out (the page gets them
 * resolved) and edges without their description; the groups its layout uses. Another view's data arrives with that view's
 * page, and the diagram merges the two to morph between them (layout/merge.ts).
 */
export function pageDef(def: DiagramDef, viewId: string): PageDef {
	const view = def.views.find((v) => v.id === viewId)!;
	const ids = new Set(viewNodeIds(def, viewId));
	const edges = new Set(viewEdgeIds(def, viewId));
	const layout = view.layout;
	const groups = new Set(layout.kind === 'stacks' ? layout.stacks : []);
	return {
		...def,
		nodes: def.nodes.filter((n) => ids.has(n.id)).map(({ related: _, ...n }) => n),
		edges: def.edges
			.filter((e) => edges.has(e.id) && ids.has(e.from) && ids.has(e.to))
			// An edge's description and sources are the search index's, not the page's: no panel
			// shows them (on runtime pages they were a fifth of the data).
			.map(({ related: _r, about: _a, sources: _s, ...e }) => e),
		groups: def.groups.filter((g) => groups.has(g.id)),
		views: [view],
		tabs: viewTabs(def)
	};
}

/**
 * The value with every piece of text (an object keyed exactly by the languages) cut down to one
 * language. A page only ever reads `text[lang]` (switching language loads the other page's
 * data), and the page's data is inlined into its HTML for hydration: the other language's text
 * was about a third of a diagram page. Unchanged parts keep their identity, so the serializer
 * still writes shared objects (sources cited by many nodes) once.
 */
export function inLang<T>(value: T, lang: Lang, seen = new Map<object, unknown>()): T {
	if (value === null || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value) as T;
	const keys = Object.keys(value);
	if (keys.length === LANGS.length && LANGS.every((l) => keys.includes(l))) {
		const one = { [lang]: (value as Record<Lang, unknown>)[lang] } as T;
		seen.set(value, one);
		return one;
	}
	let changed = false;
	const out: unknown = Array.isArray(value)
		? value.map((v) => {
				const x = inLang(v, lang, seen);
				changed ||= x !== v;
				return x;
			})
		: Object.fromEntries(
				Object.entries(value).map(([k, v]) => {
					const x = inLang(v, lang, seen);
					changed ||= x !== v;
					return [k, x];
				})
			);
	const result = (changed ? out : value) as T;
	seen.set(value, result);
	return result;
}
