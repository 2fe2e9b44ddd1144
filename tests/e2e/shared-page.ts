/**
 * A `test` whose `page` lives on after the test, for the next test of the same file in the same
 * worker with the same context options: the tests still open their own URLs (a full page load
 * each, as before), but from a warm browser cache in a tab that already exists. A fresh context
 * per test cost about a second of a diagram test's three to five on a loaded two-core machine
 * (context creation and every script and style fetched and compiled again), for tests that share
 * nothing a page keeps: no storage, no init scripts, no routes.
 *
 * Only for tests that start by loading their own page and that add no init script, route or
 * permission to it (those outlive a test). What a test may change on the page is put back before
 * the next one: the viewport and emulated media are set to the test's options, and the listeners
 * the test added (collectErrors, page.on) are removed. A failed test ends its worker, and the page
 * with it: the next test gets a new one.
 */
import { test as base, type Page } from '@playwright/test';

const pages = new Map<string, Page>();
const EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfinished', 'load'] as const;

export const test = base.extend({
	page: async ({ browser, baseURL, viewport, reducedMotion, colorScheme }, use) => {
		const options = { baseURL, viewport, reducedMotion, colorScheme };
		const key = JSON.stringify(options);
		let page = pages.get(key);
		if (!page || page.isClosed()) {
			page = await (await browser.newContext(options)).newPage();
			pages.set(key, page);
		} else {
			if (viewport) await page.setViewportSize(viewport);
			await page.emulateMedia({ reducedMotion, colorScheme });
		}
		const before = new Map(EVENTS.map((e) => [e, page.listeners(e)]));
		await use(page);
		for (const e of EVENTS)
			for (const l of page.listeners(e)) if (!before.get(e)!.includes(l)) page.off(e, l);
	}
});

export { expect } from '@playwright/test';
