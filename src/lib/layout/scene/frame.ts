/**
 * The scene's frame: column headings and row labels of a stacks layout, and the viewBox that
 * holds the content, every route of the view and every edge label drawn.
 */
import type { PageDef } from '../../content/page';
import type { Placed } from '../base';
import { textWidthEm, wrapText, type Format, type Rect } from '../geometry';
import { headingOf } from './base';
import { METRICS, STROKE } from './metrics';
import type { SceneEdge, SceneGroup, SceneRow } from './types';

export function sceneGroups(base: Placed): SceneGroup[] {
	return base.groups.map((g) => {
		const { title, noteName, scale } = headingOf(base, g);
		return { ...g, title, noteName, scale };
	});
}

export function sceneRows(def: PageDef, base: Placed, format: Format): SceneRow[] {
	const small = METRICS[format].type.small;
	return base.rows.map((r) => ({
		...r,
		label: wrapText(def.rows!.find((x) => x.id === r.id)!.label, r.w, small, 2)
	}));
}

/** The viewBox of a view: its content, padded, grown to hold the view's edges. */
export function sceneViewBox(base: Placed, edges: SceneEdge[], format: Format): Rect {
	const m = METRICS[format];
	const c = base.content;
	return fitViewBox(
		{ x: c.x - m.pad, y: 0, w: c.w + 2 * m.pad, h: base.height },
		edges,
		m.type.small,
		m.labelSpare
	);
}

/**
 * The viewBox grown (never shrunk) to hold every route of the view (its points, plus half an
 * arrowhead) and every edge label drawn: a side route or a label beside a vertical run in the
 * outermost column would otherwise poke past the frame, which a phone crops. Label extents are
 * estimates, `spare` (a fraction) more: a wide font such as DejaVu Sans runs up to a tenth past
 * the estimate, and edge labels are not condensed to fit as node labels are (render/fitWidth.ts).
 * Small frames (a phone, an embed) have no margin beside the drawing to take that up.
 */
export function fitViewBox(
	box: Rect,
	edges: Pick<SceneEdge, 'points' | 'label' | 'labelAt'>[],
	small: number,
	spare = 0
): Rect {
	let [x0, y0, x1, y1] = [box.x, box.y, box.x + box.w, box.y + box.h];
	const grow = (ax: number, ay: number, bx: number, by: number) => {
		x0 = Math.min(x0, ax);
		y0 = Math.min(y0, ay);
		x1 = Math.max(x1, bx);
		y1 = Math.max(y1, by);
	};
	// Half the widest stroke (an active edge): the arrowheads themselves end on node borders.
	const m = STROKE;
	for (const e of edges) {
		for (const [x, y] of e.points) grow(x - m, y - m, x + m, y + m);
		if (!e.label.length) continue;
		const { x, y, anchor, vertical } = e.labelAt;
		const long = Math.max(...e.label.map((l) => textWidthEm(l) * small)) * (1 + spare);
		const across = small * (1 + 1.2 * (e.label.length - 1));
		// Along the text: from the anchor forwards, backwards or both ways.
		const [b, f] =
			anchor === 'start' ? [0, long] : anchor === 'end' ? [long, 0] : [long / 2, long / 2];
		if (vertical) grow(x - across, y - f, x + small * 0.4, y + b);
		// Horizontal labels stack their lines upwards from the anchor.
		else grow(x - b, y - across, x + f, y + small * 0.4);
	}
	return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
