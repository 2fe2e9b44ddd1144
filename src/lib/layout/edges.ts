/**
 * Edge routing between node rectangles. Every route has exactly four points so that a route can
 * tween into any other (pipeline ↔ tree, wide ↔ narrow) without points appearing or vanishing.
 */
import type { Point, Rect } from './geometry';

export type RouteStyle = 'direct' | 'side' | 'elbow' | 'across';

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
			label: {
				x: (x + b.x) / 2,
				y: y - 6,
				anchor: 'middle',
				vertical: false,
				room: Math.abs(b.x - x) + 40
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
 * SVG path data for a route: the same string d3-shape's line() gives for a polyline, without the
 * 3 KB gzipped that d3-shape keeps in the bundle.
 */
export function routePath(points: Point[]): string {
	return points.length ? 'M' + points.map(([x, y]) => `${x},${y}`).join('L') : '';
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
