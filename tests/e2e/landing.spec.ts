/**
 * The landing page gives a first step (issue 23): at 1366×768 and on a 390×844 phone, the first
 * screen of `/` and of each gallery shows what this is (one sentence), the language choice, the
 * search box and a "Start here" link into the first view of the note's order; each page is in one
 * language (the other is a link), and the gallery's grid has no holes.
 */
import { type Page, type Locator } from '@playwright/test';
import { test, expect } from './shared-page';
import { DIAGRAMS, LANGS, findView, viewPath, waitForHydration } from './helpers';
import { NOTE_ORDER } from '../../src/lib/content/catalog';
import { pagesUi } from '../../src/lib/content/ui-pages';
import type { Lang } from '../../src/lib/content/types';

const SIZES = [
	{ name: 'laptop', width: 1366, height: 768 },
	{ name: 'phone', width: 390, height: 844 }
];
/** Each page and the language it is in: the landing page is the English one. */
const PAGES: { path: string; lang: Lang }[] = [
	{ path: '/', lang: 'en' },
	...LANGS.map((lang) => ({ path: `/${lang}/`, lang }))
];

/** The note's first diagram, and its first view: where a newcomer starts. */
const firstDef = DIAGRAMS.find((d) => d.id === NOTE_ORDER[0])!;
const firstView = firstDef.views[0];

async function aboveTheFold(page: Page, el: Locator) {
	await expect(el).toBeVisible();
	const box = (await el.boundingBox())!;
	const vh = page.viewportSize()!.height;
	expect(box.y, 'starts on the first screen').toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, 'ends on the first screen').toBeLessThanOrEqual(vh);
}

for (const size of SIZES) {
	test.describe(`${size.name} ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		for (const { path, lang } of PAGES) {
			const other = LANGS.find((l) => l !== lang)!;

			test(`${path}: what this is, the language choice, search and Start here are on the first screen`, async ({
				page
			}) => {
				await page.goto(path);
				const h1 = page.locator('main h1');
				await aboveTheFold(page, h1);
				// One sentence: a single full stop, at its end.
				const sentence = (await h1.innerText()).trim();
				expect(sentence.match(/[.。]/g) ?? []).toHaveLength(1);
				expect(sentence).toMatch(/[.。]$/);
				await aboveTheFold(page, page.locator(`main a[href="/${other}/"][hreflang="${other}"]`));
				await aboveTheFold(page, page.locator('[data-search-input]'));
				const start = page.locator(`main a[href="${viewPath(lang, firstDef, firstView.id)}"]`, {
					hasText: pagesUi[lang].startHere
				});
				await aboveTheFold(page, start);
			});

			test(`${path}: one language, and a grid without holes`, async ({ page }) => {
				await page.goto(path);
				// Links into the other language: only the page in that language.
				const intoOther = await page
					.locator(`main a[href^="/${other}/"]`)
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(intoOther).toEqual([`/${other}/`]);
				await expect(page.locator('[data-gallery-card]')).toHaveCount(DIAGRAMS.length);
				// Every row of cards spans the grid, edge to edge.
				const rows = await page.locator('ul.cards').evaluate((grid) => {
					const g = grid.getBoundingClientRect();
					const byRow = new Map<number, DOMRect[]>();
					for (const li of grid.querySelectorAll(':scope > li')) {
						const r = li.getBoundingClientRect();
						const key = Math.round(r.top);
						byRow.set(key, [...(byRow.get(key) ?? []), r]);
					}
					return [...byRow.values()].map((rs) => ({
						left: Math.min(...rs.map((r) => r.left)) - g.left,
						right: g.right - Math.max(...rs.map((r) => r.right))
					}));
				});
				for (const row of rows) {
					expect(Math.abs(row.left)).toBeLessThan(2);
					expect(Math.abs(row.right)).toBeLessThan(2);
				}
			});
		}
	});
}

test('Start here opens the first view of the note, in the page language', async ({ page }) => {
	await page.goto('/ko/');
	await page.locator('main a', { hasText: pagesUi.ko.startHere }).click();
	await waitForHydration(page);
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-diagram', firstDef.id);
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute(
		'data-view',
		findView(firstDef, firstView.id).id
	);
	expect(new URL(page.url()).pathname).toBe(viewPath('ko', firstDef, firstView.id));
});
