// What a touch costs once a page is loaded: click a node → its note painted; step → every frame of
// the animation; view switch → every frame of the transition. Targets the app by its DOM hooks
// (README "DOM hooks": [data-node], [data-note-panel][data-node], [data-step-next], [data-view-link])
// and the Mermaid page by Mermaid's own markup (g.node.clickable) and the page's note panel.
import { openPage, heapAfterGC } from './browser.mjs';

export const APP = {
	selector: 'svg[data-diagram]',
	nodes: 'svg[data-diagram] [data-node][role="button"]',
	node: (id) => `svg[data-diagram] [data-node="${id}"]`,
	idOf: 'data-node',
	// The panel with its content: not while it says "Loading…" (the first click of a page fetches
	// the panel's code and content; the note is painted when its text is).
	panel: (id) => `[data-note-panel][data-node="${id}"]:not(:has([data-panel-status]))`,
	async close(page) {
		await page.keyboard.press('Escape');
		await page.waitForSelector('[data-note-panel]', { state: 'detached' });
	}
};
export const MERMAID = {
	selector: '#diagram svg',
	nodes: '#diagram g.node.clickable',
	node: (id) => `#diagram g[id="${id}"]`,
	idOf: 'id',
	panel: () => '#note:not([hidden])',
	async close(page) {
		await page.evaluate(() => (document.getElementById('note').hidden = true));
	}
};

