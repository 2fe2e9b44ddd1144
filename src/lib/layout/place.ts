/**
 * Placing a view's nodes with its layout kind. This runs on the server (at build time) and in the
 * unit tests only: a page gets the placements of its view as data (`server/loadView.ts`), so
 * the layout kinds (about 4 KB gzipped) never reach the browser. The scene reads them through
 * `baseLayout` in `scene/base.ts`.
 */
import { LANGS, type DiagramDef, type Lang, type ViewDef } from '../content/types';
import { groupHeading } from './headings';
import type { Placed, Placements } from './base';
import { FRAME_WIDTH, type Format, type Point, type Rect } from './geometry';
import { kindOf } from './registry';
import { forView, localize } from '../content/page';
import { buildScene } from './scene';
import { placeTags } from './tags';

export const FORMATS: readonly Format[] = ['wide', 'compact', 'narrow'];

/** Where `view`'s kind puts its nodes in `format`, with room for its texts in each of `langs`. */
export function placeView(
	def: DiagramDef,
	view: ViewDef,
	format: Format,
	langs: readonly Lang[] = LANGS
): Placed {
	const kind = kindOf(view.layout);
	const width = view.frameWidth?.[format] ?? FRAME_WIDTH[format];
	return { ...kind.layout(def, view, view.layout, format, width, langs), route: kind.route };
}

/**
 * What the scene of `viewId` asks for, in every format: the view's own placement. A page draws
 * only its own view's nodes (server/loadView.ts); nodes of other views come with those views'
 * pages, placements included, when the view changes (layout/merge.ts).
 * Coordinates are rounded to 1/2 unit (exact in binary; corners rounded, so edges that meet still
 * meet), which keeps the page's data and its SVG small (1/8 unit cost ko/virtualization 0.7 KB of
 * HTML); the scene is the same to the eye. A page is placed for its own language (`measure`: the
 * languages whose texts must fit; a gallery thumbnail fits both, as it always has).
 */
export function placementsFor(
	def: DiagramDef,
	viewId: string,
	lang: Lang,
	measure: readonly Lang[] = [lang]
): Placements {
	const own = def.views.find((v) => v.id === viewId);
	if (!own) return {};
	const placements: Placements = {
		[own.id]: Object.fromEntries(
			FORMATS.map((format) => {
				const placed = placeView(def, own, format, measure);
				return [format, { ...rounded(placed), headings: headings(def, placed, format, lang) }];
			})
		)
	};
	// Where the packets' tags stop, from the scenes the page will draw (its own data: the view's
	// part of the definition, these placements): layout/tags.ts.
	const sending = own.steps.flatMap((s, i) => (s.packets?.length ? [i + 1] : []));
	if (!sending.length) return placements;
	const page = forView(localize(def, lang, placements), own.id);
	for (const format of FORMATS) {
		const placed = placements[own.id][format]!;
		placed.tags = Object.fromEntries(
			sending.map((step) => [
				step,
				placeTags(buildScene(page, own.id, step, format)).map(({ stops, reason }) => ({
					stops: stops.map(point),
					...(reason && { reason: point(reason) })
				}))
			])
		);
	}
	return placements;
}

const point = ([x, y]: Point): Point => [r2(x), r2(y)];

/** The column headings the scene draws (so that headings.ts stays on the server too). */
function headings(def: DiagramDef, placed: Placed, format: Format, lang: Lang): Placed['headings'] {
	if (!placed.groups.length) return undefined;
	return Object.fromEntries(
		placed.groups.map((g) => {
			const { title, noteName, scale } = groupHeading(
				def.groups.find((x) => x.id === g.id)!,
				g.w,
				format,
				lang
			);
			return [g.id, { title, noteName, scale }];
		})
	);
}

const r2 = (v: number) => Math.round(v * 2) / 2;
function round<T extends Rect>(r: T): T {
	return { ...r, x: r2(r.x), y: r2(r.y), w: r2(r.x + r.w) - r2(r.x), h: r2(r.y + r.h) - r2(r.y) };
}
function rounded(p: Placed): Placed {
	return {
		...p,
		nodes: Object.fromEntries(Object.entries(p.nodes).map(([id, rs]) => [id, rs.map(round)])),
		groups: p.groups.map(round),
		rows: p.rows.map(round),
		content: round(p.content)
	};
}
