// Finds the engines the engine suite (tests/engines/) runs in besides Chromium (scripts/chromium.mjs):
//   Firefox:  $FIREFOX_PATH if set, else firefox-esr or firefox on the usual paths or $PATH
//             (driven over WebDriver BiDi by puppeteer-core, which talks to Firefox itself: no
//             geckodriver);
//   WebKit:   WebKitWebDriver ($WEBKIT_DRIVER_PATH or $PATH) and the MiniBrowser it starts
//             ($WEBKIT_BROWSER_PATH, else where Debian/Ubuntu's libwebkit2gtk and Fedora put it),
//             plus Xvfb for the display MiniBrowser needs (unless $DISPLAY is already set).
// Each finder returns the paths, or null when something is missing (it throws only when an
// environment variable names a missing file).
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** @param {string} name */
function onPath(name) {
	try {
		return (
			execSync(`command -v ${name}`, {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
				shell: '/bin/sh'
			}).trim() || null
		);
	} catch {
		return null;
	}
}

/** @param {string} name */
function fromEnv(name) {
	const value = process.env[name];
	if (!value) return null;
	if (!existsSync(value)) throw new Error(`${name}=${value} does not exist`);
	return value;
}

export function findFirefox() {
	const env = fromEnv('FIREFOX_PATH');
	if (env) return { path: env, source: 'FIREFOX_PATH' };
	for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) {
		if (existsSync(p)) return { path: p, source: 'system' };
	}
	for (const name of ['firefox-esr', 'firefox']) {
		const p = onPath(name);
		if (p) return { path: p, source: 'system (PATH)' };
	}
	return null;
}

/** MiniBrowser, the small browser WebKitWebDriver drives: its folder is named after the ABI. */
function findMiniBrowser() {
	const env = fromEnv('WEBKIT_BROWSER_PATH');
	if (env) return env;
	const roots = ['/usr/lib', '/usr/libexec', '/usr/lib64'];
	for (const root of roots) {
		/** @type {string[]} */
		let dirs = [];
		try {
			dirs = readdirSync(root);
		} catch {
			continue;
		}
		// /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/ (Debian, Ubuntu), /usr/libexec/webkit2gtk-4.1/
		// (Fedora); the 4.1 ABI before 4.0 and 6.0 (the GTK 4 one, also driven by WebKitWebDriver).
		const candidates = [root, ...dirs.map((d) => `${root}/${d}`)].flatMap((dir) =>
			['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map(
				(abi) => `${dir}/${abi}/MiniBrowser`
			)
		);
		const found = candidates.find((p) => existsSync(p));
		if (found) return found;
	}
	return null;
}

export function findWebKit() {
	const driver = fromEnv('WEBKIT_DRIVER_PATH') ?? onPath('WebKitWebDriver');
	const browser = findMiniBrowser();
	const xvfb = process.env.DISPLAY ? null : onPath('Xvfb');
	if (!driver || !browser || (!process.env.DISPLAY && !xvfb)) return null;
	return { driver, browser, xvfb };
}

/** What is missing for each engine, in words, for the messages of ensure-engines.mjs. */
export function missingParts() {
	/** @type {Record<string, string[]>} */
	const missing = {};
	if (!findFirefox()) missing.firefox = ['firefox-esr'];
	const webkit = [];
	if (!(process.env.WEBKIT_DRIVER_PATH || onPath('WebKitWebDriver')))
		webkit.push('WebKitWebDriver');
	if (!findMiniBrowser()) webkit.push('MiniBrowser');
	if (!process.env.DISPLAY && !onPath('Xvfb')) webkit.push('Xvfb');
	if (webkit.length) missing.webkit = webkit;
	return missing;
}

/** The version a binary reports, or '' when it will not say. */
/** @param {string} path */
export function versionOf(path, arg = '--version') {
	try {
		return execSync(`"${path}" ${arg}`, {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 20_000
		}).trim();
	} catch {
		return '';
	}
}