const within = (promise, ms, what) =>
	Promise.race([
		promise,
		new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out: ${what}`)), ms))
	]);

/** Loads `url` throttled, waits for hydration, and hands the page to `fn`. */
export async function withPage(browser, url, { cpu, target }, fn) {
	const { context, page, cdp } = await openPage(browser, { cpu, selector: target.selector });
	try {
		await page.goto(url, { waitUntil: 'load' });
		await page
			.waitForFunction(() => window.__bench.diagramPainted !== null)
			.catch((err) => {
				throw new Error(
					`${url}: the diagram (${target.selector}) was never painted: ${err.message}`
				);
			});
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(600 * cpu);
		return await fn(page, cdp);
	} finally {
		await context.close();
	}
}

async function visibleNodeIds(page, target) {
	return page.$$eval(
		target.nodes,
		(els, attr) =>
			els
				.filter((el) => {
					// Only nodes a click at their centre reaches (a frame's centre is its children).
					const r = el.getBoundingClientRect();
					if (!(r.width > 0 && r.height > 0) || getComputedStyle(el).opacity === '0') return false;
					el.scrollIntoView({ block: 'nearest' });
					const c = el.getBoundingClientRect();
					const hit = document.elementFromPoint(c.x + c.width / 2, c.y + c.height / 2);
					return hit?.closest(`[${attr}]`) === el;
				})
				.map((el) => el.getAttribute(attr)),
		target.idOf
	);
}

/** Clicks node `id` and resolves with click → its note painted (ms). */
async function clickNote(page, target, id) {
	await page.evaluate((sel) => window.__bench.armPanel(sel), target.panel(id));
	await page.locator(target.node(id)).click();
	return within(
		page.evaluate(() => window.__bench.pending),
		15000,
		`note panel of ${id} on ${page.url()}`
	);
}

/**
 * Clicks `reps` nodes in turn. `reopen`: close the panel between clicks, so every click opens it
 * (the usual case); without it the clicks only switch the open panel (used by the profile).
 * `warm`: one click (on the last node clicked) first, not measured, so every measured click is a
 * warm one: the page's first click is measured cold, on a page of its own (`coldClick`).
 * Returns click → panel painted (ms) per click and the event-timing duration of each interaction.
 */
export async function clicks(page, target, reps, { reopen = true, warm = true } = {}) {
	const ids = await visibleNodeIds(page, target);
	if (!ids.length) throw new Error(`no clickable node on ${page.url()}`);
	const painted = [];
	if (warm) {
		await clickNote(page, target, ids[(reps - 1) % ids.length]);
		if (reopen) await target.close(page);
		await page.waitForTimeout(150);
		await page.evaluate(() => (window.__bench.events.length = 0));
	}
	for (let i = 0; i < reps; i++) {
		const id = ids[i % ids.length];
		painted.push(await clickNote(page, target, id));
		if (reopen) await target.close(page);
		await page.waitForTimeout(150);
	}
	const inp = await page.evaluate(() => {
		const byId = new Map();
		for (const e of window.__bench.events)
			if (/^(pointer|mouse|click)/.test(e.name))
				byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.dur));
		return [...byId.values()];
	});
	return { painted, inp };
}

/** Records every frame from a click on `selector` until the DOM has been quiet for `quiet` ms. */
async function framesOf(page, selector, { quiet = 500, max = 8000 } = {}) {
	await page.evaluate(() => window.__bench.startFrames());
	await page.locator(selector).click();
	return page.evaluate(([q, m]) => window.__bench.stopFrames(q, m), [quiet, max]);
}

/** `reps` steps forward (back to the first step when the last is reached, not measured). */
export async function steps(page, reps) {
	const out = [];
	for (let i = 0; i < reps; i++) {
		if (await page.locator('[data-step-next]').isDisabled()) {
			await page.locator('.step-buttons button').first().click();
			await page.waitForTimeout(1200);
		}
		out.push(await framesOf(page, '[data-step-next]'));
	}
	return out;
}

/** `reps` view switches through the view tabs, round the diagram's views. */
export async function viewSwitches(page, reps) {
	const views = await page.$$eval('[data-view-link]', (els) =>
		els.map((el) => el.getAttribute('data-view-link'))
	);
	if (views.length < 2) return [];
	const out = [];
	let at = await page.getAttribute('svg[data-diagram]', 'data-view');
	for (let i = 0; i < reps; i++) {
		const next = views[(views.indexOf(at) + 1) % views.length];
		const f = await framesOf(page, `[data-view-link="${next}"]`);
		await page.waitForSelector(`svg[data-diagram][data-view="${next}"]`);
		out.push(f);
		at = next;
	}
	return out;
}

/**
 * Heap after GC before and after `n` step changes (keys → and ←, one per frame, turning round at
 * either end), after a warm-up of as many changes. The warm-up is that long because the heap
 * first grows while the engine compiles hot code (≈ 0.6 MB) and the browser fills its capped
 * buffers (resource timing, layout shifts) — a heap snapshot diff after 20 and after 1,000 changes
 * shows nothing else, and a second 1,000 changes adds nothing (networking 5.93 → 5.92 MB): what is
 * left to see is growth that keeps going, i.e. a leak.
 */
export async function heapSoak(page, cdp, n) {
	const run = (count) =>
		page.evaluate(async (count) => {
			const svg = () => document.querySelector('svg[data-diagram]');
			let key = 'ArrowRight';
			let turns = 0;
			for (let i = 0; i < count && turns < 3; i++) {
				const before = svg().getAttribute('data-step');
				document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
				await new Promise(requestAnimationFrame);
				if (svg().getAttribute('data-step') === before) {
					key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
					turns++;
					i--;
				} else turns = 0;
			}
		}, count);
	await run(n);
	await page.waitForTimeout(1500);
	const before = await heapAfterGC(cdp);
	await run(n);
	await page.waitForTimeout(1500);
	const after = await heapAfterGC(cdp);
	return { before, after, changes: n };
}

/**
 * Until the page is idle: the browser has had idle time and no resource has finished loading for
 * `quiet` ms (what a page fetches once idle, such as the note panel's code and the view's content,
 * has arrived by then). At most `max` ms.
 */
export function untilIdle(page, { quiet = 500, max = 15000 } = {}) {
	return page.evaluate(
		async ([quiet, max]) => {
			const idle = () =>
				new Promise((r) =>
					typeof requestIdleCallback === 'function'
						? requestIdleCallback(() => r(), { timeout: 1000 })
						: setTimeout(r, 50)
				);
			const t0 = performance.now();
			let seen = -1;
			let since = t0;
			while (performance.now() - t0 < max) {
				await idle();
				await new Promise((r) => setTimeout(r, 50));
				const n = performance.getEntriesByType('resource').length;
				if (n !== seen) [seen, since] = [n, performance.now()];
				else if (performance.now() - since >= quiet) return;
			}
		},
		[quiet, max]
	);
}

/**
 * A cold first click without hover: a fresh page (empty cache, a new browser context) is loaded,
 * left until idle, and then one node is clicked — the pointer moves onto it and presses at once,
 * as Playwright's click does, so nothing had a hover to start on. Node `pick` of those a click
 * reaches (round-robin). Returns click → note painted (ms), the long tasks from navigation to the
 * click (the load and what the page did once idle), and how many requests the click itself made
 * (0 when the panel's code and the view's content were fetched at idle). `around(page, cdp)`,
 * if given, runs before the navigation and returns what to call after the click (the profile's
 * trace); what that returns comes back as `traced`.
 */
export async function coldClick(browser, url, { cpu, target, pick = 0, around = null }) {
	const { context, page, cdp } = await openPage(browser, { cpu, selector: target.selector });
	try {
		const stop = around && (await around(page, cdp));
		await page.goto(url, { waitUntil: 'load' });
		await page
			.waitForFunction(() => window.__bench.diagramPainted !== null)
			.catch((err) => {
				throw new Error(`${url}: the diagram was never painted: ${err.message}`);
			});
		await untilIdle(page);
		const ids = await visibleNodeIds(page, target);
		if (!ids.length) throw new Error(`no clickable node on ${url}`);
		const id = ids[pick % ids.length];
		const before = await page.evaluate(() => {
			// A window for the profile: navigation → the click.
			performance.measure('bench:idle', { start: 0, end: performance.now() });
			return window.__bench.longtasks.slice();
		});
		let fetched = 0;
		// Code and data only (a URL change makes Chromium ask for the favicon again).
		const count = (r) => void (['script', 'fetch', 'xhr'].includes(r.resourceType()) && fetched++);
		page.on('request', count);
		const ms = await clickNote(page, target, id);
		page.off('request', count);
		return {
			ms,
			id,
			longtasks: before.length,
			longest: Math.max(0, ...before.map((l) => l.dur)),
			fetched,
			...(stop && { traced: await stop() })
		};
	} finally {
		await context.close();
	}
}
