/**
 * The scene's edges: every edge routed between its nodes' rectangles (the view's route hints
 * first), resampled to the same number of points so any two morph smoothly, and labelled where
 * the format has room.
 */
import type { PageDef, PageEdge, PageNode, PageRelabel, PageView } from '../../content/page';
import { edgeName } from '../../content/speech';
import type { Placed } from '../base';
import { resample, routeEdge, routeHinted, routePath, type Route, type RouteStyle } from '../edges';
import { textWidthEm, wrapText, type Format, type Point, type Rect } from '../geometry';
import { METRICS, MIN_EDGE_LABEL, PAIR_OFFSET, SIDE_GUTTER } from './metrics';
import type { Emphasis, SceneEdge, SceneNode } from './types';
import { within } from './visibility';

/** Every edge of the definition routed between its nodes' first rectangles, by edge id. */
export function routeEdges(
	def: PageDef,
	view: PageView,
	base: Placed,
	byId: Map<string, SceneNode>
): Map<string, Route> {
	const pairCount = new Map<string, number>();
	// A waypoint: a node's centre, or fractions of the content box.
	const viaPoint = (p: string | [number, number]): Point => {
		if (typeof p === 'string') {
			const r = byId.get(p)?.rects[0];
			return r ? [r.x + r.w / 2, r.y + r.h / 2] : [base.width / 2, base.height / 2];
		}
		const c = base.content;
		return [c.x + p[0] * c.w, c.y + p[1] * c.h];
	};
	const routes = new Map<string, Route>();
	for (const e of def.edges) {
		// Parallel edges between the same two nodes: the first in the middle, then alternately
		// one side and the other, further out each pair.
		const pair = [e.from, e.to].sort().join('|');
		const k = pairCount.get(pair) ?? 0;
		pairCount.set(pair, k + 1);
		const a = byId.get(e.from)!.rects[0];
		const b = byId.get(e.to)!.rects[0];
		const hint = view.routes?.[e.id];
		// A grid edge's own hint (a side bracket or a corridor) keeps clear of boxes in between;
		// a view's route hint, when given, wins.
		const edgeHint = view.layout.kind === 'grid' ? e.route : undefined;
		const route =
			hint && (hint.via?.length || hint.fromSide || hint.toSide || hint.style === 'straight')
				? routeHinted(a, b, hint, (hint.via ?? []).map(viaPoint))
				: routeEdge(
						a,
						b,
						(hint?.style as RouteStyle | undefined) ?? edgeHint ?? base.route,
						k === 0 ? 0 : -PAIR_OFFSET * (k % 2 ? 1 : -1) * Math.ceil(k / 2),
						edgeHint === 'side' && !hint?.style ? SIDE_GUTTER : base.gutter
					);
		// Every route has the same number of points, so any two morph smoothly.
		routes.set(e.id, { ...route, points: resample(route.points) });
	}
	return routes;
}

