// Makes sure end-to-end tests have a Chromium, and says which one they use:
// 1. $CHROMIUM_PATH, if set;  2. Playwright's own download;  3. a system Chromium/Chrome;
// 4. otherwise obtain one: `playwright install chromium` (works where downloads are allowed),
//    then Debian/Ubuntu's package via apt-get (when running as root).
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function attempt(what, cmd) {
	console.log(`[browser] ${what}: ${cmd}`);
	try {
		execSync(cmd, { stdio: 'inherit', timeout: 10 * 60 * 1000 });
		return true;
	} catch {
		console.log(`[browser] ${what} did not work`);
		return false;
	}
}

let found = findChromium();
if (!found) {
	console.log('[browser] no Chromium found; trying to obtain one');
	attempt("Playwright's download", 'npx playwright install chromium');
	found = findChromium();
}
if (!found && process.getuid?.() === 0 && attempt('check for apt-get', 'command -v apt-get')) {
	attempt(
		'Debian package',
		'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'
	);
	found = findChromium();
}
if (!found) {
	console.error(
		'[browser] No Chromium available. Install one (e.g. `npx playwright install chromium`, or ' +
			'`apt-get install chromium`) or set CHROMIUM_PATH to its executable.'
	);
	process.exit(1);
}
console.log(`[browser] using ${found.path} (${found.source})`);
