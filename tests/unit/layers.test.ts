/**
 * The layers and processes diagrams follow the note's order and the sources: the refine view grows
 * a box at every one of the note's three refinements, each split fills the box it came from, and
 * the shell is drawn as an application beside the program it starts, not as a layer.
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { shownAtStep } from '../../src/lib/layout/scene';
import { sceneOf } from './scenes';
import type { Rect } from '../../src/lib/layout/geometry';

const layers = diagrams.find((d) => d.id === 'layers')!;
const refine = layers.views.find((v) => v.id === 'refine')!;
const rect = (view: string, step: number, id: string, format: 'wide' | 'narrow' = 'wide') =>
	sceneOf(layers, view, step, format, 'en').nodes.find((n) => n.id === id)!.rects[0];
const within = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x - 0.01 &&
	inner.y >= outer.y - 0.01 &&
	inner.x + inner.w <= outer.x + outer.w + 0.01 &&
	inner.y + inner.h <= outer.y + outer.h + 0.01;

describe('the layers diagram', () => {
	it('comes first in the gallery, then processes, in the note’s order', () => {
		expect(diagrams.map((d) => d.id).slice(0, 2)).toEqual(['layers', 'processes']);
	});

	it('has exactly the note’s three refinements, each showing more boxes than the last', () => {
		expect(refine.steps).toHaveLength(3);
		const counts = [1, 2, 3].map((s) => shownAtStep(layers, refine, s).size);
		expect(counts[1]).toBeGreaterThan(counts[0]);
		expect(counts[2]).toBeGreaterThan(counts[1]);
	});

	it.each(['wide', 'narrow'] as const)('splits a box into parts that fill it (%s)', (format) => {
		const software = rect('refine', 1, 'software', format);
		for (const id of ['apps', 'os'])
			expect(within(rect('refine', 2, id, format), software)).toBe(true);
		const os = rect('refine', 2, 'os', format);
		for (const id of ['other-libs', 'os-libs', 'kernel', 'user-space', 'kernel-space'])
			expect(within(rect('refine', 3, id, format), os)).toBe(true);
	});

	it('grows the parts out of the box: hidden, they sit exactly on it', () => {
		expect(rect('refine', 1, 'os')).toEqual(rect('refine', 1, 'software'));
		expect(rect('refine', 2, 'kernel')).toEqual(rect('refine', 2, 'os'));
		expect(rect('refine', 1, 'kernel')).toEqual(rect('refine', 1, 'software'));
	});

	it('draws the shell as an application beside ls, both on the kernel', () => {
		const step = 5;
		const shell = rect('shell', step, 'shell');
		const ls = rect('shell', step, 'ls');
		const kernel = rect('shell', step, 'kernel');
		expect(shell.y).toBe(ls.y);
		expect(kernel.y).toBeGreaterThan(shell.y + shell.h);
		const edges = layers.edges.filter((e) => e.from === 'ls' || e.to === 'ls');
		expect(edges.some((e) => e.to === 'kernel')).toBe(true);
	});
});