/** The edges at one step (plain arguments, as sceneNodes's). */
export function sceneEdges(
	def: PageDef,
	routes: Map<string, Route>,
	format: Format,
	byId: Map<string, SceneNode>,
	inView: Set<string>,
	highlight: Set<string>,
	active: Set<string>,
	relabels: Map<string, PageRelabel>,
	roomy = false
): SceneEdge[] {
	const m = METRICS[format];
	// `clear` needs the room between rows that a view asks for (GridLayoutSpec `compact`); a
	// view without it labels only what its step is about, as on a phone.
	const mode = m.edgeLabels === 'clear' && !roomy ? 'active' : m.edgeLabels;
	const small = m.type.small;
	const defById = new Map<string, PageNode>(def.nodes.map((n) => [n.id, n]));
	const boxes = [...byId.values()].filter((n) => n.shown).flatMap((n) => n.rects);
	// Labels placed so far (`clear` frames): a later one must not run over them.
	const placed: Rect[] = [];
	return def.edges.map((e: PageEdge) => {
		const route = routes.get(e.id)!;
		const isShown = inView.has(e.id) && byId.get(e.from)!.shown && byId.get(e.to)!.shown;
		const vertical = route.label.vertical;
		const emphasis: Emphasis = !isShown
			? 'normal'
			: active.has(e.id)
				? 'active'
				: highlight.size || active.size
					? 'dim'
					: 'normal';
		const room = Math.min(route.label.room, m.edgeLabelRoom);
		const every = mode === 'every';
		const labelled =
			room >= MIN_EDGE_LABEL &&
			(every || (!vertical && (mode === 'clear' ? isShown : emphasis === 'active')));
		// Where it would be cut ("adoptive / parent…"), the edge's short label if it has one. In a
		// roomy small frame a label gets one line (between rows there is room for one), whole or
		// not at all; an edge the step is about may take two where one cuts it.
		const one = mode === 'clear';
		const wrap = (lines: number) => wrapText(e.label, room, small, lines, true, e.short);
		let wrapped = labelled ? wrap(vertical || one ? 1 : 2) : [];
		const cut = wrapped.some((l) => l.endsWith('…'));
		if (one && cut) wrapped = emphasis === 'active' && !vertical ? wrap(2) : [];
		const aside = one && wrapped.length === 1;
		// Beside a vertical hop (anchored at its start or end), a one-line label of a small frame is
		// centred on the gap between the rows rather than standing on its middle: the gap is
		// hardly taller than the line.
		const labelAt =
			aside && route.label.anchor !== 'middle'
				? { ...route.label, y: route.label.y + 0.3 * small }
				: route.label;
		// Measured as a wide font may draw it (Korean in Noto CJK runs past the estimate).
		const at =
			!every && !vertical && wrapped.length
				? labelRect(labelAt, wrapped, small, mode === 'clear' ? 1 + m.labelSpare : 1)
				: null;
		// On small frames (phone, presentation, embed) a label that would run over a box (a
		// short hop between close rows) is left out: the narration says it, and the edge's
		// name still carries it. Wide frames have the room between rows for their labels.
		const label =
			at && !(clearOf(at, boxes) && (mode !== 'clear' || placed.every((r) => !overlap(r, at))))
				? []
				: wrapped;
		if (at && label.length && isShown) placed.push(at);
		return {
			id: e.id,
			points: route.points,
			d: routePath(route.points),
			name: edgeName(e, (id) => defById.get(id)!, relabels),
			label,
			labelAt,
			shown: isShown,
			emphasis,
			dashed: e.style === 'dashed',
			both: !!e.both,
			heads: headsFor(routeLength(route.points), !!e.both, format)
		};
	});
}

/** Length of a route along its points. */
const routeLength = (p: Point[]) =>
	p.slice(1).reduce((l, q, i) => l + Math.hypot(q[0] - p[i][0], q[1] - p[i][1]), 0);

/** The box a horizontal edge label takes (lines stacked upwards from its baseline, as DiagramEdge sets them). */
function labelRect(at: Route['label'], lines: string[], size: number, spare = 1): Rect {
	const w = Math.max(...lines.map((l) => textWidthEm(l))) * size * spare;
	const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
	return {
		x,
		y: at.y - ((lines.length - 1) * 1.2 + 0.8) * size,
		w,
		h: ((lines.length - 1) * 1.2 + 1.05) * size
	};
}

/** Whether two boxes overlap by more than a unit each way. */
const overlap = (r: Rect, b: Rect) =>
	Math.min(r.x + r.w, b.x + b.w) - Math.max(r.x, b.x) > 1 &&
	Math.min(r.y + r.h, b.y + b.h) - Math.max(r.y, b.y) > 1;

/** Whether a label's box stays clear of every box: inside a box wholly (a frame around the edge) is clear too. */
const clearOf = (r: Rect, boxes: Rect[]) => boxes.every((b) => !overlap(r, b) || within(r, b));

/**
 * Whether a both-way edge has room for its two heads (each ARROW × the widest stroke, an active
 * edge's 2.6, long; the marker's path takes 9 tenths of it) with a stretch of line between them.
 * Two heads overlapping on a 12-unit hop read as a blob; a plain line between close boxes reads
 * as a link (smaller heads were tried: their markers put every page over its JS budget).
 */
export function headsFor(length: number, both: boolean, format: Format): 'full' | 'none' {
	return !both || length >= 2 * METRICS[format].arrow * 2.6 * 0.9 + 6 ? 'full' : 'none';
}
