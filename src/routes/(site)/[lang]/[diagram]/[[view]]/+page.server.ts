import { loadPage, viewEntries } from '$lib/server/loadView';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => viewEntries(true);
// Without the note panel's content: that is /panel/{lang}/{diagram}/{view}.json (loadView.ts).
export const load: PageServerLoad = ({ params }) => loadPage(params);
