// The note handed back as Markdown (/note/ko.md, /note/en.md), written at build time: the note page's
// "Download my note" fetches it and writes the reader's results into it (state/myNote.ts).
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANGS } from '$lib/content/types';
import { isLang } from '$lib/state/url';
import { noteMarkdown } from '$lib/server/noteMarkdown';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return new Response(noteMarkdown(params.lang, base), {
		headers: { 'content-type': 'text/markdown; charset=utf-8' }
	});
};
