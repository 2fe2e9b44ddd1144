/**
 * Link previews and search metadata, read by a real unfurl parser (open-graph-scraper, as link
 * preview services use) from the served HTML of every kind of page: landing, galleries, views,
 * print handout and the 404 page. Canonical and hreflang links are read from the same HTML.
 */
import { test, expect } from './shared-page';
import ogs from 'open-graph-scraper';
import * as cheerio from 'cheerio';
import { waitForHydration } from './helpers';

const PAGES: { path: string; lang: 'en' | 'ko'; canonical: string; alt: Record<string, string> }[] =
	[
		{ path: '/', lang: 'en', canonical: '/', alt: { ko: '/ko/', en: '/en/', 'x-default': '/' } },
		{
			path: '/en/',
			lang: 'en',
			canonical: '/en/',
			alt: { ko: '/ko/', en: '/en/', 'x-default': '/en/' }
		},
		{
			path: '/ko/',
			lang: 'ko',
			canonical: '/ko/',
			alt: { ko: '/ko/', en: '/en/', 'x-default': '/en/' }
		},
		{
			path: '/en/runtime/',
			lang: 'en',
			canonical: '/en/runtime/',
			alt: { ko: '/ko/runtime/', en: '/en/runtime/', 'x-default': '/en/runtime/' }
		},
		{
			path: '/ko/runtime/docker-run/?step=3',
			lang: 'ko',
			canonical: '/ko/runtime/docker-run/',
			alt: {
				ko: '/ko/runtime/docker-run/',
				en: '/en/runtime/docker-run/',
				'x-default': '/en/runtime/docker-run/'
			}
		},
		{
			path: '/en/virtualization/hosted/print/',
			lang: 'en',
			canonical: '/en/virtualization/hosted/print/',
			alt: {
				ko: '/ko/virtualization/hosted/print/',
				en: '/en/virtualization/hosted/print/',
				'x-default': '/en/virtualization/hosted/print/'
			}
		},
		{ path: '/en/no-such-page/', lang: 'en', canonical: '/', alt: { ko: '/ko/', en: '/en/' } }
	];

for (const p of PAGES) {
	test(`unfurl and SEO metadata of ${p.path}`, async ({ request, baseURL }) => {
		const response = await request.get(p.path);
		expect(response.status()).toBe(p.path.includes('no-such') ? 404 : 200);
		const html = await response.text();
		const { result, error } = await ogs({ html });
		expect(error).toBe(false);
		const here = new URL(p.path, baseURL);
		const abs = (u: string) => new URL(u, here).pathname;

		expect(result.ogTitle).toMatch(/Container Atlas/);
		expect(result.ogDescription?.length).toBeGreaterThan(20);
		expect(result.twitterCard).toBe('summary_large_image');
		expect(abs(result.ogUrl!)).toBe(p.canonical);
		expect(result.ogLocale).toBe(p.lang === 'ko' ? 'ko_KR' : 'en_US');
		expect(JSON.stringify(result.ogLocaleAlternate)).toContain(p.lang === 'ko' ? 'en_US' : 'ko_KR');
		const image = result.ogImage?.[0];
		expect(image?.url).toMatch(/\/og\/[a-z-]+\.png$/);
		const png = await request.get(new URL(image!.url, here).href);
		expect(png.status()).toBe(200);
		expect([(await png.body()).readUInt32BE(16), (await png.body()).readUInt32BE(20)]).toEqual([
			1200, 630
		]);

		const $ = cheerio.load(html);
		expect($('link[rel="canonical"]').length).toBe(1);
		expect(abs($('link[rel="canonical"]').attr('href')!)).toBe(p.canonical);
		const alternates = Object.fromEntries(
			$('link[rel="alternate"][hreflang]')
				.toArray()
				.map((l) => [$(l).attr('hreflang'), abs($(l).attr('href')!)])
		);
		expect(alternates).toMatchObject(p.alt);
		expect(Object.keys(alternates).sort()).toEqual(['en', 'ko', 'x-default']);
		expect($('meta[property="og:locale:alternate"]').attr('content')).toBe(
			p.lang === 'ko' ? 'en_US' : 'ko_KR'
		);
		expect($('title').length).toBe(1);
		expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
	});
}

