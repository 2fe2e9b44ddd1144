/**
 * Where the scene's geometry comes from: the placements the build computed, and — on the server
 * and in the unit tests only — the layout kinds themselves. This is the one module of the scene
 * that asks `import.meta.env.SSR`: it is false in the client bundle, so `placeView`, the kinds
 * and `headings.ts` are dropped from it, and the browser only ever reads what the page carries.
 */
import type { DiagramDef, Lang, ViewDef } from '../../content/types';
import { viewNodeIds } from '../../content/query';
import type { Placed } from '../base';
import type { Format, Rect } from '../geometry';
import { groupHeading } from '../headings';
import { placeView } from '../place';
import type { PlacedDef } from './types';

const placedOf = (def: DiagramDef, viewId: string, format: Format): Placed | undefined =>
	(def as PlacedDef).placed?.[viewId]?.[format];

/**
 * Where the kind of `view` puts its nodes. In the browser this is always the placement the build
 * sent with the page; the server and the unit tests place views themselves.
 */
export function baseLayout(def: DiagramDef, view: ViewDef, format: Format): Placed {
	const placed = placedOf(def, view.id, format);
	if (placed) return placed;
	if (import.meta.env.SSR) return placeView(def, view, format);
	throw new Error(`${view.id}: no ${format} placement`);
}

/**
 * Where another view than `view` puts node `id`, for a node this view does not place. A page
 * knows other views only after it has shown them (layout/merge.ts): the first known view that
 * places the node, which is the one just left when the view changes. The server places them all.
 */
export function placedElsewhere(
	def: DiagramDef,
	view: ViewDef,
	id: string,
	format: Format
): Rect[] | undefined {
	const home = def.views.find((v) => v !== view && placedOf(def, v.id, format)?.nodes[id]);
	if (home) return placedOf(def, home.id, format)!.nodes[id];
	if (import.meta.env.SSR)
		return def.views
			.filter((v) => viewNodeIds(def, v.id).includes(id))
			.map((v) => placeView(def, v, format).nodes[id])[0];
	return undefined;
}

/** A column's heading: a page's placements carry it (layout/place.ts); the server sets it. */
export function headingOf(
	def: DiagramDef,
	base: Placed,
	group: { id: string; w: number },
	format: Format,
	lang: Lang
): { title: string[]; noteName: string[]; scale: number } {
	return (
		base.headings?.[group.id] ??
		(import.meta.env.SSR
			? groupHeading(
					def.groups.find((x) => x.id === group.id)!,
					group.w,
					format,
					lang
				)
			: { title: [], noteName: [], scale: 1 })
	);
}
