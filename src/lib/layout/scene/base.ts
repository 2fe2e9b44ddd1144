/**
 * Where the scene's geometry comes from: the placements the build computed (layout/place.ts) and
 * sent with the page's data. The layout kinds never run here: a page, the server's render of it
 * and the unit tests all read what `placementsFor` wrote into the page's data.
 */
import type { PageDef, PageView } from '../../content/page';
import type { Placed } from '../base';
import type { Format, Rect } from '../geometry';

const placedOf = (def: PageDef, viewId: string, format: Format): Placed | undefined =>
	def.placed[viewId]?.[format];

/** Where the kind of `view` puts its nodes: the placement the build sent with the page. */
export function baseLayout(def: PageDef, view: PageView, format: Format): Placed {
	const placed = placedOf(def, view.id, format);
	if (placed) return placed;
	throw new Error(`${view.id}: no ${format} placement`);
}

/**
 * Where another view than `view` puts node `id`, for a node this view does not place. A page
 * knows other views only after it has shown them (layout/merge.ts): the first known view that
 * places the node, which is the one just left when the view changes.
 */
export function placedElsewhere(
	def: PageDef,
	view: PageView,
	id: string,
	format: Format
): Rect[] | undefined {
	const home = def.views.find((v) => v !== view && placedOf(def, v.id, format)?.nodes[id]);
	return home && placedOf(def, home.id, format)!.nodes[id];
}

/** A column's heading, as the page's placements carry it (layout/place.ts). */
export function headingOf(
	base: Placed,
	group: { id: string }
): { title: string[]; noteName: string[]; scale: number } {
	return base.headings?.[group.id] ?? { title: [], noteName: [], scale: 1 };
}
