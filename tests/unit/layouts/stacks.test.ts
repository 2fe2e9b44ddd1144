import { describe, expect, it } from 'vitest';
import { layoutStacks } from '../../../src/lib/layout/stacks';
import type { StacksLayoutSpec } from '../../../src/lib/content/types';
import { diagram, inside, node, overlap, L } from './helpers';

const rows = ['hw', 'os', 'unit', 'app'].map((id) => ({ id, label: L(id) }));
const groups = ['left', 'right'].map((id) => ({ id, label: L(id) }));
const spec: StacksLayoutSpec = {
	kind: 'stacks',
	stacks: ['left', 'right'],
	place: {
		hw: { stack: 'left', rows: ['hw'] },
		os: { stack: 'left', rows: ['os'], span: [0, 8] },
		side: { stack: 'left', rows: ['os', 'app'], span: [8, 12] },
		vm: { stack: 'left', rows: ['unit', 'app'], span: [0, 8] },
		app: { stack: 'left', rows: ['app'], span: [0, 8] },
		hw2: { stack: 'right', rows: ['hw'] },
		other: { stack: 'elsewhere', rows: ['hw'] }
	}
};
const def = (copies = 1) =>
	diagram(
		spec,
		[
			node('hw'),
			node('os'),
			node('side'),
			node('vm', { shape: 'frame', copies }),
			node('app', { copies }),
			node('hw2'),
			node('other')
		],
		{ rows, groups }
	);
const run = (copies = 1, format: 'wide' | 'narrow' = 'wide') => {
	const d = def(copies);
	return layoutStacks(d, 'v', spec, format, format === 'wide' ? 1200 : 400);
};

describe('stacks layout', () => {
	it('places only nodes of the listed stacks, from the view', () => {
		expect(Object.keys(run().nodes).sort()).toEqual(['app', 'hw', 'hw2', 'os', 'side', 'vm']);
	});
	it('aligns rows across stacks and stacks rows bottom to top', () => {
		const { nodes } = run();
		expect(nodes.hw[0].y).toBe(nodes.hw2[0].y);
		expect(nodes.os[0].y + nodes.os[0].h).toBeLessThan(nodes.hw[0].y);
	});
	it('gives a span its share of the column in twelfths', () => {
		const { nodes } = run();
		expect(nodes.os[0].w / nodes.hw[0].w).toBeCloseTo(8 / 12);
		expect(nodes.side[0].x).toBeCloseTo(nodes.hw[0].x + (nodes.hw[0].w * 8) / 12);
		// A node over several rows covers them all.
		expect(nodes.side[0].y).toBeLessThan(nodes.app[0].y + 1);
		expect(nodes.side[0].y + nodes.side[0].h).toBe(nodes.os[0].y + nodes.os[0].h);
	});
	it('encloses the nodes inside a frame', () => {
		const { nodes } = run();
		expect(inside(nodes.app[0], nodes.vm[0])).toBe(true);
		expect(overlap(nodes.vm[0], nodes.side[0])).toBe(false);
	});
	it('sets copies side by side when they fit, inner nodes following their frame', () => {
		const { nodes } = run(2);
		expect(nodes.vm).toHaveLength(2);
		expect(nodes.vm[1].x).toBeGreaterThan(nodes.vm[0].x + nodes.vm[0].w);
		nodes.app.forEach((r, i) => expect(inside(r, nodes.vm[i])).toBe(true));
	});
	it('draws copies as one box when the column is narrow (the scene labels it "×3")', () => {
		const { nodes } = run(3, 'narrow');
		const [front, mid, back] = nodes.vm;
		// Overlapping cards would hide each other's labels on a phone.
		expect(mid).toEqual(front);
		expect(back).toEqual(front);
	});
});
