/**
 * The JavaScript budget counts honestly (issues 12 and 14): until it is idle, a diagram page
 * requests no script beyond what scripts/bundle-size.mjs counts for it (the modules its HTML
 * preloads and their static imports); what loads on use (note panel, share menu, key help, print
 * handout, travelling marks) arrives at the first sign of use, not later than it is wanted, and
 * the note panel with the view's content once the page is idle (issue 24).
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
	test(`/${path} loads only the scripts bundle-size counts until it is idle`, async ({ page }) => {
		const errors = collectErrors(page);
		const requested = scriptsRequested(page);
		// Idle time never comes while this holds the main thread busy: what loads before it is
		// what the page needs to show and hydrate.
		await page.addInitScript(() => {
			const w = window as unknown as { requestIdleCallback: unknown };
			w.requestIdleCallback = () => 0;
		});
		await gotoDiagram(page, `/${path}`);
		await page.waitForLoadState('networkidle');
		const counted = new Set<string>(pageScripts(path));
		expect([...requested].filter((u) => !counted.has(u))).toEqual([]);
		expect(requested.size).toBeGreaterThan(3);
		expect(errors).toEqual([]);
	});
}

// Once idle, the page fetches the note panel's code and the view's content (issue 24): a click
// that comes first then needs nothing from the network.
test('an idle page has the note panel ready: a first click fetches nothing', async ({ page }) => {
	const requested = scriptsRequested(page);
	const content: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/panel/')) content.push(new URL(r.url()).pathname);
	});
	await gotoDiagram(page, '/en/runtime/');
	await expect.poll(() => content).toEqual(['/panel/en/runtime/architecture.json']);
	await page.waitForLoadState('networkidle');
	const counted = new Set<string>(pageScripts('en/runtime/'));
	expect([...requested].filter((u) => !counted.has(u)).length).toBeGreaterThan(0);
	// From here, whether the panel ever says it is loading.
	await page.evaluate(() => {
		const w = window as unknown as { sawStatus: boolean };
		w.sawStatus = false;
		new MutationObserver(() => {
			if (document.querySelector('[data-panel-status]')) w.sawStatus = true;
		}).observe(document.body, { childList: true, subtree: true });
	});
	// What the first sign of use loads (key help, travelling marks) came at idle too: the click's
	// pointer movement fetches no code while the click is handled.
	const scriptsBefore = requested.size;
	await nodeEl(page, 'runc').click();
	await expect(notePanel(page)).toHaveAttribute('data-node', 'runc');
	await expect(notePanel(page).locator('[data-team-text]')).not.toBeEmpty();
	expect(await page.evaluate(() => (window as unknown as { sawStatus: boolean }).sawStatus)).toBe(
		false
	);
	expect(content).toHaveLength(1);
	expect(requested.size).toBe(scriptsBefore);
});

test('the first pointer movement loads the note panel, so a click opens it at once', async ({
	page
}) => {
	const requested = scriptsRequested(page);
	await page.addInitScript(() => {
		(window as unknown as { requestIdleCallback: unknown }).requestIdleCallback = () => 0;
	});
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
