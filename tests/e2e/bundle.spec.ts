/**
 * The JavaScript budget counts honestly (issues 12 and 14): a diagram page left alone requests
 * no script beyond what scripts/bundle-size.mjs counts for it (the modules its HTML preloads and
 * their static imports), and what loads on use (note panel, share menu, key help, print handout,
 * travelling marks) arrives at the first sign of use, not later than it is wanted.
 */
import { test, expect, type Page } from '@playwright/test';
import { pageScripts } from '../../scripts/bundle-size.mjs';
import { collectErrors, gotoDiagram, nodeEl, notePanel } from './helpers';

function scriptsRequested(page: Page): Set<string> {
	const urls = new Set<string>();
	page.on('request', (r) => {
		if (r.resourceType() === 'script' || new URL(r.url()).pathname.endsWith('.js'))
			urls.add(new URL(r.url()).pathname.slice(1));
	});
	return urls;
}

const PAGES = ['en/virtualization/', 'ko/runtime/docker-run/', 'ko/networking/', 'en/layers/'];

for (const path of PAGES) {
	test(`/${path} loads only the scripts bundle-size counts until it is used`, async ({ page }) => {
		const errors = collectErrors(page);
		const requested = scriptsRequested(page);
		await gotoDiagram(page, `/${path}`);
		await page.waitForLoadState('networkidle');
		// An idle page still has nothing new (no idle-time prefetch): once the browser has had
		// idle time, idle callbacks the page queued before have run, and a task later what they
		// requested has been requested.
		await page.evaluate(
			() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve)))
		);
		const counted = new Set<string>(pageScripts(path));
		expect([...requested].filter((u) => !counted.has(u))).toEqual([]);
		expect(requested.size).toBeGreaterThan(3);
		expect(errors).toEqual([]);
	});
}

test('the first pointer movement loads the note panel, so a click opens it at once', async ({
	page
}) => {
	const requested = scriptsRequested(page);
	await gotoDiagram(page, '/en/runtime/');
	await page.waitForLoadState('networkidle');
	const before = requested.size;
	await page.mouse.move(10, 10);
	await page.waitForLoadState('networkidle');
	await expect.poll(() => requested.size).toBeGreaterThan(before);
	await nodeEl(page, 'runc').click();
	await expect(notePanel(page)).toHaveAttribute('data-node', 'runc');
});

test('a link to an open note or a step with packets shows them without any use', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/?node=runc');
	await expect(notePanel(page)).toHaveAttribute('data-node', 'runc');
	await gotoDiagram(page, '/en/networking/?step=3');
	await expect(page.locator('[data-token]').first()).toBeAttached();
});
