/**
 * On small frames (phone, presentation, embed) no edge label runs over a box: a short hop between
 * close rows has no room for one, and a label drawn there covers the boxes' borders and text.
 * Every diagram, view and step of the index, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../../src/lib/content/diagrams';
import { LANGS } from '../../../src/lib/content/types';
import { sceneOf } from '../scenes';
import { textWidthEm, type Format } from '../../../src/lib/layout/geometry';

const SMALL: Format[] = ['narrow', 'compact'];
const cases = diagrams.flatMap((def) =>
	def.views.flatMap((v) =>
		SMALL.flatMap((format) => LANGS.map((lang) => ({ def, view: v, format, lang })))
	)
);

describe('edge labels on small frames', () => {
	it.each(cases.map((c) => [`${c.def.id}/${c.view.id} ${c.format} ${c.lang}`, c] as const))(
		'%s: clear of every box',
		(_, c) => {
			for (let step = 0; step <= c.view.steps.length; step++) {
				const scene = sceneOf(c.def, c.view.id, step, c.format, c.lang);
				const boxes = scene.nodes.filter((n) => n.shown).flatMap((n) => n.rects);
				const s = scene.fontSize.small;
				for (const e of scene.edges.filter((x) => x.shown && x.label.length)) {
					if (e.labelAt.vertical) continue;
					// The text's extent: lines stacked upwards from the baseline, ascent to descent.
					const w = Math.max(...e.label.map(textWidthEm)) * s;
					const { anchor, x: ax, y: ay } = e.labelAt;
					const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
					const y0 = ay - ((e.label.length - 1) * 1.2 + 0.8) * s;
					const y1 = ay + 0.25 * s;
					for (const b of boxes) {
						const within = x0 >= b.x && x0 + w <= b.x + b.w && y0 >= b.y && y1 <= b.y + b.h;
						const ix = Math.min(x0 + w, b.x + b.w) - Math.max(x0, b.x);
						const iy = Math.min(y1, b.y + b.h) - Math.max(y0, b.y);
						expect(
							within || ix <= 1 || iy <= 1,
							`step ${step}: "${e.label.join(' ')}" (${e.id}) runs over a box`
						).toBe(true);
					}
				}
			}
		}
	);
});
