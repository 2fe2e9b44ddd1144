/**
 * A box that a step splits into its parts: the parts grow out of the box (their rectangles are the
 * box's while they are hidden) and fill it once shown; a box spanning several grid rows fills them.
 */
import { describe, expect, it } from 'vitest';
import { sceneOf } from './scenes';
import { validateDiagram } from '../../src/lib/content/validate';
import type { DiagramDef, L10n } from '../../src/lib/content/types';

const t = (s: string): L10n => ({ ko: s, en: s });
const box = (id: string, exitTo?: string[]) => ({
	id,
	label: t(id),
	tone: 'kernel' as const,
	about: t(id),
	sources: [],
	exitTo
});
const def: DiagramDef = validateDiagram({
	id: 'split',
	title: t('split'),
	summary: t('split'),
	groups: [],
	nodes: [box('whole'), box('top', ['whole']), box('bottom', ['whole']), box('base')],
	edges: [],
	defaultView: 'v',
	views: [
		{
			id: 'v',
			title: t('v'),
			summary: t('v'),
			layout: {
				kind: 'grid',
				cols: 1,
				rows: 3,
				place: {
					whole: { col: 0, row: 0, rows: 2 },
					top: { col: 0, row: 0 },
					bottom: { col: 0, row: 1 },
					base: { col: 0, row: 2 }
				}
			},
			steps: [
				{ narration: t('one box') },
				{ narration: t('two parts'), conceal: ['whole'], reveal: ['top', 'bottom'] },
				{ narration: t('gone'), conceal: ['top', 'bottom'] }
			]
		}
	]
});

const rects = (step: number, format: 'wide' | 'narrow' = 'wide') =>
	Object.fromEntries(
		sceneOf(def, 'v', step, format, 'en').nodes.map((n) => [
			n.id,
			{ ...n.rects[0], shown: n.shown }
		])
	);

describe('a box splitting into its parts', () => {
	it.each(['wide', 'narrow'] as const)('a box spanning two grid rows fills both (%s)', (format) => {
		const r = rects(2, format);
		expect(r.whole.y).toBe(r.top.y);
		expect(r.whole.y + r.whole.h).toBe(r.bottom.y + r.bottom.h);
		expect(r.top.y + r.top.h).toBeLessThan(r.bottom.y);
	});

	it('keeps the parts inside the box while they are hidden, so they grow out of it', () => {
		const r = rects(1);
		expect(r.whole.shown).toBe(true);
		for (const id of ['top', 'bottom']) {
			expect(r[id].shown).toBe(false);
			expect([r[id].x, r[id].y, r[id].w, r[id].h]).toEqual([
				r.whole.x,
				r.whole.y,
				r.whole.w,
				r.whole.h
			]);
		}
	});

	it('puts the parts in their own places once the step shows them', () => {
		const r = rects(2);
		expect(r.whole.shown).toBe(false);
		expect(r.top.shown && r.bottom.shown).toBe(true);
		expect(r.top.h).toBeLessThan(r.whole.h);
		expect(r.bottom.y).toBeGreaterThan(r.top.y);
	});

	it('leaves a hidden part in its own place when the box it merges into is hidden too', () => {
		const two = rects(2);
		const three = rects(3);
		expect(three.top.shown).toBe(false);
		expect(three.top.y).toBe(two.top.y);
		expect(three.bottom.y).toBe(two.bottom.y);
	});
});
