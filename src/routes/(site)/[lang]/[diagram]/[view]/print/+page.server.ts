import { handoutScenes } from '$lib/layout/scene';
import { loadView, viewEntries } from '$lib/server/loadView';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML, no app: the handout is all in the prerendered page, and hydrating it would ship its
// text a second time as the page's data (the largest handout was 366 KB, a tenth of it that data,
// and the app's scripts on top). Its print button has a script of its own (static/print-button.js);
// its links, the language switch included, work as links.
export const csr = false;
export const entries: EntryGenerator = () => viewEntries(false);
export const load: PageServerLoad = ({ params }) => {
	const data = loadView(params);
	return { ...data, scenes: handoutScenes(data.def, data.view) };
};
