/**
 * Where a packet's tag (its label pill, and a blocked packet's reason) stands at each moment the
 * packet stands still: waiting at its origin, at each node between two hops, arrived (or stopped
 * at its ✕). Issue 23: a tag covers no node's text, heading, edge label or other tag shown at the
 * same moment, and stays inside the diagram and inside every box that holds its edge (the Docker
 * host, a container) when it fits there. Travelling, the tag glides from one stop to the next
 * with the dot (render/Packet.svelte) and may pass over things.
 *
 * Computed at build time (layout/place.ts) and sent with the page's placements, like the nodes'
 * places: this code never reaches the browser, and the marks only draw what it decided.
 */
import { BOLD, LINE_HEIGHT, textWidthEm, type Point, type Rect } from './geometry';
import { pillHeight, type ScenePacket } from './packets';
import type { Scene } from './scene';

/** Where one packet's tag stands: `stops[0]` waiting, `stops[k]` between hops k and k+1 (1-based), the last arrived; `reason`: a blocked packet's reason pill. Top-left corners. */
export interface PacketTags {
	stops: Point[];
	reason?: Point;
}

/** What a tag must keep clear of and inside of, in diagram units. */
export interface TagRoom {
	/** Text: node labels, details and facts, headings, edge labels. A tag never covers these. */
	words: Rect[];
	/** Boxes of nodes: a tag would rather not lie on one (a soft cost). */
	boxes: Rect[];
	/** The viewBox. */
	bounds: Rect;
	/** Per edge id, the boxes that hold its whole route (its frames). */
	frames: Record<string, Rect[]>;
}

/** Area two rectangles share (0 when they only touch). */
export function overlapArea(a: Rect, b: Rect): number {
	const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return ix > 0 && iy > 0 ? ix * iy : 0;
}

const inside = (a: Rect, b: Rect, e = 0.5) =>
	a.x >= b.x - e && a.y >= b.y - e && a.x + a.w <= b.x + b.w + e && a.y + a.h <= b.y + b.h + e;

/** The parts of a scene node that say where its text is drawn (DiagramNode's `lines()`). */
export interface LabelledNode {
	rects: Rect[];
	label: string[];
	detail: string[];
	facts: string[];
	scale: number;
	labelAt: 'center' | 'bottom' | 'top';
}

/**
 * The box a node's text takes, per labelled copy: the same arithmetic DiagramNode uses to set the
 * lines (centred, or from the top-left corner of a container, or in a frame's bottom band), with
 * the widths estimated (errs wide) and kept inside the box's text room.
 */
export function labelBoxes(
	n: LabelledNode,
	size: { label: number; detail: number; fact: number }
): Rect[] {
	const lines = [
		...n.label.map((t) => ({ fs: size.label * n.scale, w: textWidthEm(t) * BOLD })),
		...n.detail.map((t) => ({ fs: size.detail * n.scale, w: textWidthEm(t) })),
		...n.facts.map((t) => ({ fs: size.fact, w: t.length * 0.6 }))
	];
	if (!lines.length) return [];
	const piled = n.rects.length > 1 && n.rects[1].x < n.rects[0].x + n.rects[0].w - 1;
	return (piled ? n.rects.slice(0, 1) : n.rects).map((r) => {
		const height = lines.reduce((h, l) => h + l.fs * LINE_HEIGHT, 0);
		const band = n.labelAt === 'center' ? r.h : Math.min(r.h, height + 10);
		const y = n.labelAt === 'top' ? r.y + 5 : r.y + r.h - band + (band - height) / 2;
		const room = n.labelAt === 'top' ? r.w - 16 : r.w - 8;
		const w = Math.min(room, Math.max(...lines.map((l) => l.w * l.fs)));
		const x = n.labelAt === 'top' ? r.x + 10 : r.x + r.w / 2 - w / 2;
		return { x, y, w, h: height };
	});
}

/**
 * Everything a scene shows that a tag must keep clear of: node text (a margin around it, as the
 * width estimate can fall short of a bold system font), a container's heading (its glyphs reach
 * above the box's line), lifetime badges, column headings and row labels, edge labels (as
 * scene/frame.ts fitViewBox measures them, a tenth wider).
 */
