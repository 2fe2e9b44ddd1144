/** Titles and views of every diagram: what galleries and the 404 page list, without the diagrams' content. */
import { diagrams } from './diagrams';
import type { DiagramDef, L10n } from './types';

export interface CatalogEntry {
	id: string;
	title: L10n;
	summary: L10n;
	defaultView: string;
	views: { id: string; title: L10n }[];
}

/**
 * The order the note tells its story in (layers → processes → namespaces → virtualization →
 * runtime → images → networking). Galleries, the sitemap and the note page's "drawn in" links follow it;
 * a diagram not listed here comes after these, in index order.
 */
export const NOTE_ORDER = [
	'layers',
	'processes',
	'namespaces',
	'virtualization',
	'runtime',
	'images',
	'networking'
];

export function orderedDiagrams<T extends Pick<DiagramDef, 'id'>>(defs: T[]): T[] {
	const rank = (id: string) => {
		const i = NOTE_ORDER.indexOf(id);
		return i < 0 ? NOTE_ORDER.length : i;
	};
	// Array.prototype.sort is stable, so unlisted diagrams keep their index order.
	return [...defs].sort((a, b) => rank(a.id) - rank(b.id));
}

export const catalog: CatalogEntry[] = orderedDiagrams(diagrams).map((d) => ({
	id: d.id,
	title: d.title,
	summary: d.summary,
	defaultView: d.defaultView,
	views: d.views.map((v) => ({ id: v.id, title: v.title }))
}));
