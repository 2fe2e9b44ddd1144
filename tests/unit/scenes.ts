/**
 * Scenes of whole definitions for the unit tests: a page's data carries one view, placed at build
 * time (server/loadView.ts); these tests ask for any view of a definition (a fixture's too), so
 * this places every view as its page would (for the page's language) and keeps the result per
 * definition and language, as a page keeps its data.
 */
import type { DiagramDef, Lang } from '../../src/lib/content/types';
import { localize, type PageDef } from '../../src/lib/content/page';
import { placementsFor } from '../../src/lib/layout/place';
import { buildScene, type Scene } from '../../src/lib/layout/scene';
import type { Format } from '../../src/lib/layout/geometry';

const pages = new WeakMap<DiagramDef, Partial<Record<Lang, PageDef>>>();

/** The whole definition as one language's page data, with every view's placements. */
export function wholePage(def: DiagramDef, lang: Lang = 'en'): PageDef {
	let byLang = pages.get(def);
	if (!byLang) pages.set(def, (byLang = {}));
	return (byLang[lang] ??= localize(
		def,
		lang,
		Object.assign({}, ...def.views.map((v) => placementsFor(def, v.id, lang)))
	));
}

/** The scene of a view of a whole definition, in one language. */
export const sceneOf = (
	def: DiagramDef,
	view: string,
	step: number,
	format: Format,
	lang: Lang = 'en'
): Scene => buildScene(wholePage(def, lang), view, step, format);
