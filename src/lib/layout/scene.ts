/**
 * Scene: everything the renderer draws for (diagram, view, step, format, language) — node and edge
 * geometry, which nodes are shown, dimmed or emphasised, wrapped labels and the viewBox. Pure: the
 * same input always gives the same scene, which is what the SVG snapshots and the tweens rely on.
 */
import type { DiagramDef, Lang, NodeShape, Tone, ViewDef } from '../content/types';
import { viewEdgeIds, viewNodeIds } from '../content/validate';
import { ui } from '../content/ui';
import {
	FRAME_WIDTH,
	TYPE,
	fitText,
	wrapText,
	type Format,
	type Point,
	type Rect
} from './geometry';
import type { BaseLayout } from './base';
import { layoutStacks } from './stacks';
import { layoutGrid } from './grid';
import { layoutTree } from './tree';
import { routeEdge, routePath, type Route, type RouteStyle } from './edges';

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
	/** Type scale (≤ 1) that lets the label fit without breaking a word. */
	scale: number;
	labelAt: 'center' | 'bottom';
}

export interface SceneEdge {
	id: string;
	points: Point[];
	d: string;
	label: string[];
	labelAt: Route['label'];
	shown: boolean;
	emphasis: Emphasis;
	dashed: boolean;
	both: boolean;
}

export interface SceneToken {
	edge: string;
	points: Point[];
	reverse: boolean;
}

export interface Scene {
	format: Format;
	viewBox: Rect;
	fontSize: { label: number; detail: number; small: number; title: number };
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
}

export function baseLayout(def: DiagramDef, view: ViewDef, format: Format): BaseLayout {
	const width = FRAME_WIDTH[format];
	const spec = view.layout;
	if (spec.kind === 'stacks') return layoutStacks(def, view.id, spec, format, width);
	if (spec.kind === 'grid') return layoutGrid(spec, format, width);
	return layoutTree(spec, format, width);
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

/** Labels are set in semibold, about 8 % wider than the regular-weight estimate. */
const BOLD = 1.08;

const ROUTE: Record<ViewDef['layout']['kind'], RouteStyle> = {
	stacks: 'side',
	grid: 'direct',
	tree: 'elbow'
};

export function buildScene(
	def: DiagramDef,
	viewId: string,
	step: number,
	format: Format,
	lang: Lang
): Scene {
	const view = def.views.find((v) => v.id === viewId) ?? def.views[0];
	step = Math.min(Math.max(Math.trunc(step) || 1, 1), view.steps.length);
	const s = view.steps[step - 1];
	const type = TYPE[format];
	const base = baseLayout(def, view, format);
	const inView = new Set(viewNodeIds(def, view.id));
	const shown = shownAtStep(def, view, step);
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
		const home = def.views.find((v) => viewNodeIds(def, v.id).includes(id));
		const rects = home ? baseLayout(def, home, format).nodes[id] : undefined;
		return (
			rects ??
			Array.from({ length: copies }, () => ({ x: base.width / 2, y: base.height / 2, w: 0, h: 0 }))
		);
	};

	const nodes: SceneNode[] = def.nodes.map((n) => {
		const rects = rectsOf(n.id);
		const isShown = inView.has(n.id) && shown.has(n.id);
		const frame = n.shape === 'frame';
		const w = rects[0].w - (format === 'wide' ? 14 : 6);
		const { lines: labelLines, scale } = fitText(
			n.label[lang],
			w / BOLD,
			type.label,
			frame ? 1 : 2
		);
		const roomForDetail =
			(frame && format === 'wide') ||
			(!frame && rects[0].h >= (labelLines.length * type.label + type.detail) * scale * 1.25 + 10);
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
			detail:
				n.detail && roomForDetail
					? fitText(n.detail[lang], w, type.detail * scale, frame ? 1 : 3 - labelLines.length).lines
					: [],
			scale,
			labelAt: frame ? 'bottom' : 'center'
		};
	});
	const byId = new Map(nodes.map((n) => [n.id, n]));

	const edgeIds = new Set(viewEdgeIds(def, view.id));
	const active = new Set(s.edges ?? []);
	const pairCount = new Map<string, number>();
	const routes = new Map<string, Route>();
	for (const e of def.edges) {
		const pair = [e.from, e.to].sort().join('|');
		const k = pairCount.get(pair) ?? 0;
		pairCount.set(pair, k + 1);
		const a = byId.get(e.from)!.rects[0];
		const b = byId.get(e.to)!.rects[0];
		routes.set(
			e.id,
			routeEdge(
				a,
				b,
				ROUTE[view.layout.kind],
				k === 0 ? 0 : -16 * (k % 2 ? 1 : -1) * Math.ceil(k / 2)
			)
		);
	}
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
		return {
			id: e.id,
			points: route.points,
			d: routePath(route.points),
			label: labelled ? wrapText(e.label[lang], room, type.small, vertical ? 1 : 2) : [],
			labelAt: route.label,
			shown: isShown,
			emphasis,
			dashed: e.style === 'dashed',
			both: !!e.both
		};
	});

	const groups = base.groups.map((g) => {
		const group = def.groups.find((x) => x.id === g.id)!;
		const title = fitText(group.label[lang], g.w, type.title, 2);
		const note = group.noteName
			? fitText(ui[lang].noteCalls(group.noteName[lang]), g.w, type.small * title.scale, 2)
			: { lines: [] };
		return { ...g, title: title.lines, noteName: note.lines, scale: title.scale };
	});
	const rows = base.rows.map((r) => ({
		...r,
		label: wrapText(def.rows!.find((x) => x.id === r.id)!.label[lang], r.w, type.small, 2)
	}));

	const pad = format === 'wide' ? 8 : 4;
	return {
		format,
		viewBox: { x: base.content.x - pad, y: 0, w: base.content.w + 2 * pad, h: base.height },
		fontSize: type,
		nodes,
		edges,
		groups,
		rows,
		tokens: (s.tokens ?? []).map((t) => ({
			edge: t.edge,
			points: routes.get(t.edge)!.points,
			reverse: !!t.reverse
		}))
	};
}
