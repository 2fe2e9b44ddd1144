/**
 * Where packet tags stop (layout/tags.ts): hand-made cases whose answer is known by looking — a
 * label in the way, two packets at one spot, a frame around the edge. What the browser draws, in
 * every view and format, is held by tests/e2e/tags.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Point, Rect } from '../../../src/lib/layout/geometry';
import { pillHeight, type ScenePacket } from '../../../src/lib/layout/packets';
import { overlapArea, placeTagsIn, type TagRoom } from '../../../src/lib/layout/tags';

const SIZE = 12;
const H = pillHeight(SIZE);
const packet = (hops: Point[][], w: number, path = hops.map((_, i) => `e${i}`)): ScenePacket => ({
	path,
	hops,
	labels: hops.map(() => 'x'),
	widths: hops.map(() => w),
	final: 'x',
	finalWidth: w,
	stops: []
});
const room = (r: Partial<TagRoom> = {}): TagRoom => ({
	words: [],
	boxes: [],
	bounds: { x: 0, y: 0, w: 400, h: 300 },
	frames: {},
	...r
});
const tag = ([x, y]: Point, w: number): Rect => ({ x, y, w, h: H });
const inside = (a: Rect, b: Rect) =>
	a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

describe('placeTagsIn', () => {
	const right: Point[] = [
		[0, 100],
		[200, 100]
	];

	it('rests behind the dot when that is clear: arriving from the left, left of it', () => {
		const [t] = placeTagsIn([packet([right], 60)], room(), SIZE);
		const rest = t.stops[1];
		expect(rest[0] + 60).toBeLessThanOrEqual(200);
		expect(rest[1] + H).toBeLessThanOrEqual(100);
	});

	it('moves off a label in its way, and stays near the dot', () => {
		const label = { x: 120, y: 60, w: 80, h: 40 };
		const [t] = placeTagsIn([packet([right], 60)], room({ words: [label] }), SIZE);
		expect(overlapArea(tag(t.stops[1], 60), label)).toBe(0);
		const [x, y] = t.stops[1];
		expect(
			Math.hypot(Math.max(x - 200, 0, 200 - x - 60), Math.max(y - 100, 0, 100 - y - H))
		).toBeLessThan(60);
	});

	it('keeps an edge label clear at every stop, the origin too', () => {
		const hops: Point[][] = [
			[
				[100, 100],
				[200, 100]
			],
			[
				[200, 100],
				[200, 200]
			]
		];
		// Words around each stop's first choice.
		const words = [
			{ x: 20, y: 70, w: 80, h: 30 },
			{ x: 120, y: 70, w: 80, h: 30 },
			{ x: 120, y: 170, w: 80, h: 30 }
		];
		const [t] = placeTagsIn([packet(hops, 60)], room({ words }), SIZE);
		expect(t.stops).toHaveLength(3);
		for (const s of t.stops) for (const w of words) expect(overlapArea(tag(s, 60), w)).toBe(0);
	});

	it('keeps the tags of two packets apart: waiting together, and arrived at one spot', () => {
		const [a, b] = placeTagsIn([packet([right], 60), packet([right], 60)], room(), SIZE);
		expect(overlapArea(tag(a.stops[0], 60), tag(b.stops[0], 60))).toBe(0);
		expect(overlapArea(tag(a.stops[1], 60), tag(b.stops[1], 60))).toBe(0);
		// The first travels while the second waits: its arrival clears the second's origin.
		expect(overlapArea(tag(a.stops[1], 60), tag(b.stops[0], 60))).toBe(0);
	});

	it('stays inside the frame that holds its edge, the next one out when it does not fit', () => {
		const host = { x: 50, y: 40, w: 300, h: 200 };
		const small = { x: 150, y: 80, w: 60, h: 40 };
		const hop: Point[] = [
			[160, 100],
			[200, 100]
		];
		const frames = { e0: [host, small] };
		// A label above-left, where the tag would go: it must find room inside the small frame.
		const words = [{ x: 60, y: 60, w: 80, h: 50 }];
		const [narrow] = placeTagsIn([packet([hop], 40)], room({ frames, words }), SIZE);
		for (const s of narrow.stops) expect(inside(tag(s, 40), small), `${s}`).toBe(true);
		const [wide] = placeTagsIn([packet([hop], 120)], room({ frames, words }), SIZE);
		for (const s of wide.stops) {
			expect(inside(tag(s, 120), host)).toBe(true);
			expect(overlapArea(tag(s, 120), words[0])).toBe(0);
		}
		// A small frame full of its own text: the tag stands in the host rather than on the text.
		const full = [{ x: 150, y: 80, w: 60, h: 40 }];
		const [out] = placeTagsIn([packet([hop], 40)], room({ frames, words: full }), SIZE);
		for (const s of out.stops) {
			expect(inside(tag(s, 40), host)).toBe(true);
			expect(overlapArea(tag(s, 40), full[0])).toBe(0);
		}
	});
});
