/**
 * A subtitle cut with "…" can be read whole (issue 23), by mouse and by touch (a title attribute
 * shows on neither a touch screen nor to a keyboard): wherever a diagram page's summary is cut,
 * a button opens it whole, on screen, and nothing else on the page moves.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import { DIAGRAMS, LANGS, gotoDiagram, viewPath } from './helpers';

const SIZES = [
	{ width: 1366, height: 768, touch: false },
	{ width: 390, height: 844, touch: true }
];

/** Is the summary's text cut (wider or taller than its box)? */
const isCut = (page: Page) =>
	page
		.locator('[data-summary] > p, .page-head p.summary')
		.first()
		.evaluate((p) => p.scrollWidth > p.clientWidth + 1 || p.scrollHeight > p.clientHeight + 1);

for (const size of SIZES) {
	test.describe(`${size.width}×${size.height}`, () => {
		test.use({
			viewport: { width: size.width, height: size.height },
			hasTouch: size.touch,
			isMobile: size.touch
		});

		test('every cut subtitle opens whole, on screen, moving nothing', async ({ page }) => {
			// Every diagram in both languages: twelve page loads.
			test.setTimeout(120_000);
			let cutCount = 0;
			for (const lang of LANGS) {
				for (const def of DIAGRAMS) {
					await gotoDiagram(page, viewPath(lang, def, def.defaultView));
					if (!(await isCut(page))) continue;
					cutCount++;
					const where = `${lang}/${def.id}`;
					const more = page.locator('[data-summary] button');
					await expect(more, where).toBeVisible();
					const tabs = await page.locator('.view-tabs').boundingBox();
					const figure = await page.locator('#diagram').boundingBox();
					if (size.touch) await more.tap();
					else await more.click();
					await expect(more).toHaveAttribute('aria-expanded', 'true');
					const text = page.locator('[data-summary] > p');
					// Whole: nothing cut, every line inside the screen, its words the summary's.
					await expect.poll(() => isCut(page), where).toBe(false);
					const box = (await text.boundingBox())!;
					expect(box.x, where).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, where).toBeLessThanOrEqual(size.width);
					expect(box.y + box.height, where).toBeLessThanOrEqual(size.height);
					await expect(text).toHaveText(def.summary[lang]);
					expect(await page.locator('.view-tabs').boundingBox(), where).toEqual(tabs);
					expect(await page.locator('#diagram').boundingBox(), where).toEqual(figure);
					// And it closes again.
					if (size.touch) await more.tap();
					else await more.click();
					await expect(more).toHaveAttribute('aria-expanded', 'false');
				}
			}
			// Some subtitle is cut at this size (else this test would prove nothing).
			expect(cutCount).toBeGreaterThan(0);
		});
	});
}
