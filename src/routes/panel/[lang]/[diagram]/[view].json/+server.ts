// What the note panel shows for one view (node descriptions and sources, note passages,
// corrections, related links) as a static JSON file, /panel/{lang}/{diagram}/{view}.json: a
// diagram page's HTML leaves it out and the panel fetches it on first use (render/panel.ts).
import { panelContent, viewEntries } from '$lib/server/loadView';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => viewEntries(false);

// panelContent answers 404 for an unknown language, diagram or view.
export const GET: RequestHandler = ({ params }) =>
	new Response(JSON.stringify(panelContent(params)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
