// One cold load of one page: first contentful paint, the frame that shows the diagram, long tasks
// and blocking time, bytes on the wire (gzipped by the bench's server), and the heap after GC.
import { openPage, heapAfterGC } from './browser.mjs';
import { sum } from './stats.mjs';

/**
 * `settle`: how long to keep watching after the diagram is painted and `load` has fired, for
 * hydration's long tasks (scaled by the CPU slowdown).
 */
export async function coldLoad(browser, url, { cpu, selector, settle = 700, timeout = 30000 }) {
	const { context, page, cdp } = await openPage(browser, { cpu, selector });
	try {
		await page.goto(url, { waitUntil: 'load', timeout });
		await page
			.waitForFunction(() => window.__bench.diagramPainted !== null, null, { timeout })
			.catch((err) => {
				throw new Error(`${url}: the diagram (${selector}) was never painted: ${err.message}`);
			});
		await page.waitForTimeout(settle * cpu);
		const m = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			const res = performance.getEntriesByType('resource');
			// The page's own JS: what it asked for until its load event (what it fetches once idle,
			// such as the note panel's code, comes after and is counted apart).
			const allJs = res.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
			const js = allJs.filter((r) => r.startTime <= nav.loadEventEnd);
			return {
				fcp: fcp ? fcp.startTime : null,
				diagram: window.__bench.diagramPainted,
				load: nav.loadEventEnd,
				longtasks: window.__bench.longtasks,
				cls: window.__bench.cls,
				htmlGz: nav.encodedBodySize,
				htmlRaw: nav.decodedBodySize,
				jsGz: js.reduce((n, r) => n + r.encodedBodySize, 0),
				jsRaw: js.reduce((n, r) => n + r.decodedBodySize, 0),
				jsFiles: js.length,
				jsLaterGz: allJs.filter((r) => !js.includes(r)).reduce((n, r) => n + r.encodedBodySize, 0)
			};
		});
		const tbt = sum(
			m.longtasks.filter((l) => m.fcp === null || l.start >= m.fcp).map((l) => l.dur - 50)
		);
		const heap = await heapAfterGC(cdp);
		return {
			...m,
			longtasks: m.longtasks.length,
			longest: Math.max(0, ...m.longtasks.map((l) => l.dur)),
			tbt,
			heap
		};
	} finally {
		await context.close();
	}
}