export function roomOf(scene: Scene): TagRoom {
	const t = scene.fontSize;
	const words: Rect[] = [];
	const shown = scene.nodes.filter((n) => n.shown);
	for (const n of shown) {
		for (const r of labelBoxes(n, t))
			words.push(
				n.labelAt === 'top'
					? { x: r.x - 4, y: r.y - 4, w: r.w * 1.16 + 8, h: r.h + 5 }
					: { x: r.x - 3 - r.w * 0.06, y: r.y - 1, w: r.w * 1.12 + 6, h: r.h + 2 }
			);
		// The lifetime badge above a box (wide frames only): its text is the page's, not the scene's.
		if (n.lifetime && scene.format === 'wide') {
			const r = n.rects[0];
			words.push({ x: r.x, y: r.y - 5 - t.small, w: Math.min(r.w, 12 * t.small), h: t.small + 2 });
		}
	}
	for (const g of scene.groups) {
		const h =
			t.title * g.scale * (1.3 + 1.2 * (g.title.length - 1)) + g.noteName.length * 1.2 * t.small;
		words.push({ x: g.x, y: g.y, w: g.w, h: h + 4 });
	}
	for (const r of scene.rows) {
		const w = Math.max(0, ...r.label.map((l) => textWidthEm(l) * t.small));
		const h = r.label.length * 1.2 * t.small;
		words.push({ x: r.x - 2, y: r.y + r.h / 2 - h / 2 - 2, w: w * 1.1 + 4, h: h + 4 });
	}
	for (const e of scene.edges) {
		if (!e.shown || !e.label.length) continue;
		const { x, y, anchor, vertical } = e.labelAt;
		const long = Math.max(...e.label.map((l) => textWidthEm(l) * t.small)) * 1.12 + 4;
		const across = t.small * (1 + 1.2 * (e.label.length - 1));
		const [b, f] =
			anchor === 'start' ? [0, long] : anchor === 'end' ? [long, 0] : [long / 2, long / 2];
		words.push(
			vertical
				? { x: x - across - 1, y: y - f, w: across + t.small * 0.4 + 2, h: b + f }
				: { x: x - b, y: y - across - 1, w: b + f, h: across + t.small * 0.4 + 2 }
		);
	}
	const frames: Record<string, Rect[]> = {};
	for (const e of scene.edges)
		frames[e.id] = shown.flatMap((n) =>
			n.rects.filter((r) =>
				e.points.every(
					([px, py]) => px >= r.x - 1 && px <= r.x + r.w + 1 && py >= r.y - 1 && py <= r.y + r.h + 1
				)
			)
		);
	return { words, boxes: shown.flatMap((n) => n.rects), bounds: scene.viewBox, frames };
}

/**
 *  * Where a packet's label pill goes: behind the dot, on the side it came from, so that on arrival
 * it lies beside the path outside the node it enters, not over that node's label. Travelling down
 * (entering a node from above) the pill sits above the dot, up below it (both on the left of the
 * line, the side a route's own label leaves free); travelling right, to its left; left, to its
 * right. Kept inside `bounds` (the viewBox).
 */
export function pillPlace(
	hop: readonly Point[],
	at: Readonly<Point>,
	w: number,
	h: number,
	bounds: Rect
): Point {
	let dx = 0;
	let dy = 0;
	for (let i = hop.length - 1; i > 0 && !dx && !dy; i--) {
		dx = hop[i][0] - hop[i - 1][0];
		dy = hop[i][1] - hop[i - 1][1];
	}
	const gap = 9;
	let x: number;
	let y: number;
	if (Math.abs(dy) >= Math.abs(dx)) {
		// Left of a vertical run: a direct route's own label reads on its right.
		x = at[0] - w - gap;
		y = dy > 0 ? at[1] - h - gap : at[1] + gap;
	} else {
		x = dx > 0 ? at[0] - w - gap : at[0] + gap;
		y = at[1] - h - gap;
	}
	return [
		Math.max(bounds.x + 2, Math.min(x, bounds.x + bounds.w - w - 2)),
		Math.max(bounds.y + 2, Math.min(y, bounds.y + bounds.h - h - 2))
	];
}

