/**
 * No page type logs a console warning or error while it loads and hydrates: the landing page,
 * both galleries, both note pages, a diagram page (overview and a deep link to a step and a
 * note), a print handout, an embed and the 404 page. Every page used to log Chromium's
 * "Did not find element expected to be parsed from: <link rel=expect href="#fit-figure">"
 * where there is no diagram (src/lib/server/expect.ts).
 */
import { type ConsoleMessage } from '@playwright/test';
import { test, expect } from './shared-page';

const PAGES = [
	'/',
	'/ko/',
	'/en/',
	'/ko/note/',
	'/en/note/',
	'/en/virtualization/',
	'/ko/runtime/docker-run/?step=9&node=containerd-shim',
	'/en/layers/refine/print/',
	'/embed/en/virtualization/compare/',
	'/embed/ko/networking/user-bridge/?step=3',
	'/en/no-such-diagram/'
];

for (const path of PAGES) {
	test(`no console warning or error on ${path}`, async ({ page }) => {
		const logged: string[] = [];
		const record = (m: ConsoleMessage) => {
			const type = m.type();
			if (type !== 'warning' && type !== 'error') return;
			// The 404 page's own status is the point of that page, not a fault.
			if (path.startsWith('/en/no-such') && /status of 404/.test(m.text())) return;
			logged.push(`${type}: ${m.text()}`);
		};
		page.on('console', record);
		page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
		await page.goto(path, { waitUntil: 'load' });
		// Hydrated, and whatever it loads on first use loaded (networkidle), two frames more for
		// what the first effects log.
		await page.waitForLoadState('networkidle');
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		expect(logged).toEqual([]);
	});
}
