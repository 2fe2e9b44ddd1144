/**
 * A `test` whose `page` lives on after the test, for the next test of the same file in the same
 * worker with the same context options: the tests still open their own URLs (a full page load
 * each, as before), but from a warm browser cache in a tab that already exists. A fresh context
 * per test cost about a second of a diagram test's three to five on a loaded two-core machine
 * (context creation and every script and style fetched and compiled again).
 *
 * Only for tests that start by loading their own page and that add no init script, route or clock
 * to it (those outlive a test). What a test may change is put back before the next one: the
 * site's storage, cookies and granted permissions are cleared, the viewport and emulated media are
 * set to the test's options, and the listeners the test added (collectErrors, page.on) are
 * removed; `context` is the page's. A failed test ends its worker, and the page with it: the next
 * test gets a new one.
 */
import { test as base, type CDPSession, type Page } from '@playwright/test';

const pages = new Map<string, { page: Page; cdp: CDPSession }>();
const EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfinished', 'load'] as const;
type Listener = (...args: unknown[]) => void;
type Emitter = { listeners(event: string): Listener[]; off(event: string, l: Listener): unknown };

export const test = base.extend({
	page: async (
		{
			browser,
			baseURL,
			viewport,
			reducedMotion,
			colorScheme,
			javaScriptEnabled,
			hasTouch,
			isMobile,
			deviceScaleFactor,
			locale
		},
		use
	) => {
		const options = {
			baseURL,
			viewport,
			reducedMotion,
			colorScheme,
			javaScriptEnabled,
			hasTouch,
			isMobile,
			deviceScaleFactor,
			locale
		};
		const key = JSON.stringify(options);
		let kept = pages.get(key);
		if (!kept || kept.page.isClosed()) {
			const context = await browser.newContext(options);
			const page = await context.newPage();
			kept = { page, cdp: await context.newCDPSession(page) };
			pages.set(key, kept);
		} else {
			await kept.page.context().clearCookies();
			await kept.page.context().clearPermissions();
			await kept.cdp.send('Storage.clearDataForOrigin', {
				origin: new URL(baseURL!).origin,
				storageTypes: 'local_storage,indexeddb,cache_storage'
			});
			if (viewport) await kept.page.setViewportSize(viewport);
			await kept.page.emulateMedia({ reducedMotion, colorScheme });
		}
		const { page } = kept;
		// Page is an event emitter; its typings list `on`/`off` per event but not `listeners`.
		const emitter = page as unknown as Emitter;
		const before = new Map(EVENTS.map((e) => [e, emitter.listeners(e)]));
		await use(page);
		for (const e of EVENTS)
			for (const l of emitter.listeners(e)) if (!before.get(e)!.includes(l)) emitter.off(e, l);
	},
	// A test that asks for its context (to grant a permission) gets the page's.
	context: async ({ page }, use) => {
		await use(page.context());
	}
});

export { expect } from '@playwright/test';
