/**
 * What the open web throws at the site (issue 15): malformed percent-encoding, huge numbers,
 * repeated parameters, framing by other sites, a 404 served anywhere, and a strict CSP on every
 * page. Each test here failed before the fix it guards.
 */
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { inlineScript } from '../../scripts/inline-script.mjs';
import { catalog } from '../../src/lib/content/catalog';
import { ui } from '../../src/lib/content/ui';
import { pagesUi } from '../../src/lib/content/ui-pages';
import { LANGS } from '../../src/lib/content/types';
import { viewPath as appViewPath } from '../../src/lib/state/url';
import { builtPages, readPage } from './built';
import {
	collectErrors,
	expectStep,
	expectUrl,
	findView,
	gotoDiagram,
	notePanel,
	runtime,
	virtualization
} from './helpers';

const PORT = Number(process.env.E2E_PORT ?? 5199);
const HOST = `http://127.0.0.1:${PORT - 1}/tests/e2e/fixtures/host.html`;
const APP = `http://127.0.0.1:${PORT}`;
/** scripts/build-base.mjs: the same site under a base path, served on PORT + 1. */
const BASE = '/atlas';
const BASED = `http://127.0.0.1:${PORT + 1}`;
/** What Chromium shows in a frame whose page refuses to be framed. */
const BLOCKED_FRAME = 'chrome-error://chromewebdata/';

/** Every view link the 404 page must carry, from the diagrams index. */
const allViewLinks = (base: string) =>
	LANGS.flatMap((lang) =>
		catalog.flatMap((d) => d.views.map((v) => appViewPath(base, lang, d, v.id)))
	);

/**
 * The page has finished loading (its deferred scripts, static/not-found.js on the 404 page, have
 * run) and the browser has had idle time after: a reload it was going to make has begun by then.
 */
async function settledPage(page: Page) {
	await page.waitForFunction(() => document.readyState === 'complete');
	await page.evaluate(
		() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve)))
	);
	await page.waitForLoadState('networkidle');
}

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('malformed percent-encoding', () => {
	test('in the path: the 404 page, not a blank one', async ({ page }) => {
		// The page's own 404 status is logged by the browser; nothing else may be.
		const errors = collectErrors(page, [/status of 404/]);
		const response = await page.goto('/%E0%A4%A/virtualization/hosted/print/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('section.not-found h1')).toHaveText(
			`404 · ${pagesUi.en.notFoundTitle}`
		);
		await expect(page.locator('section.not-found ul.view-list a')).toHaveCount(
			allViewLinks('').length
		);
		expect(errors).toEqual([]);
	});

	test('in the fragment of a real page: the app still starts', async ({ page }) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, '/en/runtime/docker-run/?step=3#%E0%A4%A');
		await expectStep(page, runtime, 'docker-run', 3, 'en');
		expect(errors).toEqual([]);
	});

	test('in the query: read as text, dropped with a notice', async ({ page }) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, '/en/runtime/?node=%E0%A4%A&step=%ZZ');
		await expect(page.locator('li[data-notice-kind]')).toHaveCount(2);
		await expectUrl(page, '/en/runtime/');
		expect(errors).toEqual([]);
	});
});

test.describe('numbers of any size', () => {
	test('a huge step opens the last step, not the first', async ({ page }) => {
		const steps = findView(virtualization, 'hosted').steps.length;
		await gotoDiagram(page, '/en/virtualization/hosted/?step=99999999999');
		await expectStep(page, virtualization, 'hosted', steps, 'en');
		await expectUrl(page, `/en/virtualization/hosted/?step=${steps}`);
	});

	test("an embed's huge from/to clamp to the last step", async ({ page }) => {
		const steps = findView(runtime, 'docker-run').steps.length;
		await page.goto('/embed/en/runtime/docker-run/?from=99999999999&to=' + '9'.repeat(30));
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', String(steps));
		await expectUrl(page, `/embed/en/runtime/docker-run/?from=${steps}`);
	});
});

