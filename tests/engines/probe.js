// Loaded first in every page the engine suite opens (tests/engines/server.ts puts it at the top
// of <head>): records every error a page reports, the same way in every engine, since WebKit's
// classic WebDriver has no log of its own. Errors are kept in sessionStorage, so the ones a
// page reports while it is left (or inside a same-origin frame) are still there when the test
// reads them.
(() => {
	const KEY = '__engineErrors';
	/** @param {string} text */
	const record = (text) => {
		try {
			const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
			list.push(`${location.pathname}${location.search}: ${text}`);
			sessionStorage.setItem(KEY, JSON.stringify(list));
		} catch {
			// No storage: nothing to do but not break the page.
		}
	};
	/** @param {unknown} value */
	const describe = (value) =>
		value instanceof Error ? `${value.name}: ${value.message}` : String(value);
	// Uncaught exceptions and error events, ResizeObserver's loop error included; in the capture
	// phase also a script, stylesheet or image that failed to load (those events do not bubble).
	addEventListener(
		'error',
		(/** @type {Event} */ e) => {
			if (e instanceof ErrorEvent) record(`error: ${e.message || describe(e.error)}`);
			else if (e.target instanceof Element) {
				const el = /** @type {Element & { src?: string; href?: string }} */ (e.target);
				record(`failed to load: <${el.localName}> ${el.src || el.href || ''}`);
			}
		},
		true
	);
	addEventListener('unhandledrejection', (e) =>
		record(`unhandled rejection: ${describe(e.reason)}`)
	);
	addEventListener('securitypolicyviolation', (e) =>
		record(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
	);
	const consoleError = console.error;
	/** @param {unknown[]} args */
	console.error = function (...args) {
		record(`console.error: ${args.map(describe).join(' ')}`);
		return consoleError.apply(this, args);
	};
})();
