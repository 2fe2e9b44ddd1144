/**
 * Build-time load of one diagram view, shared by the site page and the embed: checks the path and
 * resolves the note passages and corrections the diagram's nodes refer to, so the Markdown parser
 * and unused content stay on the server.
 */
import { error } from '@sveltejs/kit';
import { LANGS, type Correction } from '$lib/content/types';
import { predictKey, type PanelContent } from '$lib/content/panel';
import { diagrams, findDiagram } from '$lib/content/diagrams';
import { resolvePassage, type Passage } from '$lib/content/notes';
import { corrections } from '$lib/content/corrections';
import { isLang } from '$lib/state/url';
import { relatedLinks } from '$lib/content/related';
import { placementsFor } from '$lib/layout/place';
import { viewNodeIds } from '$lib/content/query';
import { forView, inLang, localize } from '$lib/content/page';
import { predictions, questions } from '$lib/content/quiz';
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

/**
 * A diagram page's and an embed's data: its view's part of the definition in its language
 * (content/page.ts), placed. Not what only the note panel and the print handout read (nodes'
 * `about`, `sources` and note keys, passages, corrections, related links): that is
 * `panelContent`, prerendered as /panel/{lang}/{diagram}/{view}.json and fetched with the panel's
 * code on first use (render/panel.ts), so it does not ride in every page's HTML.
 */
export function loadPage(params: { lang: string; diagram: string; view?: string }) {
	const { def, view, lang } = resolve(params);
	// The scene places nodes from these in the browser: the layout kinds stay here (layout/place.ts).
	const page = forView(localize(def, lang, placementsFor(def, view, lang)), view);
	const predict = predictionsOf(def.id, view).map((p) => p.step);
	return { lang, view, def: predict.length ? { ...page, predict } : page };
}

/** The print page's data: the page's, with everything its note panels show. */
export function loadView(params: { lang: string; diagram: string; view?: string }) {
	return { ...loadPage(params), panel: panelContent(params) };
}

const predictionsOf = (diagram: string, view: string) =>
	predictions.filter((p) => p.diagram === diagram && p.view === view);

/** What the note panel shows for one view's nodes, in one language. */
export function panelContent(params: {
	lang: string;
	diagram: string;
	view?: string;
}): PanelContent {
	const { def, view, lang } = resolve(params);
	const ids = new Set(viewNodeIds(def, view));
	const own = def.nodes.filter((n) => ids.has(n.id));
	const keys = [...new Set(own.flatMap((n) => n.notes ?? []))];
	const passages: Record<string, Passage> = Object.fromEntries(
		keys.map((k) => [k, resolvePassage(k, lang)])
	);
	const relevant: Record<string, Correction> = Object.fromEntries(
		keys.flatMap((k) =>
			k in corrections ? [[k, corrections[k as keyof typeof corrections]!]] : []
		)
	);
	const drawn = new Set(own.map((n) => n.id));
	const links = Object.fromEntries(
		Object.entries(relatedLinks(diagrams, def)).filter(([id]) => drawn.has(id))
	);
	return inLang(
		{
			nodes: Object.fromEntries(
				own.map((n) => [n.id, { about: n.about, sources: n.sources, notes: n.notes }])
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
			quizIds: questions.map((q) => q.id),
			predict: predictionsOf(def.id, view).map((p) => ({
				step: p.step,
				prompt: p.prompt,
				...(p.outcomes && { outcomes: [p.outcomes[0].label, p.outcomes[1].label] }),
				answer: encodeAnswer(
					predictKey(view, p.step),
					p.pick ?? [String(p.outcomes!.findIndex((o) => o.right))]
				)
			}))
		},
		lang
	);
}
