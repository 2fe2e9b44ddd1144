import { loadPage, viewEntries } from '$lib/server/loadView';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => viewEntries(false);
// A diagram page's data: the note panel's content is fetched when a node is opened, from
// /panel/{lang}/{diagram}/{view}.json (server/loadView.ts), as on the site.
export const load: PageServerLoad = ({ params }) => loadPage(params);
