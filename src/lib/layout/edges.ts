/**
 * Edge routing between node rectangles. The automatic styles give four points; hinted routes
 * (sides, waypoints) give more; `resample` then brings every route to ROUTE_POINTS points, so any
 * route tweens into any other (pipeline ↔ tree, wide ↔ narrow) without points appearing or
 * vanishing.
 */
import type { RouteHint, Side } from '../content/types';
import type { Point, Rect } from './geometry';

export type RouteStyle = 'direct' | 'side' | 'elbow' | 'across';

/** Points in every route after resampling. */
export const ROUTE_POINTS = 16;

export interface Route {
	points: Point[];
	/** Where the label goes, and whether it reads along a vertical segment. */
	label: {
		x: number;
		y: number;
		anchor: 'start' | 'middle' | 'end';
		vertical: boolean;
		room: number;
	};
}

/**
 * direct: leave from the facing sides (bottom→top when one is below the other, else side→side);
 * side:   bracket along the left of both boxes (stacks: from an app down to its kernel);
 * elbow:  tree connector from the parent's left part down and across to the child's left side;
 * across: for diagonal neighbours with boxes in between: leave a's side facing b (off its middle,
 *         clear of a side-by-side neighbour's edge), run down a corridor beside a's column and
 *         enter b's facing side; the label reads along the corridor.
 */
export function routeEdge(a: Rect, b: Rect, style: RouteStyle, offset = 0, gutter = 14): Route {
	if (style === 'side') {
		const x = Math.min(a.x, b.x) - gutter;
		const y1 = a.y + a.h / 2;
		const y2 = b.y + b.h / 2;
		return {
			points: [
				[a.x, y1],
				[x, y1],
				[x, y2],
				[b.x, y2]
			],
			label: {
				x: x - 6,
				y: (y1 + y2) / 2,
				anchor: 'middle',
				vertical: true,
				room: Math.abs(y2 - y1) - 8
			}
		};
	}
	if (style === 'elbow') {
		const x = a.x + 22;
		const y = b.y + b.h / 2;
		return {
			points: [
				[x, a.y + a.h],
				[x, (a.y + a.h + y) / 2],
				[x, y],
				[b.x, y]
			],
			// Left of the bend, ending just short of the connector: over the short horizontal run
			// it would sit on the line and the arrowhead. The room is about one indent: back to
			// where the grandparent's connector runs (a short word like "init" fits in front of it).
			label: {
				x: x - 6,
				y: y - 4,
				anchor: 'end',
				vertical: false,
				room: Math.max(0, b.x - a.x + 16)
			}
		};
	}
	if (style === 'across') {
		const right = b.x >= a.x + a.w;
		const x1 = right ? a.x + a.w : a.x;
		const x2 = right ? b.x : b.x + b.w;
		const down = b.y > a.y;
		const y1 = a.y + a.h / 2 + (down ? a.h / 4 : -a.h / 4);
		const y2 = b.y + b.h / 2;
		// The corridor hugs a's column, and the label sits in its first third: labels of edges that
		// leave a's neighbours sideways sit near the middle of the gap and lower down.
		const gap = (x2 - x1) / 2;
		const cx = x1 + Math.sign(gap) * Math.min(30, Math.abs(gap));
		return {
			points: [
				[x1, y1],
				[cx, y1],
				[cx, y2],
				[x2, y2]
			],
			label: {
				x: cx - 6,
				y: y1 + (y2 - y1) / 3,
				anchor: 'middle',
				vertical: true,
				room: (2 * Math.abs(y2 - y1)) / 3 - 8
			}
		};
	}
	const below = b.y >= a.y + a.h;
	const above = b.y + b.h <= a.y;
	const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 24;
	if ((below || above) && !overlapX && (b.x >= a.x + a.w || b.x + b.w <= a.x)) {
		// Diagonal neighbours: leave from the side facing b, turn once, enter b from above/below.
		const right = b.x >= a.x + a.w;
		const x1 = right ? a.x + a.w : a.x;
		const y1 = a.y + a.h / 2 + offset;
		const x2 = b.x + b.w / 2;
		const y2 = below ? b.y : b.y + b.h;
		return {
			points: [
				[x1, y1],
				[(x1 + x2) / 2, y1],
				[x2, y1],
				[x2, y2]
			],
			label: {
				x: (x1 + x2) / 2,
				y: y1 - 8,
				anchor: 'middle',
				vertical: false,
				room: Math.abs(x2 - x1) + 40
			}
		};
	}
	if (below || above) {
		const [x1, x2] = facing(a.x, a.w, b.x, b.w, offset);
		const y1 = below ? a.y + a.h : a.y;
		const y2 = below ? b.y : b.y + b.h;
		const mid = (y1 + y2) / 2;
		const labelX = Math.max(x1, x2) + 8;
		return {
			points: [
				[x1, y1],
				[x1, mid],
				[x2, mid],
				[x2, y2]
			],
			// A parallel edge drawn left of its twin carries its label on the left.
			label:
				x1 !== x2
					? {
							x: (x1 + x2) / 2,
							y: mid - 6,
							anchor: 'middle',
							vertical: false,
							room: Math.abs(x2 - x1)
						}
					: offset < 0
						? { x: x1 - 8, y: mid, anchor: 'end', vertical: false, room: Infinity }
						: { x: labelX, y: mid, anchor: 'start', vertical: false, room: Infinity }
		};
	}
	const right = b.x >= a.x + a.w;
	const [y1, y2] = facing(a.y, a.h, b.y, b.h, offset);
	const x1 = right ? a.x + a.w : a.x;
	const x2 = right ? b.x : b.x + b.w;
	const mid = (x1 + x2) / 2;
	return {
		points: [
			[x1, y1],
			[mid, y1],
			[mid, y2],
			[x2, y2]
		],
		label: {
			x: mid,
			y: Math.min(y1, y2) - 8,
			anchor: 'middle',
			vertical: false,
			room: Math.abs(x2 - x1) - 12
		}
	};
}