// The base-path build (scripts/build-base.mjs, served on E2E_PORT + 1) is built with SITE_URL as
// well: there every address an unfurler or crawler reads is absolute, SITE + BASE + path, and
// names a page that exists. (Root-relative without SITE_URL, and SITE_URL without BASE_PATH, are
// checked on the helper in tests/unit/page-urls.test.ts.)
const SITE = 'https://atlas.example.org';
const BASE = '/atlas';
const BASED = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 5199) + 1}`;
/** A served path of the base-path build for an absolute address under SITE + BASE. */
const served = (u: string) => {
	expect(u.startsWith(`${SITE}${BASE}/`), `${u} is not under ${SITE}${BASE}/`).toBe(true);
	return BASED + u.slice(SITE.length);
};

test.describe('with SITE_URL and BASE_PATH', () => {
	for (const p of PAGES) {
		test(`absolute addresses in ${p.path}`, async ({ request }) => {
			const response = await request.get(BASED + BASE + p.path);
			expect(response.status()).toBe(p.path.includes('no-such') ? 404 : 200);
			const html = await response.text();
			const { result } = await ogs({ html });
			const $ = cheerio.load(html);
			expect(result.ogUrl).toBe(SITE + BASE + p.canonical);
			expect($('link[rel="canonical"]').attr('href')).toBe(SITE + BASE + p.canonical);
			const alternates = Object.fromEntries(
				$('link[rel="alternate"][hreflang]')
					.toArray()
					.map((l) => [$(l).attr('hreflang'), $(l).attr('href')])
			);
			expect(alternates).toMatchObject(
				Object.fromEntries(Object.entries(p.alt).map(([l, path]) => [l, SITE + BASE + path]))
			);
			const image = result.ogImage?.[0]?.url ?? '';
			expect(image.startsWith(`${SITE}${BASE}/og/`) && image.endsWith('.png'), image).toBe(true);
			expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
			expect((await request.get(served(image))).status()).toBe(200);
			for (const href of Object.values(alternates) as string[])
				expect((await request.get(served(href))).status(), href).toBe(200);
			expect(html).not.toContain('sveltekit-prerender');
		});
	}

	// The head is rewritten in the browser on a client-side navigation: its addresses must be the
	// ones the prerendered page of that view has, not built from the browser's own origin.
	test('after a view change by tab, the head is the one the prerendered page has', async ({
		page,
		request
	}) => {
		const head = () =>
			page.evaluate(() => ({
				canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
				ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
				alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
					(l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`
				),
				image: document.querySelector('meta[property="og:image"]')?.getAttribute('content')
			}));
		await page.goto(`${BASED}${BASE}/en/virtualization/`);
		await waitForHydration(page);
		await page.locator('[data-view-link="hosted"]').click();
		await expect(page).toHaveURL(`${BASED}${BASE}/en/virtualization/hosted/`);
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', 'hosted');
		const live = await head();
		const $ = cheerio.load(
			await (await request.get(`${BASED}${BASE}/en/virtualization/hosted/`)).text()
		);
		expect(live).toEqual({
			canonical: $('link[rel="canonical"]').attr('href'),
			ogUrl: $('meta[property="og:url"]').attr('content'),
			alternates: $('link[rel="alternate"][hreflang]')
				.toArray()
				.map((l) => `${$(l).attr('hreflang')} ${$(l).attr('href')}`),
			image: $('meta[property="og:image"]').attr('content')
		});
		expect(live.canonical).toBe(`${SITE}${BASE}/en/virtualization/hosted/`);
	});

	test('sitemap.xml and robots.txt: every address absolute, every page there', async ({
		request
	}) => {
		const xml = await (await request.get(`${BASED}${BASE}/sitemap.xml`)).text();
		expect(xml).not.toContain('Built without SITE_URL');
		const $ = cheerio.load(xml, { xml: true });
		const locs = $('url > loc')
			.toArray()
			.map((l) => $(l).text());
		const links = $('url > xhtml\\:link')
			.toArray()
			.map((l) => $(l).attr('href')!);
		expect(locs).toContain(`${SITE}${BASE}/`);
		expect(locs).toContain(`${SITE}${BASE}/en/runtime/docker-run/`);
		expect(links.length).toBe((locs.length - 1) * 2); // the landing page has no alternates
		for (const u of new Set([...locs, ...links]))
			expect((await request.get(served(u))).status(), u).toBe(200);
		const robots = await (await request.get(`${BASED}${BASE}/robots.txt`)).text();
		expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}${BASE}/sitemap\\.xml$`, 'm'));
	});
});
