import { loadView, viewEntries } from '$lib/server/loadView';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => viewEntries(false);
export const load: PageServerLoad = ({ params }) => loadView(params);