/** Coordinates on two facing sides: the middle of their overlap when they overlap, else each centre. */
function facing(a: number, aw: number, b: number, bw: number, offset: number): [number, number] {
	const lo = Math.max(a, b);
	const hi = Math.min(a + aw, b + bw);
	if (hi - lo > 24) {
		const m = (lo + hi) / 2 + offset;
		return [m, m];
	}
	return [a + aw / 2 + offset, b + bw / 2 + offset];
}

/**
 * SVG path data for a polyline. Hand-written on purpose: the scene and the marks run it in the
 * browser (a tweened edge redraws its path every frame), and d3-shape's `line()` would add 3.0 KB
 * gzipped to every diagram page for this (3,051 B: `line()` alone bundled with rolldown --minify,
 * d3-shape 3.2, issue 22), against 1–2 KB of headroom in its budget. The build-time layout kinds
 * use d3 where it does their work (tree.ts: d3-hierarchy).
 * Points that lie on the straight line between their neighbours are left out: resampling adds
 * them, and they change nothing drawn.
 */
export function routePath(points: Point[]): string {
	const kept = points.filter((p, i) => {
		if (i === 0 || i === points.length - 1) return true;
		const [a, b] = [points[i - 1], points[i + 1]];
		const cross = (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]);
		const dot = (p[0] - a[0]) * (b[0] - p[0]) + (p[1] - a[1]) * (b[1] - p[1]);
		return Math.abs(cross) > 1e-6 || dot < 0;
	});
	return kept.length ? 'M' + kept.map(([x, y]) => `${x},${y}`).join('L') : '';
}

/**
 * The same polyline with exactly n points: every original point is kept (corners stay sharp) and
 * the longest segments are split evenly until there are n. With more than n points already, the
 * shortest-segment points are merged away (never the ends).
 */
export function resample(points: Point[], n = ROUTE_POINTS): Point[] {
	if (points.length === 0) return Array.from({ length: n }, () => [0, 0] as Point);
	let pts = points.slice();
	while (pts.length > n) {
		let best = 1;
		let bestLen = Infinity;
		for (let i = 1; i < pts.length - 1; i++) {
			const l = Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
			if (l < bestLen) [best, bestLen] = [i, l];
		}
		pts.splice(best, 1);
	}
	if (pts.length === 1) pts = [pts[0], pts[0]];
	const len = pts.slice(1).map((p, i) => Math.hypot(p[0] - pts[i][0], p[1] - pts[i][1]));
	// Pieces per segment: start with one each, then give the next piece to the segment whose
	// pieces are longest (ties: the earlier one), which keeps the result deterministic.
	const pieces = len.map(() => 1);
	for (let extra = n - pts.length; extra > 0; extra--) {
		let best = 0;
		for (let i = 1; i < len.length; i++)
			if (len[i] / pieces[i] > len[best] / pieces[best] + 1e-9) best = i;
		pieces[best]++;
	}
	const out: Point[] = [pts[0]];
	pts.slice(1).forEach((q, i) => {
		const p = pts[i];
		for (let k = 1; k <= pieces[i]; k++) {
			const t = k / pieces[i];
			out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
		}
	});
	return out;
}

const sideMid = (r: Rect, side: Side): Point =>
	side === 'top'
		? [r.x + r.w / 2, r.y]
		: side === 'bottom'
			? [r.x + r.w / 2, r.y + r.h]
			: side === 'left'
				? [r.x, r.y + r.h / 2]
				: [r.x + r.w, r.y + r.h / 2];

