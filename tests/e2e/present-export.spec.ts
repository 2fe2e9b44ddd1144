import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import { readFileSync } from 'node:fs';

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('svg[data-diagram] [data-node][tabindex="0"]')).toHaveCount(1);
	await expect(page.locator('html.restoring')).toHaveCount(0);
}

/** Share and export wait in the Share menu: open it when it is closed. */
async function openMenu(page: Page) {
	const menu = page.locator('[data-share-menu]');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

async function downloadOf(page: Page, selector: string) {
	await openMenu(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(selector).click()
	]);
	return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe('export', () => {
	test('the SVG of a step stands alone: no external requests, no foreignObject, text as text', async ({
		page,
		browser
	}) => {
		await open(page, '/ko/runtime/docker-run/?step=10');
		const { name, body } = await downloadOf(page, '[data-export="svg"]');
		expect(name).toBe('container-atlas-runtime-docker-run-step10-ko.svg');
		const svg = body.toString('utf8');
		expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).not.toContain('foreignObject');
		expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
		expect(svg).not.toMatch(/url\((?!#)/);
		expect(svg).not.toContain('@import');
		expect(svg).toContain('font-family="system-ui');
		expect(svg).toContain('runc');
		expect(svg).toContain('리눅스 커널');

		// Opened on its own, it asks the network for nothing and still draws every shown node.
		const alone = await browser.newPage();
		const requests: string[] = [];
		alone.on('request', (r) => requests.push(r.url()));
		await alone.goto('about:blank');
		await alone.setContent(svg);
		await expect(alone.locator('svg text').first()).toBeVisible();
		expect(await alone.locator('svg rect.box, svg rect').count()).toBeGreaterThan(8);
		expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
		await alone.close();
	});

	test('PNGs are exactly 2× and 3× the SVG size', async ({ page }) => {
		await open(page, '/en/virtualization/');
		const svg = (await downloadOf(page, '[data-export="svg"]')).body.toString('utf8');
		const width = Number(/width="(\d+)"/.exec(svg)![1]);
		const height = Number(/height="(\d+)"/.exec(svg)![1]);
		const two = await downloadOf(page, '[data-export="png2"]');
		const three = await downloadOf(page, '[data-export="png3"]');
		// Opened without a step: the overview, and the file says so.
		expect(two.name).toBe('container-atlas-virtualization-compare-overview-en@2x.png');
		expect(pngSize(two.body)).toEqual({ width: width * 2, height: height * 2 });
		expect(pngSize(three.body)).toEqual({ width: width * 3, height: height * 3 });
	});

	test('exports the finished step even while it is animating', async ({ page }) => {
		await open(page, '/en/virtualization/hosted/?step=1');
		await page.locator('[data-step-next]').click();
		const svg = (await downloadOf(page, '[data-export="svg"]')).body.toString('utf8');
		// Step 2 reveals the host OS: it is in the export at full opacity.
		expect(svg).toMatch(/data-node="hosted-host-os"[^>]*opacity="1"/);
	});

	test('copies a link to the current state and an embed snippet', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/en/runtime/docker-run/?step=7&node=containerd-shim');
		await openMenu(page);
		await page.locator('[data-copy-link]').click();
		await expect(page.locator('.share-status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		await openMenu(page);
		await page.locator('[data-copy-embed]').click();
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/en\/runtime\/docker-run\/\?step=7&node=containerd-shim"/
		);
		expect(snippet).toContain('allowfullscreen');
		expect(snippet).toMatch(/title="[^"]+"/);
	});
});

test.describe('print handout', () => {
	test('every step on its own page, finished, with narration and notes of what it highlights', async ({
		page
	}) => {
		await page.goto('/ko/runtime/docker-run/print/');
		const steps = page.locator('[data-print-step]');
		await expect(steps).toHaveCount(14);
		for (const i of [1, 7, 14]) {
			const section = page.locator(`[data-print-step="${i}"]`);
			await expect(section.locator('svg[data-diagram]')).toHaveAttribute('data-step', String(i));
			await expect(section.locator('.narration')).not.toBeEmpty();
		}
		await expect(page.locator('[data-print-step="1"] .handout-node').first()).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		expect(await steps.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
		await expect(page.locator('.site-head')).toBeHidden();
	});
});

test.describe('presentation mode', () => {
	test('f presents with large captions, clicker keys step, Esc leaves; ? shows the keys', async ({
		page
	}) => {
		await open(page, '/en/virtualization/compare/?step=1');
		const normal = await page
			.locator('[data-narration]')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		await page.keyboard.press('f');
		await expect(page.locator('.diagram-page.presenting')).toHaveCount(1);
		const large = await page
			.locator('[data-narration]')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(large).toBeGreaterThan(normal);
		await page.keyboard.press('PageDown');
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '2');
		await page.keyboard.press('Escape');
		await expect(page.locator('.diagram-page.presenting')).toHaveCount(0);

		await page.keyboard.press('?');
		await expect(page.locator('[data-key-help]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-key-help]')).toBeHidden();
	});

	test('the Present button does the same', async ({ page }) => {
		await open(page, '/ko/runtime/');
		await page.locator('[data-present]').click();
		await expect(page.locator('.diagram-page.presenting')).toHaveCount(1);
		await expect(page.locator('svg[data-diagram]')).toBeInViewport();
	});
});

test.describe('link previews', () => {
	test('each view declares its own Open Graph title, description and a prerendered image', async ({
		page,
		request
	}) => {
		await page.goto('/ko/runtime/process-tree/');
		const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
		expect(await meta('og:title')).toContain('프로세스 트리');
		expect(await meta('og:description')).not.toBe('');
		const image = (await meta('og:image'))!;
		expect(image).toMatch(/\/og\/ko-runtime-process-tree\.png$/);
		const response = await request.get(image);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
});

test('printing a view prints every step on its own page', async ({ page }) => {
	await open(page, '/en/virtualization/hosted/?step=2');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	const steps = page.locator('.print-only [data-print-step]');
	await expect(steps).toHaveCount(5);
	await expect(steps.nth(4).locator('svg[data-diagram]')).toHaveAttribute('data-step', '5');
	await expect(page.locator('.diagram-page')).toBeHidden();
	expect(await steps.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.print-only')).toHaveCount(0);
	await expect(page.locator('.diagram-page svg[data-diagram]')).toHaveAttribute('data-step', '2');
});
