/**
 * The addresses a page's <head> gives link unfurlers and search engines (render/PageMeta.svelte):
 * canonical / og:url, the hreflang alternates, og:image. Pure, so a unit test can check them for
 * every combination of SITE_URL and BASE_PATH without a build per combination.
 *
 * They are absolute when the build knows the site: svelte.config.js passes SITE_URL as
 * kit.prerender.origin, so the prerendered page's URL has that origin. Without SITE_URL SvelteKit
 * prerenders under a placeholder origin, which must never reach the HTML: the addresses are then
 * root-relative (base path included).
 */
import { LANGS, type Lang } from '$lib/content/types';

/** SvelteKit's prerender origin when none is configured. */
export const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

/** The site's origin during prerendering ('' without SITE_URL). */
export function siteOrigin(url: URL): string {
	return url.origin === PLACEHOLDER_ORIGIN ? '' : url.origin;
}

export interface PageUrlInput {
	/** siteOrigin(page.url): '' without SITE_URL. */
	origin: string;
	/** $app/paths base: '' or e.g. '/atlas'. */
	base: string;
	/** null: the bilingual landing page. */
	lang: Lang | null;
	/** The page in each language, under base (e.g. { en: '/en/runtime/', ko: '/ko/runtime/' }). */
	paths: Record<Lang, string>;
	/** The Open Graph image, under base (e.g. '/og/en-site.png'). */
	image: string;
}

export interface PageUrls {
	canonical: string;
	alternates: { hreflang: Lang | 'x-default'; href: string }[];
	image: string;
}

export function pageUrls({ origin, base, lang, paths, image }: PageUrlInput): PageUrls {
	const url = (l: Lang | null) => `${origin}${base}${l ? paths[l] : '/'}`;
	return {
		canonical: url(lang),
		// The landing page's alternates are the two galleries; x-default is where a reader with
		// neither language should land: the landing page itself, else the English page.
		alternates: [
			...LANGS.map((l) => ({ hreflang: l, href: url(l) })),
			{ hreflang: 'x-default' as const, href: url(lang ? 'en' : null) }
		],
		image: `${origin}${base}${image}`
	};
}
