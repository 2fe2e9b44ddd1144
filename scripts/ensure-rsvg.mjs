// Makes sure `rsvg-convert` (librsvg, what many slide tools, wikis and image pipelines use to draw
// SVG) is there for the export test, as ensure-browser.mjs does for Chromium: on PATH already, or
// Debian/Ubuntu's librsvg2-bin via apt-get when running as root. Otherwise it says how to get it
// and fails, so the test never silently skips.
import { execSync } from 'node:child_process';

const has = () => {
	try {
		execSync('rsvg-convert --version', { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
};

if (!has() && process.getuid?.() === 0) {
	console.log('[rsvg] rsvg-convert not found; installing librsvg2-bin with apt-get');
	try {
		execSync(
			'command -v apt-get && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin',
			{ stdio: 'inherit', timeout: 10 * 60 * 1000 }
		);
	} catch {
		console.log('[rsvg] apt-get did not work');
	}
}
if (!has()) {
	console.error(
		'[rsvg] rsvg-convert is needed by tests/e2e/export-raster.spec.ts. Install librsvg ' +
			'(Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).'
	);
	process.exit(1);
}
console.log(`[rsvg] using ${execSync('rsvg-convert --version').toString().trim()}`);
