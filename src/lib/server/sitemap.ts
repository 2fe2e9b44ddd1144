/**
 * Every page a crawler should know, in both languages, from the diagram index: the landing page,
 * the galleries, the note pages, the check-yourself pages and every view (default views at their short address, the one
 * the app links to). Print handouts and embeds are left out: they repeat a view's content.
 */
import { LANGS, type Lang } from '$lib/content/types';
import { diagrams } from '$lib/content/diagrams';
import { orderedDiagrams } from '$lib/content/catalog';

/** One page: its path per language (without base), or a single path for a bilingual page. */
export type SitemapPage = { paths: Record<Lang, string> } | { path: string };

export function sitemapPages(): SitemapPage[] {
	const per = (f: (lang: Lang) => string): SitemapPage => ({
		paths: Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>
	});
	return [
		{ path: '/' },
		per((l) => `/${l}/`),
		per((l) => `/${l}/note/`),
		per((l) => `/${l}/check/`),
		...orderedDiagrams(diagrams).flatMap((d) =>
			d.views.map((v) =>
				per((l) => (v.id === d.defaultView ? `/${l}/${d.id}/` : `/${l}/${d.id}/${v.id}/`))
			)
		)
	];
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * sitemap.xml with hreflang alternates. `prefix` is the site's origin plus base path; the
 * protocol wants absolute URLs, so a build without SITE_URL writes root-relative ones and says so.
 */
export function sitemapXml(prefix: string, absolute: boolean): string {
	const url = (p: string) => esc(prefix + p);
	const entries = sitemapPages().flatMap((page) => {
		if ('path' in page) return [`  <url><loc>${url(page.path)}</loc></url>`];
		const alternates = LANGS.map(
			(l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${url(page.paths[l])}"/>`
		).join('\n');
		return LANGS.map(
			(l) => `  <url>\n    <loc>${url(page.paths[l])}</loc>\n${alternates}\n  </url>`
		);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		...(absolute
			? []
			: [
					'<!-- Built without SITE_URL: addresses are root-relative. Build with SITE_URL=https://… for absolute ones. -->'
				]),
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}

export function robotsTxt(prefix: string, absolute: boolean): string {
	return [
		'User-agent: *',
		'Allow: /',
		absolute
			? `Sitemap: ${prefix}/sitemap.xml`
			: `# Sitemap: ${prefix}/sitemap.xml (build with SITE_URL for the absolute address crawlers need)`,
		''
	].join('\n');
}
