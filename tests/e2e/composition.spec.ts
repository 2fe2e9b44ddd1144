/**
 * Each step is composed (issue 23): the camera frames what the step shows. At every step of every
 * view (the overview included), the bounding box of the marks the step shows — nodes' boxes and
 * texts, edges' lines and labels, headings, row labels; dimmed ones included, hidden ones and
 * travelling packets left out — fills at least 60 % of the figure's width or of its height, and is
 * centred in it; and no band across the figure that no shown mark touches is taller (or wider)
 * than a quarter of the figure, so later nodes do not reserve empty rows.
 *
 * The figure is the diagram's <svg> box on the page (what the reader sees as the picture). Marks
 * are measured with getBoundingClientRect once the step is drawn and still; a mark is shown when
 * it is neither transparent nor hidden (checkVisibility), the tests' own reading of "shown".
 *
 * One page load per diagram, language and size; other views by their tabs, steps by Next (in the
 * page, one round trip per view, as type-floor.spec does). Failures are collected per format.
 * COMPOSITION_REPORT=1 prints every step's numbers.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import type { DiagramDef, Lang } from '../../src/lib/content/types';
import { DIAGRAMS, LANGS, viewPath, waitForHydration } from './helpers';

const FILL = 0.6;
const BAND = 0.25;
/** How far off centre the shown marks' box may sit, as a fraction of the figure's size. */
const OFF_CENTRE = 0.05;
const REPORT = !!process.env.COMPOSITION_REPORT;

export interface Composed {
	step: number;
	/** The shown marks' box over the figure's: width and height fractions. */
	fillW: number;
	fillH: number;
	/** Centre offsets over the figure's size. */
	offX: number;
	offY: number;
	/**
	 * The widest empty band across the figure between two shown marks, over the figure's height
	 * (a band of rows) and width (of columns); and the wider margin (a band at the figure's edge).
	 */
	bandH: number;
	bandW: number;
	marginH: number;
	marginW: number;
	marks: number;
	/** The figure's size and the Next button's top, px: neither may change from step to step. */
	figure: { w: number; h: number };
	nextTop: number;
}

/**
 * Walks the view open in `page` from the overview to its last step with Next (in the page: one
 * round trip per view) and measures each step once drawn and still.
 */
function walk(page: Page, steps: number): Promise<Composed[]> {
	return page.evaluate(async (steps) => {
		const svg = document.querySelector<SVGSVGElement>('svg[data-diagram]')!;
		const frame = () =>
			new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		const still = async () => {
			for (let i = 0; i < 400; i++) {
				await frame();
				if (
					document
						.getAnimations()
						.every((a) => a.playState === 'finished' || a.playState === 'idle')
				)
					return;
			}
		};
		const measure = (step: number) => {
			const f = svg.getBoundingClientRect();
			const rects: DOMRect[] = [];
			const marks = svg.querySelectorAll<SVGGraphicsElement>(
				'rect.box, .node text, .edge path.line, .edge text.edge-label, .group-header text, text.row-label'
			);
			for (const el of marks) {
				if (el.closest('.tokens')) continue;
				if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
				if (el instanceof SVGTextElement && !el.textContent?.trim()) continue;
				const r = el.getBoundingClientRect();
				if (!r.width && !r.height) continue;
				rects.push(r);
			}
			// Clipped to the figure: what lies outside is not seen.
			const clip = (a: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, a));
			const spans = (axis: 'x' | 'y') => {
				const [lo, size] = axis === 'x' ? [f.x, f.width] : [f.y, f.height];
				return rects
					.map((r) => {
						const [a, b] = axis === 'x' ? [r.left, r.right] : [r.top, r.bottom];
						return [clip(a, lo, lo + size), clip(b, lo, lo + size)] as [number, number];
					})
					.sort((p, q) => p[0] - q[0]);
			};
			// The widest gap between two marks, and the wider of the two margins.
			const band = (axis: 'x' | 'y') => {
				const [lo, size] = axis === 'x' ? [f.x, f.width] : [f.y, f.height];
				const all = spans(axis);
				let reach = all.length ? all[0][1] : lo;
				let inner = 0;
				for (const [a, b] of all.slice(1)) {
					inner = Math.max(inner, a - reach);
					reach = Math.max(reach, b);
				}
				const outer = Math.max(all.length ? all[0][0] - lo : size, lo + size - reach);
				return { inner: inner / size, outer: outer / size };
			};
			const xs = spans('x');
			const ys = spans('y');
			const x0 = Math.min(...xs.map((s) => s[0]));
			const x1 = Math.max(...xs.map((s) => s[1]));
			const y0 = Math.min(...ys.map((s) => s[0]));
			const y1 = Math.max(...ys.map((s) => s[1]));
			return {
				step,
				fillW: (x1 - x0) / f.width,
				fillH: (y1 - y0) / f.height,
				offX: (x0 + x1 - 2 * f.x - f.width) / 2 / f.width,
				offY: (y0 + y1 - 2 * f.y - f.height) / 2 / f.height,
				bandH: band('y').inner,
				bandW: band('x').inner,
				marginH: band('y').outer,
				marginW: band('x').outer,
				marks: rects.length,
				figure: { w: f.width, h: f.height },
				nextTop: document.querySelector('[data-step-next]')!.getBoundingClientRect().top
			};
		};
		const out = [];
		for (let step = 0; step <= steps; step++) {
			const button =
				step > 0 ? '[data-step-next]' : svg.dataset.step !== '0' && '[data-step-first]';
			if (button) document.querySelector<HTMLButtonElement>(button)!.click();
			for (let i = 0; svg.dataset.step !== String(step); i++) {
				if (i > 300) throw new Error(`step ${step} was not drawn`);
				await frame();
			}
			await still();
			// The caption is measured a frame late (sizeNextFrame): a resize would show by now.
			await frame();
			await frame();
			out.push(measure(step));
		}
		return out;
	}, steps);
}

