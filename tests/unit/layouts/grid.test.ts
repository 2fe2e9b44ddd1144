import { describe, expect, it } from 'vitest';
import { layoutGrid } from '../../../src/lib/layout/grid';
import type { GridLayoutSpec } from '../../../src/lib/content/types';

describe('grid layout', () => {
	const spec: GridLayoutSpec = {
		kind: 'grid',
		cols: 3,
		rows: 2,
		place: { a: { col: 0, row: 0 }, b: { col: 2, row: 0 }, wide: { col: 0, row: 1, cols: 3 } }
	};
	it.each([
		{ format: 'wide' as const, width: 1200, a: { x: 75.7, y: 42, w: 270, h: 66 }, height: 268 },
		{ format: 'narrow' as const, width: 400, a: { x: 13, y: 28, w: 115.3, h: 56 }, height: 212 }
	])('centres boxes in equal cells ($format)', ({ format, width, a, height }) => {
		const out = layoutGrid(spec, format, width);
		const r = out.nodes.a[0];
		expect([r.x, r.y, r.w, r.h].map((n) => Math.round(n * 10) / 10)).toEqual([a.x, a.y, a.w, a.h]);
		expect(out.height).toBe(height);
	});
	it('widens a box that spans columns, centred under the row', () => {
		const { nodes } = layoutGrid(spec, 'wide', 1200);
		expect(nodes.wide[0].w).toBeGreaterThan(nodes.a[0].w * 2);
		expect(nodes.wide[0].x + nodes.wide[0].w / 2).toBeCloseTo(600);
		expect(nodes.b[0].x + nodes.b[0].w / 2).toBeCloseTo(16 + (1168 / 3) * 2.5);
	});

	it('makes a box over several rows tall enough to frame the boxes of those rows', () => {
		const tall: GridLayoutSpec = {
			kind: 'grid',
			cols: 2,
			rows: 3,
			place: { frame: { col: 0, row: 0, rows: 3 }, a: { col: 0, row: 1 }, b: { col: 1, row: 2 } }
		};
		const { nodes } = layoutGrid(tall, 'wide', 1200);
		expect(nodes.frame[0].y).toBe(nodes.b[0].y - 2 * 118);
		expect(nodes.frame[0].y + nodes.frame[0].h).toBe(nodes.b[0].y + nodes.b[0].h);
		expect(nodes.frame[0].h).toBe(66 + 2 * 118);
	});
});
