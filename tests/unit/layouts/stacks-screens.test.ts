/**
 * Stacks views on every screen format, for every diagram in the index: headings that wrap push
 * the columns down instead of running into them (an English title wraps in a compact frame), and
 * edges routed beside a column stay in the gap instead of cutting through the next column. Built
 * from page data in one language, placed for that language, as the pages build them (scenes.ts).
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../../src/lib/content/diagrams';
import { viewEdgeIds } from '../../../src/lib/content/query';
import { LANGS } from '../../../src/lib/content/types';
import { sceneOf } from '../scenes';
import { groupHeading } from '../../../src/lib/layout/headings';
import type { Format, Rect } from '../../../src/lib/layout/geometry';

/** Frame units a vertical run keeps from a box it does not belong to. */
const CLEAR = 2;
const FORMATS: Format[] = ['wide', 'narrow', 'compact'];
const cases = diagrams.flatMap((def) =>
	def.views
		.filter((v) => v.layout.kind === 'stacks')
		.flatMap((v) =>
			FORMATS.flatMap((format) => LANGS.map((lang) => ({ def, view: v.id, format, lang })))
		)
);
const name = (c: (typeof cases)[number]) => `${c.def.id}/${c.view} ${c.format} ${c.lang}`;
const contains = (a: Rect, b: Rect) =>
	b.x >= a.x - 0.01 &&
	b.y >= a.y - 0.01 &&
	b.x + b.w <= a.x + a.w + 0.01 &&
	b.y + b.h <= a.y + a.h + 0.01;

describe('stacks views on every format', () => {
	it('has stacks views to check', () => expect(cases.length).toBeGreaterThan(0));

	it.each(cases.map((c) => [name(c), c] as const))(
		'%s: headings end above their column',
		(_, c) => {
			const scene = sceneOf(c.def, c.view, 0, c.format, c.lang);
			for (const g of scene.groups) {
				const group = c.def.groups.find((x) => x.id === g.id)!;
				const bottom = g.y + groupHeading(group, g.w, c.format, c.lang).height;
				const below = scene.nodes
					.filter((n) => n.shown)
					.flatMap((n) => n.rects)
					.filter((r) => r.x < g.x + g.w && r.x + r.w > g.x);
				const first = Math.min(...below.map((r) => r.y));
				expect(bottom, `${g.id}: "${g.title.join(' / ')}"`).toBeLessThanOrEqual(first);
			}
		}
	);

	it.each(cases.map((c) => [name(c), c] as const))('%s: no edge cuts through a box', (_, c) => {
		const scene = sceneOf(c.def, c.view, 0, c.format, c.lang);
		const edges = new Set(viewEdgeIds(c.def, c.view));
		const byId = new Map(scene.nodes.map((n) => [n.id, n]));
		for (const e of scene.edges.filter((x) => x.shown && edges.has(x.id))) {
			const def = c.def.edges.find((x) => x.id === e.id)!;
			const ends = [byId.get(def.from)!.rects[0], byId.get(def.to)!.rects[0]];
			for (const n of scene.nodes.filter((x) => x.shown))
				for (const r of n.rects) {
					// The boxes it joins, and frames around them, are where it starts and ends.
					if (ends.some((end) => contains(r, end))) continue;
					for (let i = 1; i < e.points.length; i++) {
						const [x1, y1] = e.points[i - 1];
						const [x2, y2] = e.points[i];
						if (Math.abs(x1 - x2) > 0.01) continue;
						// Clear of the box by a visible margin, not grazing its border.
						const crosses =
							x1 > r.x - CLEAR &&
							x1 < r.x + r.w + CLEAR &&
							Math.min(y1, y2) < r.y + r.h - 0.5 &&
							Math.max(y1, y2) > r.y + 0.5;
						expect(crosses, `${e.id} runs through ${n.id} at x=${x1.toFixed(1)}`).toBe(false);
					}
				}
		}
	});
});
