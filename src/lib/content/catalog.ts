/** Titles and views of every diagram: what galleries and the 404 page list, without the diagrams' content. */
import { diagrams } from './diagrams';
import type { L10n } from './types';

export interface CatalogEntry {
	id: string;
	title: L10n;
	summary: L10n;
	defaultView: string;
	views: { id: string; title: L10n }[];
}

export const catalog: CatalogEntry[] = diagrams.map((d) => ({
	id: d.id,
	title: d.title,
	summary: d.summary,
	defaultView: d.defaultView,
	views: d.views.map((v) => ({ id: v.id, title: v.title }))
}));
