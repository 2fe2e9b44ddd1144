/**
 * Scene: everything the renderer draws for (diagram, view, step, format, language) — node and edge
 * geometry, which nodes are shown, dimmed or emphasised, wrapped labels and the viewBox. Pure: the
 * same input always gives the same scene, which is what the SVG snapshots and the tweens rely on.
 */
import type {
	DiagramDef,
	FactDef,
	Lang,
	NodeShape,
	StepDef,
	Tone,
	ViewDef
} from '../content/types';
import {
	relabelled,
	relabelsAtStep,
	viewEdgeIds,
	viewNodeIds,
	type TabbedDef
} from '../content/query';
import { edgeName } from '../content/speech';
import {
	BOLD,
	LINE_HEIGHT,
	MIN_SCALE,
	TYPE,
	fitText,
	headsFor,
	textWidthEm,
	wrapText,
	type Format,
	type Point,
	type Rect
} from './geometry';
import type { BaseLayout, Placed, Placements } from './base';
import { placeView } from './place';
import { resample, routeEdge, routeHinted, routePath, type Route, type RouteStyle } from './edges';
import { buildPackets, type ScenePacket } from './packets';
import { groupHeading } from './headings';

export type Emphasis = 'normal' | 'active' | 'dim';

export interface SceneNode {
	id: string;
	rects: Rect[];
	/** In the view and revealed at this step: drawn, focusable, clickable. */
	shown: boolean;
	emphasis: Emphasis;
	tone: Tone;
	shape: NodeShape;
	lifetime?: string;
	label: string[];
	detail: string[];
	/** Compact fact lines ("inet 172.18.0.2/16"), monospace, as many as fit. */
	facts: string[];
	/** Type scale (≤ 1) that lets the label fit without breaking a word. */
	scale: number;
	/** Where the text sits: centred, in a band at the bottom (frames) or the top (containers). */
	labelAt: 'center' | 'bottom' | 'top';
}

export interface SceneEdge {
	id: string;
	points: Point[];
	d: string;
	label: string[];
	labelAt: Route['label'];
	/** Accessible name: "from → to: label", with the full (unwrapped) texts of this step. */
	name: string;
	shown: boolean;
	emphasis: Emphasis;
	dashed: boolean;
	both: boolean;
	/** Whether a both-way edge has room for its heads (geometry.ts headsFor); one-way: 'full'. */
	heads: 'full' | 'none';
}

export interface SceneToken {
	edge: string;
	points: Point[];
	reverse: boolean;
}

export interface Scene {
	format: Format;
	viewBox: Rect;
	fontSize: { label: number; detail: number; small: number; title: number; fact: number };
	nodes: SceneNode[];
	edges: SceneEdge[];
	groups: {
		id: string;
		x: number;
		y: number;
		w: number;
		title: string[];
		noteName: string[];
		scale: number;
	}[];
	rows: { id: string; x: number; y: number; w: number; h: number; label: string[] }[];
	tokens: SceneToken[];
	/** Multi-hop packets of this step, played one after another. */
	packets: ScenePacket[];
}

/** A definition as a page receives it: with the placements of its view, computed at build time. */
export type PlacedDef = DiagramDef & { placed?: Placements };

/** What a page receives: its own view in full, placed, and the diagram's views as tabs. */
export type PageDef = PlacedDef & TabbedDef;

/**
 * Where the kind of `view` puts its nodes. In the browser this is always the placement the build
 * sent with the page (the layout kinds stay on the server: `import.meta.env.SSR` is false in the
 * client bundle, so `placeView` and the kinds are dropped from it); the server and the unit tests
 * place views themselves.
 */
export function baseLayout(def: DiagramDef, view: ViewDef, format: Format): Placed {
	const placed = (def as PlacedDef).placed?.[view.id]?.[format];
	if (placed) return placed;
	if (import.meta.env.SSR) return placeView(def, view, format);
	throw new Error(`${view.id}: no ${format} placement`);
}

