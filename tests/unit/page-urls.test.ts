/**
 * The addresses a page's <head> and sitemap give unfurlers and crawlers, for every combination
 * of SITE_URL (set / not set) and BASE_PATH ('' / '/atlas'): absolute exactly when the site is
 * known, the base path always in, never SvelteKit's placeholder prerender origin. The built
 * HTML with SITE_URL and BASE_PATH together is checked by tests/e2e/unfurl.spec.ts on the
 * base-path build (scripts/build-base.mjs builds it with SITE_URL).
 */
import { describe, expect, it } from 'vitest';
import { pageUrls, siteOrigin, PLACEHOLDER_ORIGIN } from '../../src/lib/state/pageUrls';
import { sitemapXml, robotsTxt } from '../../src/lib/server/sitemap';

const SITE = 'https://atlas.example.org';
const view = { ko: '/ko/runtime/docker-run/', en: '/en/runtime/docker-run/' };
const galleries = { ko: '/ko/', en: '/en/' };

describe('siteOrigin', () => {
	it('is the SITE_URL origin when the build has one, else empty', () => {
		expect(siteOrigin(new URL(`${SITE}/atlas/en/runtime/`))).toBe(SITE);
		expect(siteOrigin(new URL(`${PLACEHOLDER_ORIGIN}/en/runtime/`))).toBe('');
	});
});

for (const base of ['', '/atlas']) {
	describe(`page URLs with BASE_PATH="${base}"`, () => {
		it('are absolute with SITE_URL: canonical, alternates, image', () => {
			const origin = siteOrigin(new URL(`${SITE}${base}/ko/runtime/docker-run/`));
			const urls = pageUrls({ origin, base, lang: 'ko', paths: view, image: '/og/ko-x.png' });
			expect(urls.canonical).toBe(`${SITE}${base}/ko/runtime/docker-run/`);
			expect(urls.alternates).toEqual([
				{ hreflang: 'ko', href: `${SITE}${base}/ko/runtime/docker-run/` },
				{ hreflang: 'en', href: `${SITE}${base}/en/runtime/docker-run/` },
				{ hreflang: 'x-default', href: `${SITE}${base}/en/runtime/docker-run/` }
			]);
			expect(urls.image).toBe(`${SITE}${base}/og/ko-x.png`);
			for (const u of [urls.canonical, urls.image, ...urls.alternates.map((a) => a.href)])
				expect(new URL(u).href).toBe(u); // parses as an absolute URL, already normalised
		});

		it('the landing page is its own x-default; the galleries are its alternates', () => {
			const urls = pageUrls({
				origin: SITE,
				base,
				lang: null,
				paths: galleries,
				image: '/og/en-site.png'
			});
			expect(urls.canonical).toBe(`${SITE}${base}/`);
			expect(Object.fromEntries(urls.alternates.map((a) => [a.hreflang, a.href]))).toEqual({
				ko: `${SITE}${base}/ko/`,
				en: `${SITE}${base}/en/`,
				'x-default': `${SITE}${base}/`
			});
		});

		it('are root-relative without SITE_URL, and never name the placeholder origin', () => {
			const origin = siteOrigin(new URL(`${PLACEHOLDER_ORIGIN}${base}/en/runtime/docker-run/`));
			const urls = pageUrls({ origin, base, lang: 'en', paths: view, image: '/og/en-x.png' });
			expect(urls.canonical).toBe(`${base}/en/runtime/docker-run/`);
			expect(urls.image).toBe(`${base}/og/en-x.png`);
			expect(JSON.stringify(urls)).not.toContain('sveltekit-prerender');
			for (const a of urls.alternates) expect(a.href.startsWith(`${base}/`)).toBe(true);
		});

		it('sitemap.xml and robots.txt carry the same absolute addresses', () => {
			const xml = sitemapXml(SITE + base, true);
			const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
			const hrefs = [...xml.matchAll(/hreflang="[a-z-]+" href="([^"]+)"/g)].map((m) => m[1]);
			expect(locs.length).toBeGreaterThan(10);
			for (const u of [...locs, ...hrefs]) expect(u.startsWith(`${SITE}${base}/`)).toBe(true);
			expect(locs).toContain(`${SITE}${base}/`);
			expect(locs).toContain(`${SITE}${base}/en/runtime/docker-run/`);
			expect(xml).not.toContain('Built without SITE_URL');
			expect(robotsTxt(SITE + base, true)).toContain(`Sitemap: ${SITE}${base}/sitemap.xml`);
		});
	});
}
