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

// Fewer, larger chunks for the browser (issue 22: a diagram page's JavaScript was 62.5 KB gzipped
// against a bar of 59.1). Left to itself, Rolldown gives every set of pages that shares modules a
// chunk of its own: 23 files for a diagram page, a dozen under 1 KB, each compressed alone and
// importing the others by hashed names. Two groups merge what pages load together anyway:
//   - "common": what every page loads (UI strings, URLs, the page head, the header's focus and
//     keyboard helpers; with them, by dependency, Svelte's runtime and SvelteKit's client);
//   - "session": the diagram itself (the scene, the session and the marks), which the diagram
//     pages and the embeds share and no other page loads.
// Measured on one build (scripts/bundle-size.mjs): diagram page 62.5 → 59.5 KB, landing 43.3 →
// 42.4, note page 50.8 → 49.5. Only modules every page of a group loads belong in it: one that only
// some pages load (the note panel, a lazy chunk) would be loaded by all of them. Vite's preload
// helper goes with "common" because every page's lazy imports call it; left to dependency order it
// landed in "session" and made the landing page load the diagram's code.
const COMMON =
	/\/src\/lib\/(content\/(ui|ui-nav|query|types)|layout\/geometry|state\/(pageUrls|url|liveUrl)|render\/(PageMeta|roving|CheckedAgainst|CodeText|focus))\.|preload-helper/;
const SESSION =
	/\/src\/lib\/(layout\/(merge|edges|packets|navigate|scene\/(base|metrics|visibility|edges|frame|nodes|index))|render\/(schedule|drawnView\.svelte|SessionDiagram|SessionPanel|Narration|StepButtons|Notices|lazy\.svelte|fitWidth|DiagramNode|DiagramEdge|StackHeaders|stable|Diagram)|state\/(announcer|viewState\.svelte|diagramSession\.svelte)|content\/speech|motion\.svelte)\./;
const chunks: Plugin = {
	name: 'chunks',
	outputOptions(options) {
		// The browser's build only: the server's modules must keep their order of evaluation.
		if (this.environment?.name !== 'client') return;
		return {
			...options,
			codeSplitting: {
				groups: [
					{ name: 'common', test: COMMON, priority: 2 },
					{ name: 'session', test: SESSION, priority: 1 }
				]
			}
		};
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
	plugins: [inlineScripts, sveltekit(), chunks],
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