/** Whether each node of the view is shown at a (1-based) step, replaying reveal/conceal in order. */
export function shownAtStep(def: DiagramDef, view: ViewDef, step: number): Set<string> {
	const ids = viewNodeIds(def, view.id);
	const firstEvent = new Map<string, 'reveal' | 'conceal'>();
	for (const s of view.steps) {
		for (const id of s.reveal ?? []) if (!firstEvent.has(id)) firstEvent.set(id, 'reveal');
		for (const id of s.conceal ?? []) if (!firstEvent.has(id)) firstEvent.set(id, 'conceal');
	}
	const shown = new Set(ids.filter((id) => firstEvent.get(id) !== 'reveal'));
	for (const s of view.steps.slice(0, step)) {
		for (const id of s.reveal ?? []) shown.add(id);
		for (const id of s.conceal ?? []) shown.delete(id);
	}
	return shown;
}

/**
 * Copies drawn as one box (a phone has no room for two VMs side by side) say how many they are:
 * "VM ×2". Only the outermost such box counts; the layers inside it belong to each copy.
 */
function copyCounts(def: DiagramDef, base: BaseLayout): Map<string, number> {
	const stacked = Object.entries(base.nodes).filter(
		([, r]) => r.length > 1 && r.every((c) => c.x === r[0].x && c.w === r[0].w)
	);
	const inside = (a: Rect, b: Rect) =>
		a !== b && a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
	return new Map(
		stacked
			.filter(([, r]) => !stacked.some(([, o]) => inside(r[0], o[0])))
			.map(([id, r]) => [id, def.nodes.find((n) => n.id === id)?.copies ?? r.length])
	);
}

/**
 * A detail cut down to a stub before its ellipsis ("e.g. a…" for "e.g. a browser", "예:…") says
 * nothing and reads as a glitch: drop it (the note panel has the whole text). Fewer than four
 * letters or digits left is a stub.
 */
function legible(text: string, lines: string[]): string[] {
	const squeeze = (t: string) => t.replace(/\s/g, '');
	if (squeeze(lines.join('')) === squeeze(text)) return lines;
	return (lines.join('').match(/[\p{L}\p{N}]/gu) ?? []).length < 4 ? [] : lines;
}

/**
 * Whether a horizontal edge label (lines stacked upwards from its baseline, as DiagramEdge sets
 * them) stays clear of every box: inside a box wholly (a frame around the edge) is clear too.
 */
function clearOf(at: Route['label'], lines: string[], size: number, boxes: Rect[]): boolean {
	const w = Math.max(...lines.map((l) => textWidthEm(l))) * size;
	const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
	const r = {
		x,
		y: at.y - ((lines.length - 1) * 1.2 + 0.8) * size,
		w,
		h: ((lines.length - 1) * 1.2 + 1.05) * size
	};
	return boxes.every((b) => {
		const ix = Math.min(r.x + r.w, b.x + b.w) - Math.max(r.x, b.x);
		const iy = Math.min(r.y + r.h, b.y + b.h) - Math.max(r.y, b.y);
		const within = r.x >= b.x && r.y >= b.y && r.x + r.w <= b.x + b.w && r.y + r.h <= b.y + b.h;
		return ix <= 1 || iy <= 1 || within;
	});
}

// Scenes are pure functions of their arguments and read-only once built; the page (for the
// diagram's aspect ratio) and the diagram ask for the same one on every step, and stepping back
// and forth asks for the same few again. Bounded per diagram definition.
const scenes = new WeakMap<DiagramDef, Map<string, Scene>>();
const KEEP = 64;

export function buildScene(
	def: DiagramDef,
	viewId: string,
	step: number,
	format: Format,
	lang: Lang
): Scene {
	let cache = scenes.get(def);
	if (!cache) scenes.set(def, (cache = new Map()));
	const key = `${viewId}\n${step}\n${format}\n${lang}`;
	let scene = cache.get(key);
	if (!scene) {
		if (cache.size >= KEEP) cache.clear();
		cache.set(key, (scene = computeScene(def, viewId, step, format, lang)));
	}
	return scene;
}

