// The gallery thumbnail of a diagram: its overview as a static SVG (/thumbs/ko/runtime.svg).
import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/types';
import { diagrams, findDiagram } from '$lib/content/diagrams';
import { isLang } from '$lib/state/url';
import { thumbnailSvg } from '$lib/server/thumbnail';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => diagrams.map((d) => ({ lang, diagram: d.id })));

export const GET: RequestHandler = ({ params }) => {
	const def = findDiagram(params.diagram);
	if (!isLang(params.lang) || !def) error(404, 'Unknown language or diagram');
	return new Response(thumbnailSvg(def, params.lang), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
