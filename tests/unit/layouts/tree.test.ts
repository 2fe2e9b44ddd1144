import { describe, expect, it } from 'vitest';
import { layoutTree, treeOrder } from '../../../src/lib/layout/tree';
import { validateDiagram, type DiagramError } from '../../../src/lib/content/validate';
import type { TreeLayoutSpec } from '../../../src/lib/content/types';
import { diagram, node } from './helpers';

const spec = (parent: Record<string, string | null>): TreeLayoutSpec => ({ kind: 'tree', parent });

describe('tree layout', () => {
	it.each([
		{ name: 'a chain', parent: { a: null, b: 'a', c: 'b' }, order: ['a:0', 'b:1', 'c:2'] },
		{
			name: 'siblings in entry order, depth first',
			parent: { r: null, x: 'r', y: 'r', x1: 'x' },
			order: ['r:0', 'x:1', 'x1:2', 'y:1']
		},
		{
			name: 'a cycle off the root is left out',
			parent: { r: null, a: 'b', b: 'a' },
			order: ['r:0']
		}
	])('orders $name', ({ parent, order }) => {
		expect(
			treeOrder(spec(parent as unknown as Record<string, string | null>)).map(
				(d) => `${d.id}:${d.depth}`
			)
		).toEqual(order);
	});

	it('indents each level and gives each node its own line (wide)', () => {
		const { nodes, height } = layoutTree(spec({ a: null, b: 'a', c: 'b', d: 'a' }), 'wide', 1200);
		expect(nodes.b[0].x - nodes.a[0].x).toBe(140);
		expect(nodes.c[0].x - nodes.b[0].x).toBe(140);
		expect(nodes.d[0].x).toBe(nodes.b[0].x);
		expect([nodes.a, nodes.b, nodes.c, nodes.d].map((r) => r[0].y)).toEqual([29, 115, 201, 287]);
		expect(height).toBe(2 * 16 + 4 * 86);
	});
});

describe('tree validation', () => {
	const problems = (parent: Record<string, string | null>, nodes?: string[]) => {
		const def = diagram(
			spec(parent),
			['a', 'b', 'c', 'd'].map((id) => node(id))
		);
		if (nodes) def.views[0].nodes = nodes;
		try {
			validateDiagram(def);
			return [];
		} catch (e) {
			return (e as DiagramError).problems;
		}
	};
	it('rejects a cycle, naming its nodes', () => {
		expect(problems({ a: null, b: 'c', c: 'b' })).toContain('view "v": tree cycle "b" → "c" → "b"');
	});
	it('rejects a self-parent', () => {
		expect(problems({ a: null, b: 'b' })).toContain('view "v": tree cycle "b" → "b"');
	});
	it('rejects a view node with no parent entry', () => {
		expect(problems({ a: null, b: 'a' }, ['a', 'b', 'c'])).toContain(
			'view "v": node "c" has no parent entry in the tree'
		);
	});
	it('rejects a tree with no root or two', () => {
		expect(problems({ a: 'b', b: 'a' }).join('\n')).toMatch(/exactly one root, found none/);
		expect(problems({ a: null, b: null })).toContain(
			'view "v": a tree needs exactly one root, found "a", "b"'
		);
	});
	it('accepts a proper tree', () => {
		expect(problems({ a: null, b: 'a', c: 'b' })).toEqual([]);
	});
});
