/** Generic rendering fixes: draw order, packet pills, band room, tree labels, arrowheads, viewBox. */
import { describe, expect, it } from 'vitest';
import { bandRoom, drawOrder, fitViewBox } from '../../../src/lib/layout/scene';
import { sceneOf } from '../scenes';
import { pillPlace } from '../../../src/lib/layout/tags';
import { routeEdge } from '../../../src/lib/layout/edges';
import { ARROW, type Point } from '../../../src/lib/layout/geometry';
import type { BoxesLayoutSpec } from '../../../src/lib/content/types';
import { diagram, node } from './helpers';

describe('draw order', () => {
	it('draws a container under its children whatever the definition order', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: {
				host: { col: 0, row: 0 },
				ns: { in: 'host', col: 0, row: 0 },
				app: { in: 'ns', col: 0, row: 0 },
				side: { col: 1, row: 0 }
			}
		};
		// Innermost first, outermost last: the worst order for painting.
		const def = diagram(spec, [
			node('app'),
			node('ns', { shape: 'frame' }),
			node('side'),
			node('host', { shape: 'frame' })
		]);
		const scene = sceneOf(def, 'v', 1, 'wide', 'en');
		const order = drawOrder(scene.nodes).map((n) => n.id);
		expect(order.indexOf('host')).toBeLessThan(order.indexOf('ns'));
		expect(order.indexOf('ns')).toBeLessThan(order.indexOf('app'));
		// Same depth keeps definition order.
		expect(order.indexOf('side')).toBeLessThan(order.indexOf('host'));
	});

	it('does not treat an identical rectangle as a container', () => {
		const r = { x: 0, y: 0, w: 10, h: 10 };
		const order = drawOrder([
			{ id: 'a', rects: [r] },
			{ id: 'b', rects: [{ ...r }] }
		]).map((n) => n.id);
		expect(order).toEqual(['a', 'b']);
	});
});

describe('packet pill', () => {
	const bounds = { x: 0, y: 0, w: 400, h: 300 };
	const hop = (from: Point, to: Point): Point[] => [from, to, to];
	const [w, h] = [80, 18];
	it.each([
		[
			'up, into a node above: below the dot',
			hop([100, 200], [100, 100]),
			(x: number, y: number) => y >= 100
		],
		[
			'down, into a node below: above the dot',
			hop([100, 0], [100, 100]),
			(x: number, y: number) => y + h <= 100
		],
		[
			'right, into a node on the right: left of the dot',
			hop([0, 100], [100, 100]),
			(x: number) => x + w <= 100
		],
		[
			'left, into a node on the left: right of the dot',
			hop([200, 100], [100, 100]),
			(x: number) => x >= 100
		]
	])('travelling %s', (_, points, clear) => {
		const [x, y] = pillPlace(points, [100, 100], w, h, bounds);
		expect(clear(x, y)).toBe(true);
	});
	it('stays inside the viewBox', () => {
		const [x, y] = pillPlace(hop([390, 400], [390, 295]), [390, 295], w, h, bounds);
		expect(x + w).toBeLessThanOrEqual(400);
		expect(y + h).toBeLessThanOrEqual(300);
	});
});

describe('container band', () => {
	const r = { x: 0, y: 100, w: 300, h: 200 };
	it('ends the label before a node docked on the top border', () => {
		const rects = {
			host: [r],
			eth0: [{ x: 200, y: 80, w: 96, h: 40 }],
			inner: [{ x: 20, y: 150, w: 50, h: 40 }]
		};
		expect(bandRoom(r, 'host', rects, new Set(['host', 'eth0', 'inner']), 286)).toBe(184);
		// Not in the view: no limit.
		expect(bandRoom(r, 'host', rects, new Set(['host', 'inner']), 286)).toBe(286);
	});
	it('fits the label of a boxes container into that room', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: {
				ns: { col: 0, row: 0 },
				app: { in: 'ns', col: 0, row: 0 },
				eth0: { in: 'ns', dock: 'top', at: 0.3 }
			}
		};
		const long = 'a container label long enough to run under the docked interface';
		const def = diagram(spec, [
			node('ns', { shape: 'frame', label: { en: long, ko: long } }),
			node('app'),
			node('eth0')
		]);
		const scene = sceneOf(def, 'v', 1, 'wide', 'en');
		const ns = scene.nodes.find((n) => n.id === 'ns')!;
		const eth0 = scene.nodes.find((n) => n.id === 'eth0')!.rects[0];
		// The label shrinks (or is cut) to the room before the dock, not the whole band.
		const room = eth0.x - ns.rects[0].x - 16;
		expect(room).toBeLessThan(ns.rects[0].w / 2);
		const est = ns.label.join(' ').length * 15 * ns.scale * 0.55;
		expect(est).toBeLessThanOrEqual(room * 1.1);
	});
});

describe('tree connector labels and arrowheads', () => {
	it('puts an elbow label left of the connector, clear of its run and arrowhead', () => {
		const a = { x: 0, y: 0, w: 200, h: 31 };
		const b = { x: 40, y: 37, w: 200, h: 31 };
		const r = routeEdge(a, b, 'elbow');
		const x = a.x + 22;
		expect(r.label.anchor).toBe('end');
		expect(r.label.x).toBeLessThan(x);
		expect(r.label.room).toBeGreaterThanOrEqual(48);
	});
	it('draws compact (presentation) arrowheads smaller per unit of stroke', () => {
		expect(ARROW.compact).toBeLessThan(ARROW.wide);
	});
});

describe('viewBox', () => {
	const box = { x: 0, y: 0, w: 400, h: 300 };
	const edge = (points: Point[], label: string[] = [], vertical = false) => ({
		points,
		label,
		labelAt: { x: points[0][0], y: points[0][1], anchor: 'start' as const, vertical, room: 100 }
	});
	it('grows to hold a side route that runs left of the frame', () => {
		const vb = fitViewBox(
			box,
			[
				edge([
					[-5, 10],
					[-5, 200]
				])
			],
			14
		);
		expect(vb.x).toBeLessThanOrEqual(-7);
		expect(vb.x + vb.w).toBe(400);
	});
	it('grows to hold a label beside a vertical run in the last column', () => {
		const vb = fitViewBox(
			box,
			[
				edge(
					[
						[396, 100],
						[396, 200]
					],
					['a label'],
					false
				)
			],
			14
		);
		expect(vb.x + vb.w).toBeGreaterThan(396 + 40);
	});
	it('holds a label a wider font draws longer than estimated, with `spare`', () => {
		// A label reading leftwards from x = 30 (as process-tree's "parent" on a phone).
		const left = (spare: number) =>
			fitViewBox(
				box,
				[
					{
						...edge(
							[
								[30, 100],
								[30, 200]
							],
							['parent']
						),
						labelAt: { x: 30, y: 100, anchor: 'end', vertical: false, room: 50 }
					}
				],
				14,
				spare
			).x;
		const estimate = 30 - left(0);
		expect(estimate).toBeGreaterThan(30);
		expect(30 - left(0.15)).toBeCloseTo(estimate * 1.15, 5);
	});
	it('never shrinks', () => {
		expect(
			fitViewBox(
				box,
				[
					edge([
						[10, 10],
						[20, 20]
					])
				],
				14
			)
		).toEqual(box);
	});
});
