/**
 * Scene: everything the renderer draws for (a page's data, view, step, format) — node and edge
 * geometry, which nodes are shown, dimmed or emphasised, wrapped labels and the viewBox. Pure: the
 * same input always gives the same scene, which is what the SVG snapshots and the tweens rely on.
 *
 * The parts: base.ts (where geometry comes from: the placements in the page's data), visibility.ts (step replay, rectangles of hidden nodes), nodes.ts, edges.ts,
 * frame.ts (headings, rows, viewBox), metrics.ts (the numbers, per format), types.ts.
 */
import type { PageDef, PageStep } from '../../content/page';
import { relabelsAtStep, viewEdgeIds, viewNodeIds } from '../../content/query';
import type { Format, Rect } from '../geometry';
import { buildPackets } from '../packets';
import { baseLayout } from './base';
import { routeEdges, sceneEdges } from './edges';
import { around, closeGaps, moveRect, stepCamera } from './compose';
import { fitViewBox, sceneGroups, sceneRows, sceneViewBox } from './frame';
import { METRICS } from './metrics';
import { arrowTargets } from '../navigate';
import { drawOrder, sceneNodes } from './nodes';
import type { Scene } from './types';
import { rectsOf, shownAtStep } from './visibility';

export type * from './types';
export { baseLayout } from './base';
export { shownAtStep } from './visibility';
export { bandRoom, drawOrder, factLines } from './nodes';
export { fitViewBox } from './frame';

// Scenes are pure functions of their arguments and read-only once built; the page (for the
// diagram's aspect ratio) and the diagram ask for the same one on every step, and stepping back
// and forth asks for the same few again. Bounded per diagram definition.
const scenes = new WeakMap<PageDef, Map<string, Scene>>();
const KEEP = 64;

export function buildScene(def: PageDef, viewId: string, step: number, format: Format): Scene {
	let cache = scenes.get(def);
	if (!cache) scenes.set(def, (cache = new Map()));
	const key = `${viewId}\n${step}\n${format}`;
	let scene = cache.get(key);
	if (!scene) {
		if (cache.size >= KEEP) cache.clear();
		cache.set(key, (scene = computeScene(def, viewId, step, format)));
	}
	return scene;
}

/** Every step of a view in its finished state, drawn wide: the print handout's pictures. */
export function handoutScenes(def: PageDef, viewId: string): Scene[] {
	const view = def.views.find((v) => v.id === viewId) ?? def.views[0];
	return view.steps.map((_, i) => buildScene(def, view.id, i + 1, 'wide'));
}

function computeScene(def: PageDef, viewId: string, step: number, format: Format): Scene {
	const view = def.views.find((v) => v.id === viewId) ?? def.views[0];
	step = Math.min(Math.max(Math.trunc(step) || 0, 0), view.steps.length);
	// Step 0, the overview: what the last step shows, with nothing dimmed and nothing travelling.
	const s: Partial<PageStep> = step === 0 ? {} : view.steps[step - 1];
	const type = METRICS[format].type;
	const base = baseLayout(def, view, format);
	// What the overview replays (reveal/conceal, relabel): everything up to the last step.
	const at = step === 0 ? view.steps.length : step;
	const shown = shownAtStep(def, view, at);
	const relabels = relabelsAtStep(view, at);
	const highlight = new Set(s.highlight ?? []);
	const inView = new Set(viewNodeIds(def, view.id));

	const rectsAt = (id: string) => rectsOf(def, view, base, shown, format, id);
	// What the step shows, as placed: its nodes, the column headings, the row labels.
	const inViewIds = [...inView];
	const marks: Rect[] = [
		...inViewIds.filter((id) => shown.has(id)).flatMap(rectsAt),
		...base.groups,
		...base.rows
	];
	const every = [...inViewIds.flatMap((id) => base.nodes[id] ?? []), ...base.groups];
	const along = (rs: Rect[], axis: 'x' | 'y') =>
		rs.map((r): [number, number] => (axis === 'x' ? [r.x, r.x + r.w] : [r.y, r.y + r.h]));
	const [fx, fy] = (['x', 'y'] as const).map((a) => closeGaps(along(marks, a), along(every, a)));
	const nodes = sceneNodes(def, base, format, inView, shown, highlight, relabels, (id) =>
		rectsAt(id).map((r) => moveRect(r, fx, fy))
	);
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const routes = routeEdges(def, view, base, byId);
	const edgeIds = new Set(viewEdgeIds(def, view.id));
	const active = new Set(s.edges ?? []);
	// Only a view laid out with room between its rows labels every edge in a compact frame.
	const roomy = view.layout.kind === 'grid' && !!view.layout.compact;
	const edges = sceneEdges(def, routes, format, byId, edgeIds, highlight, active, relabels, roomy);
	const placed = sceneViewBox(
		base,
		edges.filter((e) => edgeIds.has(e.id)),
		format
	);
	// The camera: a step that shows every node of the view frames it as placed; another frames
	// what it shows, with the view's margin (at most the room of a lifetime badge above a box:
	// a line of small type and the pad), grown to hold its edges and their labels. The overview's is
	// the view's frame: the picture has its shape at every step.
	const m = METRICS[format];
	const all = around(every);
	const margin = Math.min(m.pad + type.small, (placed.w - all.w) / 2, (placed.h - all.h) / 2);
	const content = inViewIds.every((id) => shown.has(id))
		? placed
		: fitViewBox(
				around(
					marks.map((r) => moveRect(r, fx, fy)),
					margin
				),
				edges.filter((e) => e.shown),
				type.small,
				m.labelSpare
			);
	const frame = step ? buildScene(def, view.id, 0, format).frame : content;
	return {
		format,
		frame,
		viewBox: step ? stepCamera(content, frame) : frame,
		fontSize: type,
		nodes: drawOrder(nodes),
		near: arrowTargets(nodes),
		edges,
		groups: sceneGroups(base).map((g) => moveRect({ ...g, h: 0 }, fx, fy)),
		rows: sceneRows(def, base, format).map((r) => moveRect(r, fx, fy)),
		tokens: (s.tokens ?? []).map((t) => ({
			edge: t.edge,
			points: routes.get(t.edge)!.points,
			reverse: !!t.reverse
		})),
		// Where their tags stop: decided at build time (layout/tags.ts), sent with the placements.
		packets: buildPackets(def, s.packets ?? [], routes, type.small, base.tags?.[step])
	};
}
export { floorScale, floorWidth, TYPE_FLOOR } from './floor';
