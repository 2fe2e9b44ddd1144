import type { Correction, Lang } from '$lib/content/types';
import type { PageDef } from '$lib/layout/scene';
import type { Passage } from '$lib/content/notes';
import type { RelatedLink } from '$lib/content/related';

/** What every page that shows one view gets from the build-time load (site, embed, print). */
export interface ViewProps {
	/** The page's view in full, the others as tabs (server/loadView.ts). */
	def: PageDef;
	view: string;
	lang: Lang;
	/** Note passages the diagram's nodes refer to, in this language. */
	passages: Record<string, Passage>;
	corrections: Record<string, Correction>;
	/** Per node id: where else the atlas draws it (resolved at build time). */
	related?: Record<string, RelatedLink[]>;
}