function computeScene(
	def: DiagramDef,
	viewId: string,
	step: number,
	format: Format,
	lang: Lang
): Scene {
	const view = def.views.find((v) => v.id === viewId) ?? def.views[0];
	step = Math.min(Math.max(Math.trunc(step) || 0, 0), view.steps.length);
	// Step 0, the overview: what the last step shows, with nothing dimmed and nothing travelling.
	const s: Partial<StepDef> = step === 0 ? {} : view.steps[step - 1];
	const type = TYPE[format];
	const base = baseLayout(def, view, format);
	const inView = new Set(viewNodeIds(def, view.id));
	// What the overview replays (reveal/conceal, relabel): everything up to the last step.
	const at = step === 0 ? view.steps.length : step;
	const shown = shownAtStep(def, view, at);
	const counts = copyCounts(def, base);
	const highlight = new Set(s.highlight ?? []);

	// Nodes outside the view still get rectangles, so that they can shrink into (or grow out of)
	// a counterpart when the view changes: the first visible exitTo node, else where another view
	// puts them.
	// Within a view, a node hidden at this step sits inside the first of its exitTo nodes shown at
	// this step, so parts grow out of the box they split from and shrink back into it.
	const rectsOf = (id: string): Rect[] => {
		const node = def.nodes.find((n) => n.id === id)!;
		const copies = node.copies ?? 1;
		const inside = (target: string) =>
			Array.from(
				{ length: copies },
				(_, i) => base.nodes[target][Math.min(i, base.nodes[target].length - 1)]
			);
		if (base.nodes[id]) {
			const into = shown.has(id) ? undefined : node.exitTo?.find((t) => shown.has(t));
			return into && base.nodes[into] ? inside(into) : base.nodes[id];
		}
		const target = node.exitTo?.find((t) => base.nodes[t]);
		if (target) return inside(target);
		// A page knows other views only after it has shown them (layout/merge.ts): the first
		// known view that places the node, which is the one just left when the view changes.
		const home = def.views.find(
			(v) => v !== view && (def as PlacedDef).placed?.[v.id]?.[format]?.nodes[id]
		);
		const rects = home
			? (def as PlacedDef).placed![home.id]![format]!.nodes[id]
			: import.meta.env.SSR
				? def.views
						.filter((v) => viewNodeIds(def, v.id).includes(id))
						.map((v) => placeView(def, v, format).nodes[id])[0]
				: undefined;
		return (
			rects ??
			Array.from({ length: copies }, () => ({ x: base.width / 2, y: base.height / 2, w: 0, h: 0 }))
		);
	};

	const relabels = relabelsAtStep(view, at);
	const nodes: SceneNode[] = def.nodes.map((defNode) => {
		const n = relabelled(defNode, relabels.get(defNode.id));
		const rects = rectsOf(n.id);
		const isShown = inView.has(n.id) && shown.has(n.id);
		const frame = n.shape === 'frame';
		const labelAt = base.labelAt?.[n.id] ?? (frame ? 'bottom' : 'center');
		// + 0.5: pages get placements rounded to 1/2 unit (place.ts), and a box that lost that
		// much to rounding must not scale its label down a step (web-ns in a 480×270 embed did).
		const full = rects[0].w - (format === 'wide' ? 14 : 6) + 0.5;
		const w = labelAt === 'top' ? bandRoom(rects[0], n.id, base.nodes, inView, full) : full;
		const { lines: labelLines, scale } = fitText(
			n.label[lang] + (counts.has(n.id) ? ` ×${counts.get(n.id)}` : ''),
			w / BOLD,
			type.label,
			// Two lines where the box is tall enough for them (not in a compact row).
			frame || rects[0].h < 2 * type.label * LINE_HEIGHT - 1 ? 1 : 2,
			MIN_SCALE[format]
		);
		// As many detail lines as the box has height for (none in a frame except on wide screens).
		const detailLines = frame
			? format === 'wide'
				? 1
				: 0
			: Math.min(
					3 - labelLines.length,
					Math.floor(
						((rects[0].h - 10) / (LINE_HEIGHT * scale) - labelLines.length * type.label) /
							type.detail
					)
				);
		// A detail cut down to its first word ("the…") says nothing, and compact frames (slides,
		// small embeds) show less detail anyway: such a detail is left off (the panel has it).
		const fitted =
			n.detail && detailLines > 0
				? legible(
						n.detail[lang],
						fitText(n.detail[lang], w, type.detail * scale, detailLines).lines
					)
				: [];
		const kept = fitted.join(' ');
		const detail =
			kept.endsWith('…') && (format === 'compact' || !kept.includes(' ')) ? [] : fitted;
		return {
			id: n.id,
			rects,
			shown: isShown,
			emphasis:
				!isShown || highlight.size === 0 ? 'normal' : highlight.has(n.id) ? 'active' : 'dim',
			tone: n.tone,
			shape: n.shape ?? 'block',
			lifetime: n.lifetime,
			label: labelLines,
			detail,
			facts: factLines(
				n.facts,
				{ ...rects[0], w: rects[0].w - (full - w) },
				labelAt,
				labelLines.length,
				detail.length,
				type,
				scale
			),
			scale,
			labelAt
		};
	});
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const defById = new Map(def.nodes.map((n) => [n.id, n]));

	const edgeIds = new Set(viewEdgeIds(def, view.id));
	const active = new Set(s.edges ?? []);
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
						k === 0 ? 0 : -16 * (k % 2 ? 1 : -1) * Math.ceil(k / 2),
						edgeHint === 'side' && !hint?.style ? 24 : base.gutter
					);
		// Every route has the same number of points, so any two morph smoothly.
		routes.set(e.id, { ...route, points: resample(route.points) });
	}
	const boxes = nodes.filter((n) => n.shown).flatMap((n) => n.rects);
	const edges: SceneEdge[] = def.edges.map((e) => {
		const route = routes.get(e.id)!;
		const isShown = edgeIds.has(e.id) && byId.get(e.from)!.shown && byId.get(e.to)!.shown;
		const vertical = route.label.vertical;
		const emphasis: Emphasis = !isShown
			? 'normal'
			: active.has(e.id)
				? 'active'
				: highlight.size || active.size
					? 'dim'
					: 'normal';
		const room = Math.min(
			route.label.room,
			format === 'wide' ? 210 : format === 'compact' ? 140 : 118
		);
		// On a phone only the edges a step is about keep their labels; the rest would collide.
		const labelled = room >= 48 && (format === 'wide' || (!vertical && emphasis === 'active'));
		// Where it would be cut ("adoptive / parent…"), the edge's short label if it has one.
		const label = labelled
			? wrapText(e.label[lang], room, type.small, vertical ? 1 : 2, true, e.short?.[lang])
			: [];
		return {
			id: e.id,
			points: route.points,
			d: routePath(route.points),
			name: edgeName(e, (id) => defById.get(id)!, relabels, lang),
			// On small frames (phone, presentation, embed) a label that would run over a box (a
			// short hop between close rows) is left out: the narration says it, and the edge's
			// name still carries it. Wide frames have the room between rows for their labels.
			label:
				format === 'wide' ||
				vertical ||
				!label.length ||
				clearOf(route.label, label, type.small, boxes)
					? label
					: [],
			labelAt: route.label,
			shown: isShown,
			emphasis,
			dashed: e.style === 'dashed',
			both: !!e.both,
			heads: headsFor(routeLength(route.points), !!e.both, format)
		};
	});

	// A page's placements carry its headings (layout/place.ts): headings.ts stays on the server.
	const groups = base.groups.map((g) => {
		const { title, noteName, scale } =
			base.headings?.[g.id] ??
			(import.meta.env.SSR
				? groupHeading(
						def.groups.find((x) => x.id === g.id)!,
						g.w,
						format,
						lang
					)
				: { title: [], noteName: [], scale: 1 });
		return { ...g, title, noteName, scale };
	});
	const rows = base.rows.map((r) => ({
		...r,
		label: wrapText(def.rows!.find((x) => x.id === r.id)!.label[lang], r.w, type.small, 2)
	}));

	const pad = format === 'wide' ? 8 : 4;
	const viewBox = fitViewBox(
		{ x: base.content.x - pad, y: 0, w: base.content.w + 2 * pad, h: base.height },
		edges.filter((e) => edgeIds.has(e.id)),
		type.small,
		format === 'wide' ? 0 : 0.15
	);
	const packets = buildPackets(def, s.packets ?? [], routes, lang, type.small);
	return {
		format,
		viewBox,
		fontSize: type,
		nodes,
		edges,
		groups,
		rows,
		tokens: (s.tokens ?? []).map((t) => ({
			edge: t.edge,
			points: routes.get(t.edge)!.points,
			reverse: !!t.reverse
		})),
		packets
	};
}