/** The side of r that faces point p. */
function facingSide(r: Rect, p: Point): Side {
	const dx = (p[0] - (r.x + r.w / 2)) / Math.max(r.w, 1);
	const dy = (p[1] - (r.y + r.h / 2)) / Math.max(r.h, 1);
	return Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
}

/** Where the segment from r's centre towards p leaves r. */
function clip(r: Rect, p: Point): Point {
	const c: Point = [r.x + r.w / 2, r.y + r.h / 2];
	const [dx, dy] = [p[0] - c[0], p[1] - c[1]];
	const t = Math.min(
		dx ? r.w / 2 / Math.abs(dx) : Infinity,
		dy ? r.h / 2 / Math.abs(dy) : Infinity,
		1
	);
	return [c[0] + dx * t, c[1] + dy * t];
}

/**
 * A route shaped by a view's hint: leave `a` by `fromSide`, pass the waypoints (already resolved to
 * points), enter `b` by `toSide`, turning at right angles; `straight` draws straight segments
 * between the boxes' borders instead. The label sits on the longest segment.
 */
export function routeHinted(a: Rect, b: Rect, hint: RouteHint, via: Point[]): Route {
	const centre = (r: Rect): Point => [r.x + r.w / 2, r.y + r.h / 2];
	let points: Point[];
	if (hint.style === 'straight') {
		points = [clip(a, via[0] ?? centre(b)), ...via, clip(b, via[via.length - 1] ?? centre(a))];
	} else {
		const fromSide = hint.fromSide ?? facingSide(a, via[0] ?? centre(b));
		const toSide = hint.toSide ?? facingSide(b, via[via.length - 1] ?? centre(a));
		const chain = [sideMid(a, fromSide), ...via, sideMid(b, toSide)];
		const upright = (side: Side) => side === 'top' || side === 'bottom';
		points = [chain[0]];
		for (let i = 1; i < chain.length; i++) {
			const [p, q] = [points[points.length - 1], chain[i]];
			if (Math.abs(p[0] - q[0]) > 0.5 && Math.abs(p[1] - q[1]) > 0.5) {
				// How the segment must leave p and enter q: set by the sides at the two ends.
				const leave = i === 1 ? (upright(fromSide) ? 'v' : 'h') : undefined;
				const enter = i === chain.length - 1 ? (upright(toSide) ? 'v' : 'h') : undefined;
				if (leave === 'v' && enter === 'v') {
					const y = (p[1] + q[1]) / 2;
					points.push([p[0], y], [q[0], y]);
				} else if (leave === 'h' && enter === 'h') {
					const x = (p[0] + q[0]) / 2;
					points.push([x, p[1]], [x, q[1]]);
				} else if (leave === 'v' || enter === 'h') points.push([p[0], q[1]]);
				else points.push([q[0], p[1]]);
			}
			points.push(q);
		}
	}
	let best = 0;
	let bestLen = -1;
	for (let i = 1; i < points.length; i++) {
		const l = Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
		if (l > bestLen) [best, bestLen] = [i, l];
	}
	const [p, q] = [points[best - 1], points[best]];
	const vertical = Math.abs(q[0] - p[0]) < Math.abs(q[1] - p[1]);
	return {
		points,
		label: vertical
			? { x: p[0] + 8, y: (p[1] + q[1]) / 2, anchor: 'start', vertical: false, room: 150 }
			: {
					x: (p[0] + q[0]) / 2,
					y: Math.min(p[1], q[1]) - 8,
					anchor: 'middle',
					vertical: false,
					room: bestLen - 12
				}
	};
}

/** The point a fraction t (0…1) along a polyline, by length. */
export function pointAlong(points: Point[], t: number): Point {
	const seg = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));
	const total = seg.reduce((s, l) => s + l, 0);
	let d = Math.max(0, Math.min(1, t)) * total;
	for (let i = 0; i < seg.length; i++) {
		if (d <= seg[i] || i === seg.length - 1) {
			const f = seg[i] === 0 ? 0 : d / seg[i];
			const [x0, y0] = points[i];
			const [x1, y1] = points[i + 1];
			return [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f];
		}
		d -= seg[i];
	}
	return points[points.length - 1];
}

/** The part of a polyline from its start to the fraction t (0…1) of its length. */
export function pointsUpTo(points: Point[], t: number): Point[] {
	if (points.length < 2) return points.slice();
	const seg = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));
	const total = seg.reduce((s, l) => s + l, 0);
	const out: Point[] = [points[0]];
	let d = 0;
	for (let i = 0; i < seg.length; i++) {
		d += seg[i];
		if (total === 0 || d / total >= t) break;
		out.push(points[i + 1]);
	}
	return [...out, pointAlong(points, t)];
}
