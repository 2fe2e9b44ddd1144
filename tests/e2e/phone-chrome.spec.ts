/**
 * Phones (390×844, issue 23): the current view's tab is on screen, search results stay inside
 * the viewport, and the note's bottom sheet takes at most half the screen, keeps its close button
 * in sight while its text scrolls, and leaves the selected node visible above it.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import { gotoDiagram, nodeEl, notePanel, viewPath, DIAGRAMS } from './helpers';

const W = 390;
const H = 844;
test.use({ viewport: { width: W, height: H }, hasTouch: true, isMobile: true });

/** Views whose tab sat far right of a 390 px screen: the last of each diagram with many views. */
const LAST_TABS = DIAGRAMS.filter((d) => d.views.length >= 4).map((d) => ({
	def: d,
	view: d.views[d.views.length - 1].id
}));

async function inViewport(page: Page, selector: string) {
	const box = (await page.locator(selector).first().boundingBox())!;
	expect(box, selector).not.toBeNull();
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(W);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(H);
}

for (const { def, view } of LAST_TABS) {
	test(`the current tab is on screen: ${def.id}/${view}`, async ({ page }) => {
		await gotoDiagram(page, viewPath('en', def, view));
		const tab = page.locator('[data-view-link][aria-current="page"]');
		await expect(tab).toHaveAttribute('data-view-link', view);
		await inViewport(page, '[data-view-link][aria-current="page"]');
	});
}

test('after a view change the new current tab is on screen', async ({ page }) => {
	const def = LAST_TABS[0].def;
	await gotoDiagram(page, viewPath('en', def, def.views[0].id));
	const last = def.views[def.views.length - 1].id;
	await page.locator(`[data-view-link="${last}"]`).evaluate((a: HTMLElement) => a.click());
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', last);
	await expect
		.poll(async () => {
			const b = (await page.locator('[data-view-link][aria-current="page"]').boundingBox())!;
			return b.x >= 0 && b.x + b.width <= W;
		})
		.toBe(true);
});

for (const [lang, query] of [
	['ko', '네임스페이스'],
	['en', 'namespace']
] as const) {
	test(`search results stay inside the screen (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		const input = page.locator('[data-search-input]');
		await input.tap();
		await input.fill(query);
		await expect(page.locator('[data-search-hit]').first()).toBeVisible();
		await inViewport(page, '[data-search-popup]');
	});
}

test('the note sheet: half the screen at most, close button always in sight, node above it', async ({
	page
}) => {
	await gotoDiagram(page, '/en/virtualization/compare/?node=ctr-engine');
	const sheet = notePanel(page);
	await expect(sheet).toBeVisible();
	const box = (await sheet.boundingBox())!;
	expect(box.height).toBeLessThanOrEqual(H / 2);
	expect(box.y + box.height).toBeLessThanOrEqual(H);

	// The selected node: on screen, above the sheet, and what is drawn at its centre.
	const node = nodeEl(page, 'ctr-engine');
	await expect
		.poll(async () => {
			const n = (await node.boundingBox())!;
			const s = (await sheet.boundingBox())!;
			return n.y >= 0 && n.y + n.height <= s.y;
		})
		.toBe(true);
	const hit = await node.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
	});
	expect(hit).toBe(true);

	// Scrolled to its end, the sheet still shows its close button, and a tap closes it.
	await sheet.evaluate((s) => (s.scrollTop = s.scrollHeight));
	const close = sheet.getByRole('button', { name: /close/i });
	const onTop = await close.evaluate((b) => {
		const r = b.getBoundingClientRect();
		return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
	});
	expect(onTop).toBe(true);
	await close.tap();
	await expect(sheet).toHaveCount(0);
});
