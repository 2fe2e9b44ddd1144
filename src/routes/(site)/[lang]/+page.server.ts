import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/types';
import { isLang } from '$lib/state/url';
import { catalog } from '$lib/content/catalog';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	if (!isLang(params.lang)) error(404, 'Unknown language');
	return { lang: params.lang, catalog };
};
