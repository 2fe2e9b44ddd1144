/**
 * The note panel's content is not in a diagram page's HTML: it is fetched as
 * /panel/{lang}/{diagram}/{view}.json with the panel's code on first use (render/panel.ts). The
 * panel still opens with its full text on a click, on a deep link (site and embed: the picture
 * first, the text when it comes) and after a view change, and says so clearly when the fetch
 * fails, retrying on the next open.
 */
import { test, expect } from '@playwright/test';
import { panelUi } from '../../src/lib/content/ui-panel';
import {
	collectErrors,
	gotoDiagram,
	nodeEl,
	notePanel,
	plain,
	runtime,
	virtualization,
	waitForHydration
} from './helpers';

const about = (def: typeof runtime, id: string, lang: 'ko' | 'en') =>
	plain(def.nodes.find((n) => n.id === id)!.about[lang]);

test('the page has no panel content; a click opens the note with its full text', async ({
	page
}) => {
	const errors = collectErrors(page);
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/panel/') && fetched.push(new URL(r.url()).pathname));
	const html = await (await page.request.get('/en/runtime/docker-run/')).text();
	expect(html).not.toContain(about(runtime, 'dockerd', 'en').slice(0, 60));
	await gotoDiagram(page, '/en/runtime/docker-run/');
	await nodeEl(page, 'dockerd').click();
	const panel = notePanel(page);
	await expect(panel).toHaveAttribute('data-node', 'dockerd');
	await expect(panel.locator('[data-team-text]')).toContainText(about(runtime, 'dockerd', 'en'));
	await expect(panel.locator('blockquote.verbatim[data-passage="dockerd.background"]')).toHaveCount(
		1
	);
	await expect(panel.locator('[data-panel-status]')).toHaveCount(0);
	expect(fetched).toEqual(['/panel/en/runtime/docker-run.json']);
	expect(errors).toEqual([]);
});

// A linker's recipient sees the picture first (issue 24): a deep link's diagram is shown in its
// restored step while the note's content is still on its way; the panel shows the node's name
// at once and fills in when the content comes.
for (const { name, url } of [
	{ name: 'a ?node= deep link', url: '/ko/runtime/docker-run/?step=3&node=dockerd' },
	{ name: 'an embed deep link', url: '/embed/ko/runtime/docker-run/?step=3&node=dockerd' }
])
	test(`${name} shows its picture before the note's content arrives, then the full text`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		let asked = false;
		await page.route('**/panel/**', async (route) => {
			asked = true;
			await held;
			await route.continue();
		});
		await page.goto(url);
		await waitForHydration(page);
		expect(asked).toBe(true);
		const svg = page.locator('svg[data-diagram]');
		await expect(svg).toHaveAttribute('data-step', '3');
		await expect(svg).toBeVisible();
		expect(await svg.evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
		await expect(nodeEl(page, 'dockerd')).toBeVisible();
		const panel = notePanel(page);
		await expect(panel).toHaveAttribute('data-node', 'dockerd');
		await expect(panel.locator('h2')).toHaveText('dockerd');
		await expect(panel.locator('[data-panel-status="loading"]')).toHaveText(
			panelUi.ko.panelLoading
		);
		release();
		await expect(panel.locator('[data-team-text]')).toContainText(about(runtime, 'dockerd', 'ko'));
		await expect(panel.locator('[data-panel-status]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

test('an embed page has no panel content either; a click fetches it, its links open a new tab', async ({
	page
}) => {
	const errors = collectErrors(page);
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/panel/') && fetched.push(new URL(r.url()).pathname));
	const html = await (await page.request.get('/embed/en/runtime/docker-run/')).text();
	expect(html).not.toContain(about(runtime, 'dockerd', 'en').slice(0, 60));
	await page.goto('/embed/en/runtime/docker-run/');
	await waitForHydration(page);
	await nodeEl(page, 'nginx').click();
	const panel = notePanel(page);
	await expect(panel.locator('[data-team-text]')).toContainText(about(runtime, 'nginx', 'en'));
	await expect(panel.locator('a[data-related-link]').first()).toHaveAttribute('target', '_blank');
	expect(fetched).toEqual(['/panel/en/runtime/docker-run.json']);
	expect(errors).toEqual([]);
});

test('after a view change the new view’s content is fetched and shown', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => r.url().includes('/panel/') && fetched.push(new URL(r.url()).pathname));
	await gotoDiagram(page, '/en/virtualization/hosted/');
	await page.mouse.move(5, 5);
	// The first sign of use fetches this view's content; switch once it has (a switch before it
	// rightly skips the old view's, and the test would race the fetch).
	await expect.poll(() => fetched).toContain('/panel/en/virtualization/hosted.json');
	await page.locator('[data-view-link="container"]').click();
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', 'container');
	await nodeEl(page, 'ctr-engine').click();
	const panel = notePanel(page);
	await expect(panel).toHaveAttribute('data-node', 'ctr-engine');
	await expect(panel.locator('[data-team-text]')).toContainText(
		about(virtualization, 'ctr-engine', 'en')
	);
	expect(fetched).toEqual([
		'/panel/en/virtualization/hosted.json',
		'/panel/en/virtualization/container.json'
	]);
});

test('a click before the content has arrived opens the panel, which fills when it comes', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/panel/**', async (route) => {
		await held;
		await route.continue();
	});
	await gotoDiagram(page, '/en/runtime/docker-run/');
	await nodeEl(page, 'dockerd').click();
	const panel = notePanel(page);
	await expect(panel.locator('h2')).toHaveText('dockerd');
	await expect(panel.locator('[data-panel-status="loading"]')).toHaveText(panelUi.en.panelLoading);
	release();
	await expect(panel.locator('[data-team-text]')).toContainText(about(runtime, 'dockerd', 'en'));
	await expect(panel.locator('[data-panel-status]')).toHaveCount(0);
});

test('when the content is missing the panel says so, the page keeps working, a later open retries', async ({
	page
}) => {
	let fail = true;
	await page.route('**/panel/**', (route) =>
		fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()
	);
	await gotoDiagram(page, '/ko/runtime/docker-run/');
	await nodeEl(page, 'dockerd').click();
	const panel = notePanel(page);
	await expect(panel).toHaveAttribute('data-node', 'dockerd');
	await expect(panel.locator('[data-panel-status="failed"]')).toHaveText(panelUi.ko.panelFailed);
	// The page still steps.
	await page.locator('[data-step-next]').click();
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
	fail = false;
	await nodeEl(page, 'dockerd').click(); // closes
	await expect(panel).toHaveCount(0);
	await nodeEl(page, 'dockerd').click(); // opens again: fetches again
	await expect(panel.locator('[data-team-text]')).toContainText(about(runtime, 'dockerd', 'ko'));
});
