import adapter from '@sveltejs/adapter-static';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineScript } from './scripts/inline-script.mjs';

// SvelteKit hashes the inline scripts it writes itself; the ones in src/app.html it does not know
// about, so their hashes are computed here, from the template as it is (an edit cannot go stale).
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const templateScriptHashes = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) =>
		/** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
);
// DiagramPage writes src/lib/render/fitFigure.js inline after the figure (before the first paint),
// minified as scripts/inline-script.mjs makes it.
const fitFigure = inlineScript(
	fileURLToPath(new URL('./src/lib/render/fitFigure.js', import.meta.url))
);
const fitFigureHash = /** @type {const} */ (
	`sha256-${createHash('sha256').update(fitFigure).digest('base64')}`
);

// BASE_PATH lets the same build be served from a sub-path (e.g. a GitHub project page:
// BASE_PATH=/container-atlas npm run build). It must start with "/" and not end with one.
const base = process.env.BASE_PATH ?? '';
const outDir = process.env.BUILD_DIR ?? 'build';

// The app's version is the committed src/ tree it is built from, not the build's time
// (SvelteKit's default): two builds of the same sources are then the same bytes, and a commit
// that changes only docs or tests leaves them be. The JavaScript budget (60 KB gzipped a diagram
// page, scripts/bundle-size.mjs) is met by tens of bytes, and a timestamp moved every build's
// size by ±15 B. Without git (a copy of the sources), the default.
const commit = (() => {
	try {
		return execSync('git rev-parse --short=12 HEAD:src', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return undefined;
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// No `window.__svelte.v` registry of Svelte versions: nothing here reads it, and its import
	// is on every page (the JS budget of a diagram page is 60 KB gzipped).
	compilerOptions: { discloseVersion: false },
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
		version: { name: commit },
		// Prerendered pages carry this as a <meta> CSP that allows exactly their own inline scripts
		// (hash mode). What a meta tag cannot say (frame-ancestors) comes from the host's headers:
		// static/_headers, deploy/nginx.conf, scripts/serve.mjs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScriptHashes, fitFigureHash],
				// Stylesheets and <style> elements only from the site. Style attributes must be
				// allowed: Svelte renders `style:` directives (node tones) and SvelteKit's route
				// announcer as attributes in the prerendered HTML, and a hash cannot cover them
				// without listing every value. Style attributes cannot run script.
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
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
			// src/app.html's rel=expect names the fit script of diagram pages (#fit-figure): no link
			// to follow, and other pages have no such element. Any other missing id fails the build.
			handleMissingId: ({ id, message }) => {
				if (id !== 'fit-figure') throw new Error(message);
			}
		}
	}
};

export default config;
