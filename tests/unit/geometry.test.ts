import { describe, expect, it } from 'vitest';
import { fitText, textWidthEm, wrapText } from '../../src/lib/layout/geometry';
import {
	pointAlong,
	resample,
	routeEdge,
	routePath,
	ROUTE_POINTS
} from '../../src/lib/layout/edges';
import { arrowTargets, nearestInDirection } from '../../src/lib/layout/navigate';

describe('text measuring and wrapping', () => {
	it.each([
		['', 0],
		['ab', 1.08],
		['가나', 1.92],
		['A B', 1.56]
	])('textWidthEm(%j) = %d', (text, em) => {
		expect(textWidthEm(text)).toBeCloseTo(em, 5);
	});

	it.each([
		{ text: 'Type-2 hypervisor', width: 200, lines: ['Type-2 hypervisor'] },
		{ text: 'Type-2 hypervisor', width: 80, lines: ['Type-2', 'hypervisor'] },
		{ text: 'containerd-shim-runc-v2', width: 110, lines: ['containerd-shim-runc-', 'v2'] },
		{ text: 'one two three four five six', width: 60, max: 2, lines: ['one two', 'three four…'] }
	])('wrapText($text, $width)', ({ text, width, lines, max }) => {
		expect(wrapText(text, width, 10, max ?? 3)).toEqual(lines);
	});

	it('never breaks a Korean word while shrinking the type can keep it whole', () => {
		const { lines, scale } = fitText('라이브러리 이미지', 50, 12, 2);
		expect(lines).toEqual(['라이브러리', '이미지']);
		expect(scale).toBeLessThan(1);
	});

	it('keeps full size when the label fits', () => {
		expect(fitText('Apps', 100, 15, 1)).toEqual({ lines: ['Apps'], scale: 1 });
	});
});

describe('edge routing', () => {
	const top = { x: 100, y: 0, w: 100, h: 50 };
	it.each([
		{
			name: 'straight down between stacked boxes',
			a: top,
			b: { x: 100, y: 100, w: 100, h: 50 },
			style: 'direct' as const,
			d: 'M150,50L150,100'
		},
		{
			name: 'across between side-by-side boxes',
			a: top,
			b: { x: 300, y: 0, w: 100, h: 50 },
			style: 'direct' as const,
			d: 'M200,25L300,25'
		},
		{
			name: 'diagonal neighbours turn once',
			a: top,
			b: { x: 300, y: 100, w: 100, h: 50 },
			style: 'direct' as const,
			d: 'M200,25L350,25L350,100'
		},
		{
			name: 'side bracket along the left',
			a: top,
			b: { x: 100, y: 200, w: 100, h: 50 },
			style: 'side' as const,
			d: 'M100,25L86,25L86,225L100,225'
		},
		{
			name: 'tree elbow from the parent down to the child',
			a: { x: 0, y: 0, w: 100, h: 40 },
			b: { x: 60, y: 80, w: 100, h: 40 },
			style: 'elbow' as const,
			d: 'M22,40L22,100L60,100'
		}
	])('$name', ({ a, b, style, d }) => {
		const route = routeEdge(a, b, style);
		expect(route.points).toHaveLength(4);
		// The path leaves out points on a straight run; resampled, it draws the same.
		expect(routePath(route.points)).toBe(d);
		expect(routePath(resample(route.points))).toBe(d);
	});

	it('offsets a parallel edge and puts its label on the other side', () => {
		const b = { x: 100, y: 100, w: 100, h: 50 };
		const twin = routeEdge(top, b, 'direct', -16);
		expect(twin.points[0][0]).toBe(134);
		expect(twin.label.anchor).toBe('end');
		expect(routeEdge(top, b, 'direct', 0).label.anchor).toBe('start');
	});

	it.each([
		[0, [0, 0]],
		[0.25, [50, 0]],
		[0.5, [100, 0]],
		[0.75, [100, 50]],
		[1, [100, 100]],
		[2, [100, 100]]
	])('pointAlong at %d', (t, p) => {
		expect(
			pointAlong(
				[
					[0, 0],
					[100, 0],
					[100, 0],
					[100, 100]
				],
				t
			)
		).toEqual(p);
	});
});

describe('arrow-key navigation', () => {
	const boxes = [
		{ id: 'a', rect: { x: 0, y: 0, w: 10, h: 10 } },
		{ id: 'b', rect: { x: 100, y: 0, w: 10, h: 10 } },
		{ id: 'c', rect: { x: 0, y: 100, w: 10, h: 10 } },
		{ id: 'd', rect: { x: 40, y: 25, w: 10, h: 10 } }
	];
	it.each([
		['a', 'right', 'd'],
		['a', 'down', 'c'],
		['b', 'left', 'a'],
		['c', 'up', 'a'],
		['a', 'left', null],
		['a', 'up', null]
	] as const)('from %s going %s reaches %s', (from, dir, to) => {
		expect(nearestInDirection(boxes, from, dir)).toBe(to);
	});
	it("gives each node's arrow targets among shown nodes only, from hidden ones too", () => {
		const nodes = boxes.map((b) => ({ id: b.id, rects: [b.rect], shown: b.id !== 'd' }));
		const near = arrowTargets(nodes);
		// d is hidden: a's nearest to the right is now b, and nothing leads to d.
		expect(near.a).toEqual({ right: 'b', down: 'c' });
		expect(Object.values(near).flatMap((t) => Object.values(t))).not.toContain('d');
		// A hidden node (drawn because it is selected) still leads somewhere.
		expect(near.d).toEqual({ left: 'a', right: 'b', up: 'a', down: 'c' });
	});
});

describe('route resampling', () => {
	it.each([
		{
			name: 'a straight line',
			pts: [
				[0, 0],
				[30, 0]
			] as [number, number][]
		},
		{
			name: 'an elbow',
			pts: [
				[0, 0],
				[0, 40],
				[100, 40]
			] as [number, number][]
		},
		{
			name: 'a zero-length route',
			pts: [
				[5, 5],
				[5, 5]
			] as [number, number][]
		}
	])('keeps $name exactly, with ROUTE_POINTS points', ({ pts }) => {
		const r = resample(pts);
		expect(r).toHaveLength(ROUTE_POINTS);
		expect(r[0]).toEqual(pts[0]);
		expect(r[r.length - 1]).toEqual(pts[pts.length - 1]);
		// Every original corner survives.
		for (const p of pts) expect(r.some((q) => q[0] === p[0] && q[1] === p[1])).toBe(true);
		expect(routePath(r)).toBe(routePath(pts));
	});

	it('splits the longest segment first', () => {
		const r = resample(
			[
				[0, 0],
				[0, 10],
				[90, 10]
			],
			6
		);
		expect(r).toEqual([
			[0, 0],
			[0, 10],
			[22.5, 10],
			[45, 10],
			[67.5, 10],
			[90, 10]
		]);
	});

	it('merges away the shortest segments when a route has too many points', () => {
		const r = resample(
			[
				[0, 0],
				[1, 0],
				[50, 0],
				[50, 50]
			],
			3
		);
		expect(r).toEqual([
			[0, 0],
			[50, 0],
			[50, 50]
		]);
	});
});
