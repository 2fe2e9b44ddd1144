/**
 * The site's origin during prerendering: SITE_URL when the build was given one (svelte.config.js
 * passes it as kit.prerender.origin), else '' (SvelteKit's placeholder origin is never written).
 */
export function siteOrigin(url: URL): string {
	return url.origin === 'http://sveltekit-prerender' ? '' : url.origin;
}
