import { catalog } from '$lib/content/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ catalog });
