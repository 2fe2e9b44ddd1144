import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/types';
import { isLang } from '$lib/state/url';
import { base } from '$app/paths';
import { noteDocument } from '$lib/server/noteDoc';
import { authorRating, quizList } from '$lib/server/quizList';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

// The note is parsed here, at build time: the page gets plain blocks, never the Markdown parser.
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return {
		lang: params.lang,
		blocks: noteDocument(params.lang),
		rating: authorRating(params.lang),
		quiz: quizList(params.lang, base)
	};
};
