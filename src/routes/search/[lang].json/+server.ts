// The search documents of one language as a static JSON file (/search/ko.json, /search/en.json),
// written at build time, fetched and indexed by the search box only when it is first opened.
import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/types';
import { isLang } from '$lib/state/url';
import { searchDocsJson } from '$lib/server/searchIndex';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return new Response(searchDocsJson(params.lang), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