/**
 * Where a tag of `w` × `h` goes near the dot at `at` (and `also`, where the dot is just before or
 * after: between two hops it crosses the node), inside `region`: the place nearest the dot that
 * covers none of `hard` (the dot included), preferring not to lie on a `soft` box. Candidates:
 * left of, right of and centred on the dot on a half-line grid above and below, and just beside
 * each obstacle near it (the gaps between labels are where a tag fits).
 */
function nearestClear(
	dots: Point[],
	w: number,
	h: number,
	region: Rect,
	hard: Rect[],
	soft: Rect[],
	wish?: Point
): Point {
	const clamp = ([x, y]: Point): Point => [
		Math.max(region.x, Math.min(x, region.x + region.w - w)),
		Math.max(region.y, Math.min(y, region.y + region.h - h))
	];
	const [ax, ay] = dots[0];
	const reach = 3 * w + 4 * h;
	const near = (b: Rect) =>
		dots.some(
			([x, y]) =>
				b.x < x + reach && b.x + b.w > x - reach && b.y < y + reach && b.y + b.h > y - reach
		);
	const obstacles = [
		...hard,
		...dots.map(([x, y]) => ({ x: x - 8, y: y - 8, w: 16, h: 16 }))
	].filter(near);
	const boxes = soft.filter(near);
	// The distance first: a place already further than the best so far needs no more looking at.
	const cost = (p: Point, limit = Infinity) => {
		let c = Infinity;
		for (const [x, y] of dots)
			c = Math.min(
				c,
				Math.hypot(Math.max(p[0] - x, 0, x - p[0] - w), Math.max(p[1] - y, 0, y - p[1] - h))
			);
		const r = { x: p[0], y: p[1], w, h };
		for (const b of obstacles) if ((c += overlapArea(r, b) * 100) >= limit) return c;
		for (const b of boxes) {
			// Lying across a box's border reads as a mark on it; inside or outside is calm.
			const o = overlapArea(r, b);
			if (o > 0 && !inside(r, b) && (c += 0.05 * o) >= limit) return c;
		}
		return c;
	};
	let best = clamp(wish ?? [ax - w - 9, ay - h - 9]);
	let bestCost = cost(best);
	// The wished place, when it is clear, whatever its distance.
	if (wish && bestCost < 20) return best;
	const g = 9;
	const xs = new Set<number>();
	const ys = new Set<number>();
	for (const [x, y] of dots) {
		for (const v of [x - w - g, x + g, x - w / 2, x - w / 4, x - (3 * w) / 4]) xs.add(v);
		for (let k = -14; k <= 14; k++) ys.add(y - h / 2 + (k * h) / 2);
	}
	// Beside the obstacles closest to the dot only: further ones give places no nearer than the grid's.
	for (const b of obstacles)
		if (
			dots.some(
				([x, y]) =>
					b.x < x + w + 40 && b.x + b.w > x - w - 40 && Math.abs(b.y + b.h / 2 - y) < 5 * h
			)
		) {
			xs.add(b.x + b.w + 2).add(b.x - w - 2);
			ys.add(b.y + b.h + 1).add(b.y - h - 1);
		}
	xs.add(region.x).add(region.x + region.w - w);
	for (const x of xs)
		for (const y of ys) {
			const p = clamp([x, y]);
			const c = cost(p, bestCost);
			if (c < bestCost) [best, bestCost] = [p, c];
		}
	return best;
}

/**
 * The regions a tag of `w` × `h` may take on these edges, the first choice first: the viewBox less
 * 2 units, within every frame of the edges that it fits in (3 units in from its border); then
 * without the innermost of those frames, one at a time, down to the outermost alone. A container
 * packed with its own boxes (a namespace in a compact drawing) may have no clear place for a tag:
 * the tag then stands in the next box out, never on the container's text. Where the frames of two
 * edges share no room, the first edge's.
 */
