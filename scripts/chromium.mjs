// Finds a Chromium for Playwright: $CHROMIUM_PATH if set, else Playwright's own download, else a
// system Chromium or Chrome on the usual paths or $PATH. Returns { path, source }, or null when
// there is none (it throws only when CHROMIUM_PATH names a missing file).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function findChromium() {
	const env = process.env.CHROMIUM_PATH;
	if (env) {
		if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist`);
		return { path: env, source: 'CHROMIUM_PATH' };
	}
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, source: "Playwright's download" };
	} catch {
		// Playwright has no browser of its own here.
	}
	for (const p of [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable'
	]) {
		if (existsSync(p)) return { path: p, source: 'system' };
	}
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			const p = execSync(`command -v ${name}`, {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore']
			}).trim();
			if (p) return { path: p, source: 'system (PATH)' };
		} catch {
			// not on PATH
		}
	}
	return null;
}
