// Builds the site under a base path into build-base/ for the end-to-end tests of a host that
// serves 404.html outside the base path, and of a build that knows its public address: it is
// built with SITE_URL too, so tests/e2e/unfurl.spec.ts can check that canonical, og:url,
// og:image, the hreflang alternates and sitemap.xml are absolute there (SITE + BASE). Rebuilt
// only when build/ is newer (or build-base/ was made without SITE_URL), so it follows the main
// build without slowing every test run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

export const BASE = '/atlas';
// example.org is reserved for documentation (RFC 2606 §3): nothing is ever fetched from it.
export const SITE = 'https://atlas.example.org';
const stamp = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const sitemap = 'build-base/sitemap.xml';
const knowsSite = () =>
	existsSync(sitemap) && readFileSync(sitemap, 'utf8').includes(`<loc>${SITE}${BASE}/</loc>`);
if (stamp('build-base/404.html') < stamp('build/404.html') || !knowsSite()) {
	console.log(`Building with BASE_PATH=${BASE} SITE_URL=${SITE} into build-base/ …`);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: {
			...process.env,
			BASE_PATH: BASE,
			SITE_URL: SITE,
			BUILD_DIR: 'build-base',
			PRECOMPRESS: '0'
		}
	});
}
