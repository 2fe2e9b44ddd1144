/**
 * The note page and search (issue 12): every drawn bullet of /ko/note/ and /en/note/ is followed
 * to its node, whose panel must show that passage; the page works without JavaScript and passes
 * axe; the panel links back; search finds nodes, steps and passages in both languages, by keys
 * alone, and loads its index only when opened.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, collectErrors, gotoDiagram, notePanel, waitForHydration } from './helpers';

test.use({ reducedMotion: 'reduce' });

async function noteLinks(page: Page, lang: string) {
	await page.goto(`/${lang}/note/`);
	return page
		.locator('a[data-note-link]')
		.evaluateAll((as) =>
			as.map((a) => ({ key: a.getAttribute('data-note-link')!, href: a.getAttribute('href')! }))
		);
}

for (const lang of LANGS) {
	test(`/${lang}/note/: every bullet link opens a node whose panel shows that passage`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const errors = collectErrors(page);
		const links = await noteLinks(page, lang);
		expect(links.length).toBeGreaterThan(20);
		for (const { key, href } of links) {
			const node = new URL(href, 'http://x').searchParams.get('node')!;
			await gotoDiagram(page, href);
			await expect(notePanel(page), href).toHaveAttribute('data-node', node);
			await expect(notePanel(page).locator(`[data-passage="${key}"]`), href).toBeVisible();
			await expect(page.locator(`svg[data-diagram] [data-node="${node}"]`)).not.toHaveAttribute(
				'aria-hidden',
				'true'
			);
		}
		expect(errors).toEqual([]);
	});

	test(`/${lang}/note/ passes axe`, async ({ page }) => {
		await page.goto(`/${lang}/note/`);
		await page.waitForLoadState('networkidle');
		await page.locator('details.correction').first().locator('summary').click();
		// Only violations are asserted: axe leaves out its lists of passing and inapplicable nodes.
		const results = await new AxeBuilder({ page })
			.options({ resultTypes: ['violations'] })
			.analyze();
		const report = results.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(report, report.join('\n')).toEqual([]);
	});

	test(`${lang}: the panel links back to its passage on the note page`, async ({ page }) => {
		await gotoDiagram(page, `/${lang}/runtime/?node=runc`);
		const back = notePanel(page).locator('a[data-in-note="runc.low-level"]');
		await back.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/note/#runc\\.low-level$`));
		await expect(page.locator('li[id="runc.low-level"]')).toBeInViewport();
	});

	test(`${lang}: / then runc then Enter opens the runc node; the index loads only on use`, async ({
		page
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/search/')) fetched.push(r.url());
		});
		await gotoDiagram(page, `/${lang}/virtualization/`);
		expect(fetched).toEqual([]);
		await page.keyboard.press('/');
		await expect(page.locator('[data-search-input]')).toBeFocused();
		await page.keyboard.type('runc');
		await expect(page.locator('[data-search-hit]').first()).toBeVisible();
		expect(fetched).toEqual([expect.stringMatching(new RegExp(`/search/${lang}\\.json$`))]);
		// The browser built the index from the documents, once (reported, never timed against).
		const built = await page.evaluate(
			(l) => performance.getEntriesByName(`atlas:search-index:${l}`).map((e) => e.duration),
			lang
		);
		expect(built).toHaveLength(1);
		console.log(`search index (${lang}) built in the browser in ${built[0]!.toFixed(0)} ms`);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/runtime/(.+/)?\\?(.*&)?node=runc$`));
		await waitForHydration(page);
		await expect(notePanel(page)).toHaveAttribute('data-node', 'runc');
	});

	test(`${lang}: arrow keys pick a result; Escape closes and returns focus`, async ({ page }) => {
		await gotoDiagram(page, `/${lang}/runtime/`);
		const first = page.locator('svg[data-diagram] [data-node]:not([aria-hidden="true"])').first();
		await first.focus();
		await page.keyboard.press('/');
		const input = page.locator('[data-search-input]');
		await page.keyboard.type('containerd');
		const hits = page.locator('[data-search-hit]');
		await expect(hits.nth(1)).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', 'search-hit-1');
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-search-popup]')).toBeHidden();
		await expect(first).toBeFocused();
		// Focus again (as Tab would): the results come back; ↓ then Enter opens the second.
		await input.focus();
		await expect(hits.nth(1)).toBeVisible();
		const href = await hits.nth(1).getAttribute('data-search-hit');
		await page.keyboard.press('ArrowDown');
		await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?.]/g, '\\$&')}$`));
	});
}

test('ko: particles and compounds: 컨테이너를 finds the container nodes', async ({ page }) => {
	await gotoDiagram(page, '/ko/virtualization/');
	await page.locator('[data-search-input]').fill('컨테이너를');
	const hits = page.locator('[data-search-hit]');
	await expect(hits.first()).toBeVisible();
	const hrefs = await hits.evaluateAll((h) => h.map((e) => e.getAttribute('data-search-hit')));
	// The node named 컨테이너 first, then other container nodes.
	expect(hrefs[0]).toBe('/ko/virtualization/?node=ctr-container');
	expect(hrefs.filter((h) => /node=[^&]*(ctr|container)/.test(h ?? '')).length).toBeGreaterThan(1);
});

test('ko: 네임스페이스 finds the namespaces diagram', async ({ page }) => {
	await gotoDiagram(page, '/ko/runtime/');
	await page.locator('[data-search-input]').fill('네임스페이스');
	await expect(page.locator('[data-search-hit="/ko/namespaces/"]')).toBeVisible();
});

test('en: Korean text pasted on the English page still finds it', async ({ page }) => {
	await gotoDiagram(page, '/en/virtualization/');
	await page.locator('[data-search-input]').fill('저수준');
	const hits = page.locator('[data-search-hit]');
	await expect(hits.first()).toBeVisible();
	const hrefs = await hits.evaluateAll((h) => h.map((e) => e.getAttribute('data-search-hit')));
	expect(hrefs.some((h) => /^\/en\/runtime\//.test(h ?? ''))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const lang of LANGS) {
		test(`/${lang}/note/ shows the note, its links and expandable corrections`, async ({
			page
		}) => {
			await page.goto(`/${lang}/note/`);
			await expect(page.locator('a[data-note-link]').first()).toBeVisible();
			const details = page.locator('details.correction').first();
			await expect(details.locator('p').first()).toBeHidden();
			await details.locator('summary').click();
			await expect(details.locator('p').first()).toBeVisible();
			await expect(page.locator('li[id="runc.low-level"] a[data-note-link]')).toHaveAttribute(
				'href',
				/\/runtime\/.*node=runc$/
			);
		});
	}
});

test('sitemap.xml and robots.txt are served', async ({ request }) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	expect(xml).toContain('/ko/runtime/docker-run/');
	expect(xml).toContain('hreflang="en"');
	expect(await (await request.get('/robots.txt')).text()).toContain('sitemap.xml');
});
