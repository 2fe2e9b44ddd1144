/**
 * Build-time load of one diagram view, shared by the site page and the embed: checks the path and
 * resolves the note passages and corrections the diagram's nodes refer to, so the Markdown parser
 * and unused content stay on the server.
 */
import { error } from '@sveltejs/kit';
import { LANGS, type Correction } from '$lib/content/types';
import { diagrams, findDiagram } from '$lib/content/diagrams';
import { resolvePassage, type Passage } from '$lib/content/notes';
import { corrections } from '$lib/content/corrections';
import { isLang } from '$lib/state/url';
import { relatedLinks } from '$lib/content/related';

/** Every (lang, diagram, view) triple; `withDefault` adds the view-less path of each diagram. */
export function viewEntries(withDefault: boolean) {
	return LANGS.flatMap((lang) =>
		diagrams.flatMap((d) => [
			...(withDefault ? [{ lang, diagram: d.id, view: '' }] : []),
			...d.views.map((v) => ({ lang, diagram: d.id, view: v.id }))
		])
	);
}

export function loadView(params: { lang: string; diagram: string; view?: string }) {
	const def = findDiagram(params.diagram);
	if (!isLang(params.lang) || !def) error(404, 'Unknown language or diagram');
	const view = params.view || def.defaultView;
	if (!def.views.some((v) => v.id === view)) error(404, 'Unknown view');
	const lang = params.lang;
	const keys = [...new Set(def.nodes.flatMap((n) => n.notes ?? []))];
	const passages: Record<string, Passage> = Object.fromEntries(
		keys.map((k) => [k, resolvePassage(k, lang)])
	);
	const relevant: Record<string, Correction> = Object.fromEntries(
		keys.flatMap((k) =>
			k in corrections ? [[k, corrections[k as keyof typeof corrections]!]] : []
		)
	);
	return { lang, def, view, passages, corrections: relevant, related: relatedLinks(diagrams, def) };
}
