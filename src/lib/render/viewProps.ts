import type { Correction, DiagramDef, Lang } from '$lib/content/types';
import type { Passage } from '$lib/content/notes';

/** What every page that shows one view gets from the build-time load (site, embed, print). */
export interface ViewProps {
	def: DiagramDef;
	view: string;
	lang: Lang;
	/** Note passages the diagram's nodes refer to, in this language. */
	passages: Record<string, Passage>;
	corrections: Record<string, Correction>;
}
