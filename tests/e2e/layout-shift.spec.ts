/**
 * No page moves while it loads and hydrates (CLS 0 on a cold load), on desktops and phones.
 *
 * - Desktop diagram pages: the prerendered figure is fitted before the first paint by
 *   render/fitFigure.js with DiagramPage's own numbers, so the size the app computes afterwards
 *   is the size it already has. If the two drift apart (a constant changed on one side only),
 *   the caption and the keys line jump.
 * - Phones: the app draws the narrow format only once mounted, over the wide drawing the page was
 *   prerendered with; fitFigure.js gives the <svg> the narrow drawing's height first. Without it
 *   the diagram grows by 200–300 px (0.1–0.16).
 * - The header: the search box is prerendered at its hydrated size (it used to appear on mount:
 *   0.002 on desktop, 0.05 at 360 px where it takes a row of its own).
 * - ?step= / ?node= links: the figure and the keys line stay hidden until the app has applied
 *   them, so the overview's caption, a taller step or an opened note panel move nothing shown.
 * - Parsing: a browser may paint a page it is still parsing. Under load (two workers on two
 *   cores) Chromium painted the header with an empty language switch, or the share bar without
 *   its status line, and the rest of the page then moved them (0.00004–0.002, one load in
 *   fifty). src/app.html's `<link rel="expect" href="#fit-figure" blocking="render">` holds the
 *   first frame until the figure's fit script (DiagramPage) has been parsed, and so has run:
 *   the header, the share bar and the figure are whole by then. A page without it (the landing
 *   page, the note, an embed) waits for the end of parsing. Waiting for the end on diagram pages
 *   too ("#top") cost 30–80 ms of first paint at 1× CPU: the page's hydration then ran before
 *   it (one bench run, 3 rounds). Browsers without rel=expect ignore it.
 */
import { test, expect, type Page } from '@playwright/test';
import { DIAGRAMS, LANGS, gotoDiagram, shownIds, viewPath } from './helpers';

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 },
	{ width: 390, height: 844 },
	{ width: 360, height: 740 }
];

type Shift = { take: () => number };

/** A page that sums layout shifts (without recent input) from the first byte of each load. */
async function shiftPage(
	browser: import('@playwright/test').Browser,
	viewport: { width: number; height: number }
): Promise<Page> {
	const page = await browser.newPage({ viewport });
	// takeRecords() hands over any shift the observer has not delivered yet, so nothing is read
	// before it is counted.
	await page.addInitScript(() => {
		const shift = { sum: 0, take: () => shift.sum };
		const add = (entries: PerformanceEntryList) => {
			for (const e of entries as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!e.hadRecentInput) shift.sum += e.value;
		};
		const observer = new PerformanceObserver((list) => add(list.getEntries()));
		observer.observe({ type: 'layout-shift', buffered: true });
		shift.take = () => (add(observer.takeRecords()), shift.sum);
		(window as unknown as { __shift: Shift }).__shift = shift;
	});
	return page;
}

/** The shifts of this load so far, after two more frames (whatever hydration changed is drawn). */
async function shiftOf(page: Page): Promise<number> {
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	return page.evaluate(() => (window as unknown as { __shift: Shift }).__shift.take());
}

/** A deep link into each diagram's default view: step 2 with a node of it open. */
function deepLinks(lang: (typeof LANGS)[number]): string[] {
	return DIAGRAMS.map((def) => {
		const step = Math.min(2, def.views.find((v) => v.id === def.defaultView)!.steps.length);
		const node = shownIds(def, def.defaultView, step)[0];
		return `${viewPath(lang, def, def.defaultView)}?step=${step}&node=${node}`;
	});
}

const report = (shifts: string[]) => `layout shift on load:\n${shifts.join('\n')}`;

for (const viewport of SIZES) {
	const size = `${viewport.width}×${viewport.height}`;
	const phone = viewport.width <= 640;

	test(`${size}: no layout shift while a diagram page loads and hydrates`, async ({ browser }) => {
		// A page load per diagram and deep link, both languages: about half the default 30 s
		// when the machine is idle, so a loaded one needs room.
		test.setTimeout(90_000);
		const page = await shiftPage(browser, viewport);
		const shifts: string[] = [];
		for (const lang of LANGS) {
			const paths = DIAGRAMS.map((def) => `/${lang}/${def.id}/`);
			// Deep links at one desktop and one phone size: they take the longest to settle.
			if (viewport.width === 1366 || viewport.width === 390) paths.push(...deepLinks(lang));
			for (const path of paths) {
				await gotoDiagram(page, path);
				const total = await shiftOf(page);
				if (total > 0) shifts.push(`${path}: ${total.toFixed(4)}`);
			}
		}
		expect(shifts, report(shifts)).toEqual([]);
		if (phone)
			// The page did draw the phone format (else this test would prove nothing about it).
			await expect(page.locator('svg[data-diagram]')).toHaveClass(/format-narrow/);
		await page.close();
	});

	test(`${size}: no layout shift while the landing, gallery and note pages load`, async ({
		browser
	}) => {
		const page = await shiftPage(browser, viewport);
		const shifts: string[] = [];
		for (const path of ['/', ...LANGS.flatMap((l) => [`/${l}/`, `/${l}/note/`])]) {
			await page.goto(path);
			// SvelteKit's root layout adds its route announcer once mounted: hydration is done.
			await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
			const total = await shiftOf(page);
			if (total > 0) shifts.push(`${path}: ${total.toFixed(4)}`);
		}
		expect(shifts, report(shifts)).toEqual([]);
		await page.close();
	});
}
