// Builds the site under a base path into build-base/ for the end-to-end tests of a host that
// serves 404.html outside the base path. Rebuilt only when build/ is newer, so it follows the
// main build without slowing every test run.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const BASE = '/atlas';
const stamp = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (stamp('build-base/404.html') < stamp('build/404.html') || !existsSync('build-base/404.html')) {
	console.log(`Building with BASE_PATH=${BASE} into build-base/ …`);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: 'build-base', PRECOMPRESS: '0' }
	});
}
