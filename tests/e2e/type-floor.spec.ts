/**
 * The type floor on laptops (issue 23): at 1366×768 and 1920×1080, for every view of every
 * diagram in the index, at every step (the overview included) and in both languages, every word
 * the diagram shows is drawn at least this large on screen: node labels 13 px; details, badges,
 * edge labels, facts, headings and packet tags 11 px. Rendered size is the computed font size
 * times the <svg>'s scale on screen (getScreenCTM), for every visible <text> line. A view that
 * cannot keep the floor at a size must draw less there, never smaller type.
 *
 * And the picture owns the screen: with no note open, the diagram's frame takes the full width
 * of the stage (no column kept for a panel that says nothing yet).
 *
 * One page load per diagram, language and size; its other views are reached with their tabs and
 * the steps walked with Next (waiting on the drawn view and step, not on time). Failures are
 * collected per size and reported together.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import type { DiagramDef, Lang, ViewDef } from '../../src/lib/content/types';
import { DIAGRAMS, LANGS, viewPath, waitForHydration } from './helpers';

// The settled picture of each step is what is measured: no tweens in between.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

const FLOOR = { label: 13, other: 11 };
const SIZES = [
	[1366, 768],
	[1920, 1080]
] as const;

interface Line {
	kind: string;
	text: string;
	px: number;
}

/**
 * Walks the view from the overview (step 0) to its last step with Next, in the page (one round
 * trip per view: a click and two waits per step from the test took minutes), and gives every
 * visible line of text at each step (dimmed ones too: anything not fully transparent nor hidden)
 * with its rendered size in px and its kind. Each step is measured once it is drawn and a frame
 * has been painted (lines are fitted after a paint).
 */
function walk(page: Page, steps: number): Promise<Line[][]> {
	return page.evaluate(async (steps) => {
		const svg = document.querySelector<SVGSVGElement>('svg[data-diagram]')!;
		const frame = () =>
			new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		const measure = () => {
			const unit = svg.getScreenCTM()!.a;
			const out: Line[] = [];
			for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
				// The halo is the edge label's outline, drawn under it at the same size.
				if (t.classList.contains('edge-halo')) continue;
				if (!t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
				const lines = t.querySelectorAll<SVGTSpanElement>('tspan');
				for (const l of lines.length ? [...lines] : [t]) {
					const text = l.textContent?.trim();
					if (!text) continue;
					const r = l.getBoundingClientRect();
					if (!r.width || !r.height) continue;
					const kind = l.closest('.label')
						? 'label'
						: l.classList[0] || t.classList[0] || t.parentElement?.classList[0] || 'text';
					out.push({ kind, text, px: parseFloat(getComputedStyle(l).fontSize) * unit });
				}
			}
			return out;
		};
		const all: Line[][] = [];
		for (let step = 0; step <= steps; step++) {
			const button =
				step > 0 ? '[data-step-next]' : svg.dataset.step !== '0' && '[data-step-first]';
			if (button) document.querySelector<HTMLButtonElement>(button)!.click();
			for (let i = 0; svg.dataset.step !== String(step); i++) {
				if (i > 300) throw new Error(`step ${step} was not drawn`);
				await frame();
			}
			await frame();
			all.push(measure());
		}
		return all;
	}, steps);
}

