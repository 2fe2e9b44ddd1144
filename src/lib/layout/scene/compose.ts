/**
 * Each step is composed (issue 23): what a step shows is laid out without the room of what it
 * hides, and the camera frames it.
 *
 * - `closeGaps`: the placements are the view's (the build places every node of it once), so a
 *   step that hides a row kept that row's room: docker-run's first steps left 40 % of the picture
 *   empty between containerd and the kernel. Along each axis, every gap between the marks a step
 *   shows (nodes, column headings, row labels) that is wider than the view's own widest gap
 *   (between all its nodes, as placed) closes to that width; everything past it moves back by
 *   the difference. Nodes only move (none is resized or reworded): a node hidden in a closed gap
 *   keeps its size and grows back out of it when a later step shows it, as its neighbours glide
 *   apart. Marks the step shows keep their distances within each run, so nothing shown ever
 *   overlaps because of it.
 * - `stepCamera`: the viewBox of the step, the box of what it shows (and its edges' routes and
 *   labels, `fitViewBox`), grown to the view's frame's aspect about its centre: the picture on
 *   the page keeps its size (the frame's: render/pageFit.svelte.ts), the camera zooms and pans
 *   inside it (render/camera.ts moves it from step to step). It never zooms in more than
 *   MAX_ZOOM.
 */
import type { Rect } from '../geometry';

/** A monotone map of one axis (closed gaps). */
export type AxisMap = (v: number) => number;

const identity: AxisMap = (v) => v;

/** The gaps between `spans` ([from, to] along one axis) as [where it starts, how wide]. */
function gaps(spans: [number, number][]): [number, number][] {
	const out: [number, number][] = [];
	let reach = -Infinity;
	for (const [a, b] of spans.toSorted((p, q) => p[0] - q[0])) {
		if (a > reach && reach > -Infinity) out.push([reach, a - reach]);
		reach = Math.max(reach, b);
	}
	return out;
}

/**
 * The map of an axis that closes every gap between `spans` (the shown marks' extents) wider
 * than the widest gap between `placed` (every mark of the view) down to that width. Points
 * inside a closed gap move with its start, up to the width kept, then stay there.
 */
export function closeGaps(spans: [number, number][], placed: [number, number][]): AxisMap {
	const widest = Math.max(0, ...gaps(placed).map((g) => g[1]));
	const cuts = gaps(spans).filter((g) => g[1] > widest);
	return cuts.length
		? (v) =>
				cuts.reduce((out, [at, w]) => out - Math.min(w - widest, Math.max(0, v - at - widest)), v)
		: identity;
}

/** The box around `rects`, `d` more on each side. */
export function around(rects: Rect[], d = 0): Rect {
	const x = Math.min(...rects.map((r) => r.x)) - d;
	const y = Math.min(...rects.map((r) => r.y)) - d;
	return {
		x,
		y,
		w: Math.max(...rects.map((r) => r.x + r.w)) + d - x,
		h: Math.max(...rects.map((r) => r.y + r.h)) + d - y
	};
}

/** `r` moved by the maps: its centre goes where the maps send it, its size stays. */
export function moveRect<T extends Rect>(r: T, fx: AxisMap, fy: AxisMap): T {
	const cx = fx(r.x + r.w / 2);
	const cy = fy(r.y + r.h / 2);
	return { ...r, x: cx - r.w / 2, y: cy - r.h / 2 };
}

/** The most the camera zooms in on a step, over the frame. */
export const MAX_ZOOM = 3;

/**
 * The step's viewBox: `content` (what it shows, margins included) grown about its centre to the
 * aspect of `frame`, and to at least 1 / MAX_ZOOM of it.
 */
export function stepCamera(content: Rect, frame: Rect): Rect {
	const aspect = frame.w / frame.h;
	const w = Math.max(content.w, content.h * aspect, frame.w / MAX_ZOOM);
	const h = w / aspect;
	const cx = content.x + content.w / 2;
	const cy = content.y + content.h / 2;
	return { x: cx - w / 2, y: cy - h / 2, w, h };
}