const pct = (v: number) => `${Math.round(v * 100)} %`;

/**
 * What is wrong with one step's composition, if anything. A band between marks is never wider
 * than a quarter of the figure. A margin may be only where the step's shape cannot fill both
 * ways: the marks fill at least LETTERBOX of the figure the other way and sit centred (one row of
 * boxes in a wide frame is letterboxed, as a film is; its margins are not rows kept for later).
 */
const LETTERBOX = 0.75;
function faults(c: Composed): string[] {
	const out: string[] = [];
	if (!c.marks) return ['shows nothing'];
	if (c.fillW < FILL && c.fillH < FILL)
		out.push(`fills ${pct(c.fillW)} of the width and ${pct(c.fillH)} of the height`);
	if (Math.abs(c.offX) > OFF_CENTRE || Math.abs(c.offY) > OFF_CENTRE)
		out.push(`off centre by ${pct(c.offX)} across, ${pct(c.offY)} down`);
	if (c.bandH > BAND) out.push(`an empty band ${pct(c.bandH)} of the height between marks`);
	if (c.bandW > BAND) out.push(`an empty band ${pct(c.bandW)} of the width between marks`);
	if (c.marginH > BAND && c.fillW < LETTERBOX)
		out.push(`an empty margin ${pct(c.marginH)} of the height`);
	if (c.marginW > BAND && c.fillH < LETTERBOX)
		out.push(`an empty margin ${pct(c.marginW)} of the width`);
	return out;
}

const line = (where: string, c: Composed) =>
	`${where} step ${c.step}: fill ${pct(c.fillW)} × ${pct(c.fillH)}, off ${pct(c.offX)} ${pct(c.offY)}, band ${pct(c.bandH)} ↕ ${pct(c.bandW)} ↔, margin ${pct(c.marginH)} ↕ ${pct(c.marginW)} ↔`;

/** Checks every view of `def` (or those listed) from the page open on its first view. */
async function checkDiagram(
	page: Page,
	def: DiagramDef,
	lang: Lang,
	format: string,
	problems: string[],
	views = def.views.map((v) => v.id)
) {
	for (const [i, view] of def.views.entries()) {
		if (!views.includes(view.id)) continue;
		if ((await page.locator('svg[data-diagram]').getAttribute('data-view')) !== view.id)
			await page.locator('[data-view-link]').nth(i).click();
		await page.locator(`svg[data-diagram][data-view="${view.id}"]`).waitFor();
		const where = `${format} ${lang} ${def.id}/${view.id}`;
		const steps = await walk(page, view.steps.length);
		for (const c of steps) {
			if (REPORT) console.log(line(where, c));
			for (const f of faults(c)) problems.push(`${where} step ${c.step}: ${f}`);
			// Nothing jumps: the picture keeps its size and the step buttons their place (a
			// longer narration once shrank the picture and moved Next under the pointer).
			const [a, b] = [steps[0].figure, c.figure];
			if (Math.abs(a.w - b.w) > 1 || Math.abs(a.h - b.h) > 1)
				problems.push(
					`${where} step ${c.step}: the picture is ${Math.round(b.w)}×${Math.round(b.h)}, ${Math.round(a.w)}×${Math.round(a.h)} at the overview`
				);
			// (On a phone the buttons ride on the narration at the foot of the screen, which grows
			// with it: the page scrolls there, and no room is kept.)
			if (format !== '390×844' && Math.abs(c.nextTop - steps[0].nextTop) > 1)
				problems.push(`${where} step ${c.step}: the step buttons moved`);
		}
	}
}

