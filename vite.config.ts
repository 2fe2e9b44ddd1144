import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The site's origin for the addresses in a page's <head> (render/PageMeta.svelte), known to the
// browser too: after a client-side navigation the page's URL has the browser's origin (a local
// server, a preview host), and the canonical URL must stay the one the prerendered page has.
// svelte.config.js gives SvelteKit the same SITE_URL as its prerender origin.
const siteOrigin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : '';

export default defineConfig({
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	build: { sourcemap: !!process.env.SOURCEMAP },
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node'
	}
});