/** Length of a route along its points. */
const routeLength = (p: Point[]) =>
	p.slice(1).reduce((l, q, i) => l + Math.hypot(q[0] - p[i][0], q[1] - p[i][1]), 0);

/** Monospace glyphs are about 0.6 em wide. */
const MONO = 0.6;

/**
 * The fact lines that fit on a node: below the label and detail in a block, on the band's second
 * line in a container (top label), none in a bottom-labelled frame. A fact is one token, never
 * wrapped nor cut: "key value" where it fits, else the value alone (the panel names the key),
 * else nothing — a cut address ("172.17.0.…") would read as a different, wrong one.
 */
export function factLines(
	facts: FactDef[] | undefined,
	r: Rect,
	labelAt: SceneNode['labelAt'],
	labelLines: number,
	detailLines: number,
	type: (typeof TYPE)[Format],
	scale: number
): string[] {
	const shown = (facts ?? []).filter((f) => !f.panelOnly);
	if (!shown.length || labelAt === 'bottom') return [];
	const size = type.fact;
	const room =
		labelAt === 'top'
			? detailLines
				? 0
				: 1
			: Math.floor(
					(r.h - 8 - (labelLines * type.label + detailLines * type.detail) * scale * 1.25) /
						(size * 1.25)
				);
	const max = Math.floor((r.w - 12) / (size * MONO));
	return shown
		.map((f) => [`${f.key} ${f.value}`, f.value].find((t) => t.length <= max))
		.filter((t): t is string => t !== undefined)
		.slice(0, Math.max(0, room));
}