function regionsFor(room: TagRoom, edges: string[], w: number, h: number): Rect[] {
	const clip = (a: Rect, b: Rect): Rect => {
		const x = Math.max(a.x, b.x);
		const y = Math.max(a.y, b.y);
		return { x, y, w: Math.min(a.x + a.w, b.x + b.w) - x, h: Math.min(a.y + a.h, b.y + b.h) - y };
	};
	const b = room.bounds;
	const whole = { x: b.x + 2, y: b.y + 2, w: b.w - 4, h: b.h - 4 };
	const framesOf = (ids: string[]) =>
		ids
			.flatMap((id) => room.frames[id] ?? [])
			.map((f) => ({ x: f.x + 3, y: f.y + 3, w: f.w - 6, h: f.h - 6 }))
			.filter((f) => f.w >= w && f.h >= h)
			// Outermost first.
			.sort((p, q) => q.w * q.h - p.w * p.h);
	let frames = framesOf(edges);
	if (frames.length && frames.reduce(clip, whole).w < w) frames = framesOf(edges.slice(0, 1));
	const out: Rect[] = [];
	for (let k = frames.length; k >= 1; k--) {
		const r = frames.slice(0, k).reduce(clip, whole);
		if (r.w >= w && r.h >= h) out.push(r);
	}
	return out.length ? out : [whole];
}

/**
 * Every stop of every packet's tag (see PacketTags). All packets show their tags at once: each
 * waits at its origin until the one before it has arrived, and stays where it arrived. So the
 * origins are placed first, clear of each other; then each packet's stops, clear of the origins
 * of the packets after it and of where the ones before it arrived.
 */
export function placeTagsIn(packets: ScenePacket[], room: TagRoom, size: number): PacketTags[] {
	const h = pillHeight(size);
	const origins: Rect[] = [];
	const rests: Rect[] = [];
	const tag = (p: Point, w: number): Rect => ({ x: p[0], y: p[1], w, h });
	// The first region with a clear place (covering no text and no tag), else the outermost's best.
	const place = (dots: Point[], edges: string[], w: number, taken: Rect[], wish?: Point) => {
		const hard = [...room.words, ...taken];
		let p: Point = [0, 0];
		for (const region of regionsFor(room, edges, w, h)) {
			p = nearestClear(dots, w, h, region, hard, room.boxes, wish);
			const r = { x: p[0], y: p[1], w, h };
			if (hard.every((b) => overlapArea(r, b) < 0.5)) break;
		}
		return p;
	};
	const first = packets.map((p) => {
		const at = p.hops[0]?.[0] ?? [0, 0];
		const o = place([at], p.path.slice(0, 1), p.widths[0] ?? 0, origins);
		if (p.widths[0]) origins.push(tag(o, p.widths[0]));
		return o;
	});
	return packets.map((p, i) => {
		const later = origins.slice(i + 1);
		const stops: Point[] = [first[i]];
		const n = p.hops.length;
		for (let k = 1; k < n; k++) {
			const a = p.hops[k - 1];
			const dots = [a[a.length - 1], p.hops[k][0]];
			const w = Math.max(p.widths[k - 1], p.widths[k]);
			const wish = pillPlace(a, dots[0], w, h, room.bounds);
			stops.push(place(dots, [p.path[k - 1], p.path[k]], w, [...later, ...rests], wish));
		}
		const last = p.hops[n - 1] ?? [];
		const end = p.blocked ? p.blocked.point : (last[last.length - 1] ?? [0, 0]);
		const w = Math.max(p.widths[n - 1] ?? 0, p.finalWidth);
		const edge = p.path.slice(-1);
		const taken = [...later, ...rests];
		// Stopped at a ✕: the label would rather sit left of it and the reason right, both above.
		const [x, y] = end;
		const wish: Point = p.blocked
			? [x - 12 - w, y - h - 4]
			: pillPlace(last, end, w, h, room.bounds);
		const rest = place([end], edge, w, taken, wish);
		stops.push(rest);
		if (p.final) rests.push(tag(rest, w));
		if (!p.blocked) return { stops };
		const reason = place(
			[end],
			edge,
			p.blocked.width,
			[...taken, tag(rest, w)],
			[x + 12, y - h - 4]
		);
		rests.push(tag(reason, p.blocked.width));
		return { stops, reason };
	});
}

/** The tags of a scene's packets. */
export const placeTags = (scene: Scene): PacketTags[] =>
	scene.packets.length ? placeTagsIn(scene.packets, roomOf(scene), scene.fontSize.small) : [];
