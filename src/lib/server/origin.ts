/**
 * The site's origin during prerendering: SITE_URL when the build was given one (svelte.config.js
 * passes it as kit.prerender.origin), else '' (SvelteKit's placeholder origin is never written).
 * Shared with the page <head> (render/PageMeta.svelte), so it lives in state/pageUrls.ts.
 */
export { siteOrigin } from '$lib/state/pageUrls';
