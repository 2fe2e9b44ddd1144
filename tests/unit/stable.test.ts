import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { sceneOf } from './scenes';
import { reuse, same } from '../../src/lib/render/stable';

describe('same (deep equality of plain data)', () => {
	it.each([
		[{ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } }, true],
		[{ a: [1, 2] }, { a: [1, 3] }, false],
		[{ a: 1 }, { a: 1, b: undefined }, false],
		[{ a: 1, b: undefined }, { a: 1, c: undefined }, false],
		[[1, 2], { 0: 1, 1: 2 }, false],
		[{ x: NaN }, { x: NaN }, true],
		[{ x: Infinity }, { x: null }, false],
		[null, {}, false]
	])('same(%j, %j) is %s', (a, b, expected) => {
		expect(same(a, b)).toBe(expected);
	});
});

describe('reuse keeps the objects of marks a step leaves unchanged', () => {
	const def = diagrams.find((d) => d.id === 'runtime')!;
	const view = def.views[0].id;
	const one = sceneOf(def, view, 1, 'wide', 'en');
	const two = sceneOf(def, view, 2, 'wide', 'en');

	it('passes on the earlier object of an equal node or edge, the new one of a changed one', () => {
		for (const [prev, next] of [
			[one.nodes, two.nodes],
			[one.edges, two.edges]
		] as const) {
			const out = reuse<{ id: string }>(prev, next);
			expect(out.map((m) => m.id)).toEqual(next.map((m) => m.id));
			out.forEach((m, i) => {
				const old = prev.find((p) => p.id === m.id);
				// Equal in value: the old object; else the new one, never a stale copy.
				expect(m).toBe(old && same(old, next[i]) ? old : next[i]);
				expect(m).toEqual(next[i]);
			});
		}
	});

	it('a step that changes something gives a new object for it, and most marks stay', () => {
		const out = reuse(one.nodes, two.nodes);
		const kept = out.filter((m, i) => m !== two.nodes[i]).length;
		expect(kept).toBeGreaterThan(0);
		const changed = two.nodes.filter(
			(n) =>
				!same(
					n,
					one.nodes.find((o) => o.id === n.id)
				)
		);
		expect(changed.length).toBeGreaterThan(0);
		for (const n of changed) expect(out.find((m) => m.id === n.id)).toBe(n);
	});
});