test.describe('canonical URLs', () => {
	test('repeated, unknown and empty parameters leave the address bar', async ({ page }) => {
		await gotoDiagram(
			page,
			'/en/runtime/docker-run/?step=2&node=dockerd&step=6&node=containerd&utm_source=x&empty='
		);
		await expectStep(page, runtime, 'docker-run', 2, 'en');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await expectUrl(page, '/en/runtime/docker-run/?step=2&node=dockerd');
		// Nothing was wrong with the values shown, so there is nothing to tell.
		await expect(page.locator('[data-notice]')).toHaveCount(0);
	});

	test('an embed keeps its own options, once each, in canonical order', async ({ page }) => {
		await page.goto('/embed/en/runtime/docker-run/?theme=dark&x=1&step=3&theme=light&step=4&to=9');
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '3');
		await expectUrl(page, '/embed/en/runtime/docker-run/?step=3&theme=dark&to=9');
	});
});

test.describe('framing', () => {
	async function framed(page: Page, path: string) {
		await page.goto(`${HOST}?src=${encodeURIComponent(APP + path)}`);
		const frame = page.frameLocator('#atlas');
		return frame;
	}

	test('site pages refuse to be framed by another site; embeds allow it', async ({ page }) => {
		const site = await page.request.get('/en/runtime/');
		expect(site.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(site.headers()['x-frame-options']).toBe('DENY');
		expect(site.headers()['x-content-type-options']).toBe('nosniff');
		expect(site.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
		const embed = await page.request.get('/embed/en/runtime/architecture/');
		expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
		expect(embed.headers()['x-frame-options']).toBeUndefined();

		const frame = await framed(page, '/en/runtime/');
		// Blocked: the browser puts its error page in the frame, and never the page.
		await expect.poll(() => page.frames().map((f) => f.url())).toContain(BLOCKED_FRAME);
		await expect(frame.locator('svg[data-diagram]')).toHaveCount(0);
		const embedFrame = await framed(page, '/embed/en/runtime/architecture/');
		await expect(embedFrame.locator('svg[data-diagram]')).toHaveCount(1);
	});

	test('hashed assets are immutable, pages revalidate, compression is used', async ({ page }) => {
		const html = await page.request.get('/en/runtime/', {
			headers: { 'accept-encoding': 'br, gzip' }
		});
		expect(html.headers()['cache-control']).toBe('no-cache');
		expect(html.headers()['etag']).toBeTruthy();
		expect(html.headers()['content-encoding']).toBe('br');
		const script =
			/src="(\/_app\/immutable\/[^"]+\.js)"|import\("(\/_app\/immutable\/[^"]+\.js)"\)/.exec(
				await (await page.request.get('/en/runtime/')).text()
			);
		const asset = await page.request.get(script![1] ?? script![2], {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(asset.status()).toBe(200);
		expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers()['content-encoding']).toBe('gzip');
	});
});

test.describe('strict CSP on every built page', () => {
	const pages = builtPages();

	// As DiagramPage writes it: minified (scripts/inline-script.mjs).
	const fitHash = `'sha256-${createHash('sha256')
		.update(inlineScript(resolve('src/lib/render/fitFigure.js')))
		.digest('base64')}'`;

	test('each page allows exactly its own inline scripts, never unsafe-inline or eval', () => {
		expect(pages.length).toBeGreaterThan(10);
		for (const { path, file } of pages) {
			const html = readPage(file);
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
			expect(meta, `${path} has a CSP meta tag`).not.toBeNull();
			const csp = meta![1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
			const scriptSrc = /script-src ([^;]+)/.exec(csp)![1].split(/\s+/);
			expect(scriptSrc, path).not.toContain("'unsafe-inline'");
			expect(scriptSrc, path).not.toContain("'unsafe-eval'");
			expect(csp, path).toMatch(/style-src 'self'(;|$)/);
			const inline = [
				...html.matchAll(
					/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g
				)
			].map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
			const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
			// The one script besides: the diagram figure's fit before first paint, which the
			// config lists on every page (it cannot know which pages have a figure).
			expect([...new Set(hashes)].sort(), path).toEqual([...new Set([...inline, fitHash])].sort());
		}
	});

	test('no page reports a CSP violation, the embed included', async ({ page }) => {
		test.setTimeout(120_000);
		const violations: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP: ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`)
			);
		});
		page.on('console', (m) => {
			if (m.type() === 'error' && /Content Security Policy|CSP:/.test(m.text()))
				violations.push(`${page.url()}: ${m.text()}`);
		});
		for (const { path } of pages) {
			await page.goto(path === '/404.html' ? '/no/such/page/' : path);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
		}
		// A client-side navigation mounts SvelteKit's route announcer (a styled element) too.
		await gotoDiagram(page, '/en/runtime/');
		await page.locator('a[data-view-link="docker-run"]').click();
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', 'docker-run');
		expect(violations).toEqual([]);
	});
});

test.describe('a 404 that works everywhere', () => {
	test('without JavaScript it has its title, heading and every view in both languages', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${APP}/en/nope/`);
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle(`${pagesUi.en.notFoundTitle} · Container Atlas`);
		await expect(page.locator('h1')).toHaveText(`404 · ${pagesUi.en.notFoundTitle}`);
		for (const lang of LANGS) {
			const hrefs = await page
				.locator(`section.not-found [lang="${lang}"] ul.view-list a`)
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.sort()).toEqual(
				allViewLinks('')
					.filter((h) => h.startsWith(`/${lang}/`))
					.sort()
			);
		}
		await context.close();
	});

	test('an unknown route logs no errors and fetches no page data', async ({ page }) => {
		const errors = collectErrors(page, [/status of 404/]);
		const data: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('__data.json')) data.push(r.url());
		});
		// Only the page itself may answer 404 (the browser logs that one as an error).
		page.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document') data.push(r.url());
		});
		for (const path of ['/en/nope/', '/ko/runtime/nope/', '/xx/']) {
			await page.goto(path);
			await expect(page.locator('section.not-found h1')).toBeVisible();
		}
		expect(errors).toEqual([]);
		expect(data).toEqual([]);
	});

	test('served for a path outside BASE_PATH: shown once, no reload loop', async ({ page }) => {
		const errors = collectErrors(page, [/status of 404/]);
		let loads = 0;
		page.on('load', () => loads++);
		const response = await page.goto(`${BASED}/elsewhere/en/runtime/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('section.not-found h1')).toHaveText(
			`404 · ${pagesUi.en.notFoundTitle}`
		);
		// A reload loop (it reloaded ~13 times a second) shows itself by the time the page has
		// loaded and gone idle.
		await settledPage(page);
		expect(loads).toBe(1);
		expect(new URL(page.url()).pathname).toBe('/elsewhere/en/runtime/');
		// Its links and styles point inside the base path.
		const hrefs = await page
			.locator('section.not-found ul.view-list a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.sort()).toEqual(allViewLinks(BASE).sort());
		const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
		expect(css?.startsWith(`${BASE}/_app/`)).toBe(true);
		expect((await page.request.get(BASED + css)).status()).toBe(200);
		expect(errors).toEqual([]);
	});

	test('inside BASE_PATH: in the language of the path, and its links work', async ({ page }) => {
		const errors = collectErrors(page, [/status of 404/]);
		let loads = 0;
		page.on('load', () => loads++);
		const response = await page.goto(`${BASED}${BASE}/ko/runtime/nope/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('section.not-found h1')).toHaveText(
			`404 · ${pagesUi.ko.notFoundTitle}`
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page).toHaveTitle(`${pagesUi.ko.notFoundTitle} · Container Atlas`);
		await settledPage(page);
		expect(loads).toBe(1);
		await page
			.locator(`section.not-found [lang="ko"] a[href="${BASE}/ko/runtime/restart/"]`)
			.click();
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', 'restart');
		expect(new URL(page.url()).pathname).toBe(`${BASE}/ko/runtime/restart/`);
		expect(errors).toEqual([]);
	});
});
