// A page draws its diagram from the placements the build sends with it (server/loadView.ts,
// layout/place.ts), rounded to keep the page small, so that no layout kind ships to the browser.
// These must give the scene the layout kinds' own placements give, in every view, step and format.
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { LANGS } from '../../src/lib/content/types';
import { loadPage } from '../../src/lib/server/loadView';
import { localize } from '../../src/lib/content/page';
import { buildScene } from '../../src/lib/layout/scene';
import { FORMATS, placeView } from '../../src/lib/layout/place';
import { groupHeading } from '../../src/lib/layout/headings';

const NUM = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;
/** Equal up to half a unit in every number, path data included (the placements are rounded to 1/8). */
function close(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 0.5;
	if (typeof a === 'string' && typeof b === 'string') {
		const na = a.match(NUM) ?? [];
		const nb = b.match(NUM) ?? [];
		return (
			a.replace(NUM, '#') === b.replace(NUM, '#') &&
			na.every((x, i) => Math.abs(Number(x) - Number(nb[i])) <= 0.5)
		);
	}
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => close(x, b[i]));
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
		const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
		return (
			ka.length === kb.length &&
			ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
		);
	}
	return a === b;
}

describe('placements sent with a page', () => {
	for (const def of diagrams)
		for (const view of def.views)
			it(`${def.id}/${view.id} draws as the layout kinds place it`, () => {
				for (const lang of LANGS) {
					const page = loadPage({ lang, diagram: def.id, view: view.id }).def;
					// The layout kinds' placements as they are (unrounded), for the page's language.
					const placed = Object.fromEntries(
						FORMATS.map((f) => {
							const p = placeView(def, view, f, [lang]);
							const heading = (g: { id: string; w: number }) => {
								const { title, noteName, scale } = groupHeading(
									def.groups.find((x) => x.id === g.id)!,
									g.w,
									f,
									lang
								);
								return [g.id, { title, noteName, scale }];
							};
							// Where packet tags stop is decided from the page's own scenes (layout/tags.ts,
							// tags.test.ts): the page's, as it is.
							const tags = page.placed[view.id]?.[f]?.tags;
							return [
								f,
								{ ...p, headings: Object.fromEntries(p.groups.map(heading)), ...(tags && { tags }) }
							];
						})
					);
					const whole = localize(def, lang, { [view.id]: placed });
					// Without placements a browser cannot draw: the data must hold every format.
					for (const format of FORMATS) expect(page.placed?.[view.id]?.[format]).toBeTruthy();
					for (const format of FORMATS)
						for (let step = 0; step <= view.steps.length; step++) {
							// What the page would draw with unrounded placements, from its one-language data.
							// The page draws only its view's nodes and edges: the rest of the scene is theirs.
							const full = buildScene(whole, view.id, step, format);
							const nodes = new Set(page.nodes.map((n) => n.id));
							const edges = new Set(page.edges.map((e) => e.id));
							// Arrow-key targets derive from the rects compared here; where two nodes are
							// equally near, rounding may break the tie either way.
							const { near: _fullNear, ...rest } = full;
							const want = {
								...rest,
								nodes: full.nodes.filter((n) => nodes.has(n.id)),
								edges: full.edges.filter((e) => edges.has(e.id))
							};
							const { near: _near, ...got } = buildScene(page, view.id, step, format);
							// toEqual shows where they differ (by more than rounding) if they do.
							if (!close(got, want)) expect(got, `${format} step ${step} ${lang}`).toEqual(want);
						}
				}
			});
});
