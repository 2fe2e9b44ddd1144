import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// SvelteKit hashes the inline scripts it writes itself; the ones in src/app.html it does not know
// about, so their hashes are computed here, from the template as it is (an edit cannot go stale).
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const templateScriptHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) =>
		/** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
);

// SvelteKit's route announcer (the live region that reads the new title after a navigation) is
// the only element with a style attribute; its hash comes from SvelteKit's own source.
const rootSource = readFileSync(
	new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
	'utf8'
);
const announcerStyleHash = [
	...rootSource.matchAll(/id="svelte-announcer"[^>]*?style="([^"]*)"/g)
].map(
	([, style]) =>
		/** @type {const} */ (`sha256-${createHash('sha256').update(style).digest('base64')}`)
);

// BASE_PATH lets the same build be served from a sub-path (e.g. a GitHub project page:
// BASE_PATH=/container-atlas npm run build). It must start with "/" and not end with one.
const base = process.env.BASE_PATH ?? '';
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// BUILD_DIR: another output folder (the e2e tests build a BASE_PATH variant beside build/).
		// precompress: .br and .gz beside each file, for hosts (and `npm run serve`) that send them;
		// PRECOMPRESS=0 skips it (the e2e base-path build, which only needs the 404 page right).
		adapter: adapter({
			pages: outDir,
			assets: outDir,
			strict: true,
			precompress: process.env.PRECOMPRESS !== '0'
		}),
		paths: { base, relative: false },
		// Prerendered pages carry this as a <meta> CSP that allows exactly their own inline scripts
		// (hash mode). What a meta tag cannot say (frame-ancestors) comes from the host's headers:
		// static/_headers, deploy/nginx.conf, scripts/serve.mjs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScriptHashes],
				// No inline styles: Svelte sets styles through the CSSOM, which CSP allows. The one
				// exception is SvelteKit's route announcer, whose style attribute is allowed by hash.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ...announcerStyleHash],
				// PNG export draws the SVG through a data: URL image.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// SITE_URL (e.g. https://atlas.example.org) makes Open Graph image URLs absolute, as
			// link unfurlers need; without it they are root-relative.
			origin: process.env.SITE_URL ?? 'http://sveltekit-prerender',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
