import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANGS } from '$lib/content/types';
import { isLang } from '$lib/state/url';
import { authorRating, quizList } from '$lib/server/quizList';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

// Prompts and links only: the answers stay with the diagram pages' lazily loaded quiz code.
export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return {
		lang: params.lang,
		items: quizList(params.lang, base),
		rating: authorRating(params.lang)
	};
};
