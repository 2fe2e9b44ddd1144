import type { Lang } from '$lib/content/types';
import type { PageDef } from '$lib/content/page';

/** What every page that shows one view gets from the build-time load (site, embed, print). */
export interface ViewProps {
	/** The page's view in full, the others as tabs (server/loadView.ts). */
	def: PageDef;
	view: string;
	lang: Lang;
}
