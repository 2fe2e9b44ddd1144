// One headless Chromium for the whole run, a fresh context (empty cache, no storage) per page so
// every load is cold; CPU throttling through the DevTools protocol, like DevTools' own setting.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const probeSource = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'probe.js'), 'utf8');

/** $CHROMIUM_PATH, else Playwright's own download, else a system Chromium/Chrome. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// no download of Playwright's own
	}
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
		if (existsSync(p)) return p;
	}
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
		} catch {
			// not on PATH
		}
	}
	throw new Error(
		'No Chromium found: set CHROMIUM_PATH, or install one (`npx playwright install chromium`, `apt-get install chromium`).'
	);
}

export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-renderer-backgrounding',
	'--disable-background-timer-throttling',
	'--disable-backgrounding-occluded-windows',
	// A thousand step changes are a thousand history.replaceState calls in a few seconds.
	'--disable-ipc-flooding-protection'
];

export async function launch() {
	const executablePath = findChromium();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	return { browser, executablePath };
}

/** A page in a fresh context with the probe installed and the CPU throttled `cpu` times. */
export async function openPage(browser, { cpu, selector }) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		reducedMotion: 'no-preference'
	});
	await context.addInitScript({
		content: probeSource.replace('__BENCH_SELECTOR__', JSON.stringify(selector))
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	page.on('pageerror', (err) => console.error(`  page error on ${page.url()}: ${err.message}`));
	return { context, page, cdp };
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGC(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