// The settled picture of each step is what is measured.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

/** Only the first fault of each view and kind: enough to find it, short enough to read. */
function firstOfEach(problems: string[]): string[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = p.replace(/ step \d+: (\D*).*$/, ' $1');
		return !seen.has(key) && seen.add(key);
	});
}

for (const [w, h] of [
	[1366, 768],
	[1920, 1080]
] as const)
	test(`${w}×${h}: every step of every view fills its figure, centred, with no empty band`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: w, height: h });
		const problems: string[] = [];
		for (const def of DIAGRAMS)
			for (const lang of LANGS) {
				await page.goto(viewPath(lang, def, def.views[0].id) + '?predict=off');
				await waitForHydration(page);
				await checkDiagram(page, def, lang, `${w}×${h}`, problems);
			}
		expect(firstOfEach(problems)).toEqual([]);
	});

/** The views the small formats are held to: the runtime's pipeline and the layers' refinement. */
const SMALL = DIAGRAMS.filter((d) => d.id === 'runtime' || d.id === 'layers');

test('390×844 phone: every step of the runtime and layers views is composed', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const problems: string[] = [];
	for (const def of SMALL) {
		await page.goto(viewPath('en', def, def.views[0].id) + '?predict=off');
		await waitForHydration(page);
		await checkDiagram(page, def, 'en', '390×844', problems);
	}
	expect(firstOfEach(problems)).toEqual([]);
});

test('480×270 embed: every step of the runtime and layers views is composed', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 480, height: 270 });
	const problems: string[] = [];
	for (const def of SMALL)
		for (const view of def.views) {
			await page.goto(`/embed/en/${def.id}/${view.id}/?predict=off`);
			await waitForHydration(page);
			await checkDiagram(page, def, 'en', '480×270 embed', problems, [view.id]);
		}
	expect(firstOfEach(problems)).toEqual([]);
});

test('present mode at 1280×720: every step of the runtime and layers views is composed', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	const problems: string[] = [];
	// One load per view: the view tabs are not part of a slide.
	for (const def of SMALL)
		for (const view of def.views) {
			await page.goto(viewPath('en', def, view.id) + '?predict=off');
			await waitForHydration(page);
			await page.keyboard.press('f');
			await expect(page.locator('.diagram-page.presenting')).toHaveCount(1);
			await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
			await checkDiagram(page, def, 'en', 'present 1280×720', problems, [view.id]);
			await page.keyboard.press('Escape');
		}
	expect(firstOfEach(problems)).toEqual([]);
});

// Continuous: a step that gives rows back moves the picture there, frame by frame. At docker-run
// 6 → 7 the shim's row opens between containerd and the kernel, and the camera zooms out to hold
// it: the room between containerd and the kernel grows frame by frame, it does not jump. (motion.spec guards the camera's
// transform and the tweens themselves.)
test.describe('moving between steps', () => {
	test('1366×768: the shim’s row opens smoothly at docker-run 6 → 7', async ({ page }) => {
		// Motion on (the file's other tests measure settled steps).
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto('/en/runtime/docker-run/?step=6&predict=off');
		await waitForHydration(page);
		// A pointer over the page loads the camera's code, as before any click (lazy.svelte.ts).
		await page.mouse.move(10, 10);
		await page.waitForLoadState('networkidle');
		// The room between containerd and the kernel, on screen: where the shim's row opens.
		const ys = await page.evaluate(async () => {
			const box = (id: string) =>
				document.querySelector(`[data-node="${id}"] rect.box`)!.getBoundingClientRect();
			const at = () => box('kernel').top - box('containerd').bottom;
			const out = [at()];
			document.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
			const end = performance.now() + 1500;
			while (performance.now() < end) {
				await new Promise((r) => requestAnimationFrame(r));
				out.push(at());
			}
			return out;
		});
		const [start, last] = [ys[0], ys.at(-1)!];
		const total = Math.abs(last - start);
		// The move is real: the row opens by much more than a gap.
		expect(last - start).toBeGreaterThan(40);
		// No frame takes it more than half the way at once, and it passes through several places.
		for (let i = 1; i < ys.length; i++)
			expect(Math.abs(ys[i] - ys[i - 1]), `frame ${i}: ${ys.join(', ')}`).toBeLessThan(total / 2);
		const between = ys.filter((y) => Math.abs(y - start) > 2 && Math.abs(y - last) > 2);
		expect(new Set(between.map(Math.round)).size).toBeGreaterThanOrEqual(3);
	});
});