for (const [w, h] of SIZES)
	test(`${w}×${h}: labels ≥ ${FLOOR.label} px, other diagram text ≥ ${FLOOR.other} px, every step; the picture takes the stage's width`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: w, height: h });
		const problems: string[] = [];
		const smallest = new Map<string, number>();

		async function checkView(def: DiagramDef, view: ViewDef, lang: Lang) {
			const where = `${lang} ${def.id}/${view.id}`;
			// No note open: no column is kept beside the picture for one (it is centred in the
			// stage's whole width, and nothing else is drawn beside it).
			const [stage, figure, beside] = await page.evaluate(() => [
				...['.stage', '.figure'].map((s) => {
					const r = document.querySelector(s)!.getBoundingClientRect();
					return r.x + r.width / 2;
				}),
				[...document.querySelectorAll('.stage > :not(.figure, script)')].filter((e) =>
					e.checkVisibility()
				).length
			]);
			if (Math.abs(figure - stage) > 2 || beside)
				problems.push(`${where}: the picture does not have the stage to itself`);
			const steps = await walk(page, view.steps.length);
			steps.forEach((lines, step) => {
				for (const l of lines) {
					const floor = l.kind === 'label' ? FLOOR.label : FLOOR.other;
					const key = `${def.id}/${view.id} ${l.kind === 'label' ? 'label' : 'other'}`;
					smallest.set(key, Math.min(smallest.get(key) ?? Infinity, l.px));
					if (l.px < floor - 0.05)
						problems.push(
							`${where} step ${step}: ${l.kind} "${l.text}" is ${l.px.toFixed(1)} px, under ${floor}`
						);
				}
			});
		}

		for (const def of DIAGRAMS)
			for (const lang of LANGS) {
				// Predictions off: the walk clicks Next once per step (a step that asks first would
				// not be drawn); the session keeps it off through the view tabs.
				await page.goto(viewPath(lang, def, def.views[0].id) + '?predict=off');
				await waitForHydration(page);
				for (const [i, view] of def.views.entries()) {
					if (i > 0) await page.locator('[data-view-link]').nth(i).click();
					await page.locator(`svg[data-diagram][data-view="${view.id}"]`).waitFor();
					await checkView(def, view, lang);
				}
			}
		// The smallest sizes, for the record (the failures below say which fall short).
		console.log(
			`${w}×${h} smallest rendered px:\n` +
				[...smallest].map(([k, v]) => `  ${k}: ${v.toFixed(1)}`).join('\n')
		);
		// One line per view, step and kind is enough to find each fault.
		const seen = new Set<string>();
		const first = problems.filter((p) => {
			const key = p.replace(/ ".*$/, '');
			return !seen.has(key) && seen.add(key);
		});
		expect(first).toEqual([]);
	});

/**
 * The note opens over the picture, as a drawer on the side away from its node: opening and
 * closing it moves nothing, keeps the node and the step buttons in sight, and leaves the picture
 * at its size (the type floor above holds with a note open too).
 */
for (const [w, h] of SIZES)
	test(`${w}×${h}: a note opens over the picture, away from its node, moving nothing`, async ({
		page
	}) => {
		await page.setViewportSize({ width: w, height: h });
		await page.goto('/en/virtualization/');
		await waitForHydration(page);
		const rects = () =>
			page.evaluate(() =>
				['.figure', 'svg[data-diagram]', 'figcaption', '.keys-help'].map((s) => {
					const r = document.querySelector(s)!.getBoundingClientRect();
					return [r.x, r.y, r.width, r.height].map(Math.round).join(' ');
				})
			);
		const before = await rects();
		// A node on each side of the picture: the drawer opens on the other.
		for (const id of ['hosted-hardware', 'ctr-engine']) {
			await page.locator(`[data-node="${id}"]`).click();
			const panel = page.locator('[data-note-panel]');
			await expect(panel).toBeVisible();
			expect(await rects()).toEqual(before);
			const seen = await page.evaluate((id) => {
				const visible = (el: Element, box = el) => {
					const r = box.getBoundingClientRect();
					const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
					return !!at && (el === at || el.contains(at));
				};
				const centre = (s: string) => {
					const r = document.querySelector(s)!.getBoundingClientRect();
					return r.x + r.width / 2;
				};
				return {
					// The picture keeps the whole stage: the note takes no column from it.
					centred: Math.abs(centre('.figure') - centre('.stage')) <= 2,
					node: visible(
						document.querySelector(`[data-node="${id}"]`)!,
						document.querySelector(`[data-node="${id}"] rect.box`)!
					),
					buttons: [...document.querySelectorAll('[data-step-next], [data-step-last]')].every((b) =>
						visible(b)
					)
				};
			}, id);
			expect(seen, `${id}: picture centred, node and step buttons in sight`).toEqual({
				centred: true,
				node: true,
				buttons: true
			});
			await page.locator('[data-note-panel] .close').click();
			await expect(panel).toHaveCount(0);
			expect(await rects()).toEqual(before);
		}
	});
