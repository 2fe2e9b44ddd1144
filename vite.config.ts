import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { inlineScript } from './scripts/inline-script.mjs';

// The site's origin for the addresses in a page's <head> (render/PageMeta.svelte), known to the
// browser too: after a client-side navigation the page's URL has the browser's origin (a local
// server, a preview host), and the canonical URL must stay the one the prerendered page has.
// svelte.config.js gives SvelteKit the same SITE_URL as its prerender origin.
const siteOrigin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : '';

// `import text from './file.js?inline-script'`: the file's minified text, for a <script> written
// into the page (scripts/inline-script.mjs; svelte.config.js hashes the same text for the CSP).
const QUERY = '?inline-script';
const inlineScripts: Plugin = {
	name: 'inline-script',
	enforce: 'pre',
	load(id) {
		if (!id.endsWith(QUERY)) return;
		const file = id.slice(0, -QUERY.length);
		this.addWatchFile(file);
		return `export default ${JSON.stringify(inlineScript(file))};`;
	}
};

export default defineConfig({
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	build: {
		sourcemap: !!process.env.SOURCEMAP,
		// A lazily imported chunk (the note panel, the share menu, a route the page links to) no
		// longer lists the scripts it imports for Vite to preload beside it: the browser finds them
		// in the chunk, a round trip later. Those lists were ~1 KB gzipped of every diagram page's
		// 60 KB budget (file names hash-random, poor at compressing); the lazy chunks load on the
		// page's first use, ahead of the click that needs them, and most of what they import is
		// already loaded. Stylesheets are still preloaded (Vite keeps them: not in this list).
		modulePreload: { resolveDependencies: () => [] }
	},
	plugins: [inlineScripts, sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/**/*.svelte.test.ts'],
					setupFiles: ['tests/unit/setup.ts'],
					environment: 'node'
				}
			},
			// State with effects (`*.svelte.test.ts`) runs on Svelte's client runtime: the browser
			// build of svelte, compiled for the client, in Node (tests/unit/env/client.ts).
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/env/client.ts',
					server: { deps: { inline: [/svelte/, /esm-env/] } }
				}
			}
		]
	}
});