/**
 * The order to draw nodes in: containers (a box, a frame, a stack's outer layer) under what they
 * contain, whatever order the definition lists them in — a highlighted frame must not cover the
 * dimmed nodes inside it. A node's depth is how many other nodes' rectangles enclose its own;
 * nodes of the same depth keep definition order. Identical rectangles (a hidden node parked
 * inside the box it splits from) do not count as enclosing.
 */
export function drawOrder<T extends { id: string; rects: Rect[] }>(nodes: T[]): T[] {
	const encloses = (b: Rect, a: Rect) =>
		b.w > 0 &&
		b.h > 0 &&
		a.x >= b.x &&
		a.y >= b.y &&
		a.x + a.w <= b.x + b.w &&
		a.y + a.h <= b.y + b.h &&
		(a.w < b.w || a.h < b.h);
	const depth = new Map(
		nodes.map((n) => [
			n.id,
			nodes.filter((o) => o !== n && encloses(o.rects[0], n.rects[0])).length
		])
	);
	return nodes
		.map((n, i) => ({ n, i }))
		.sort((p, q) => depth.get(p.n.id)! - depth.get(q.n.id)! || p.i - q.i)
		.map((p) => p.n);
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
	const m = 2;
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

/**
 * How wide a container's top band text may run (it reads from the top-left corner): up to the
 * first node docked on its top border, which straddles the band, else `full`.
 */
export function bandRoom(
	r: Rect,
	id: string,
	rects: Record<string, Rect[]>,
	inView: Set<string>,
	full: number
): number {
	const start = r.x + 10;
	let end = start + full;
	for (const [other, [d]] of Object.entries(rects)) {
		if (other === id || !inView.has(other) || !d) continue;
		if (d.y < r.y && d.y + d.h > r.y && d.x > start && d.x < end) end = d.x - 6;
	}
	return end - start;
}
