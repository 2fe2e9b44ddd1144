// Makes sure the engine suite (tests/engines/) has Firefox and WebKit besides Chromium
// (scripts/ensure-browser.mjs), and says which binaries it uses. Playwright's own Firefox and
// WebKit builds are not used: the suite drives the system browsers, Firefox ESR over WebDriver
// BiDi and WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb.
// When one is missing and we are root on Debian/Ubuntu, apt-get installs Debian's packages:
// firefox-esr (Ubuntu's firefox is a snap stub, so only firefox-esr is asked for), webkit2gtk-driver
// (WebKitWebDriver; MiniBrowser comes with libwebkit2gtk-4.1-0) and xvfb. Elsewhere it says what
// to install and the suite skips that engine, unless ENGINES names it (then the suite fails).
import { execSync } from 'node:child_process';
import { findFirefox, findWebKit, missingParts, versionOf } from './engines.mjs';

const packages = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());

let missing = Object.keys(missingParts()).filter((engine) => wanted.includes(engine));
if (missing.length && process.getuid?.() === 0 && hasAptGet()) {
	const list = missing.flatMap((engine) => packages[engine]).join(' ');
	console.log(`[engines] missing: ${missing.join(', ')}; installing Debian packages: ${list}`);
	try {
		execSync(
			`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${list}`,
			{ stdio: 'inherit', timeout: 15 * 60 * 1000 }
		);
	} catch {
		console.log('[engines] apt-get did not work');
	}
	missing = Object.keys(missingParts()).filter((engine) => wanted.includes(engine));
}

const firefox = findFirefox();
if (firefox)
	console.log(`[engines] Firefox: ${firefox.path} (${firefox.source}) ${versionOf(firefox.path)}`);
const webkit = findWebKit();
if (webkit) {
	console.log(
		`[engines] WebKit: ${webkit.driver} driving ${webkit.browser}` +
			(webkit.xvfb ? ` on ${webkit.xvfb}` : ` on DISPLAY=${process.env.DISPLAY}`)
	);
}
const parts = missingParts();
for (const engine of missing) {
	console.log(
		`[engines] ${engine}: not found (${parts[engine].join(', ')}); its tests are skipped. ` +
			`Debian/Ubuntu: apt-get install ${packages[engine].join(' ')}` +
			(engine === 'firefox'
				? ' (or set FIREFOX_PATH)'
				: ' (or set WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH)')
	);
}
if (missing.length && process.env.ENGINES) {
	console.error(
		`[engines] ENGINES=${process.env.ENGINES} asks for ${missing.join(', ')}, which is missing`
	);
	process.exit(1);
}

function hasAptGet() {
	try {
		execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
}
