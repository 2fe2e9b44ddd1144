/**
 * Shared helpers for the end-to-end tests: URLs, the hydration wait, locators for the diagram's
 * DOM hooks, and expectations computed from the diagram definitions themselves (so a content
 * change never needs the tests rewritten) — by the tests' own reading of them, never by the
 * production code that draws the page (which is what the tests check).
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { diagrams } from '../../src/lib/content/diagrams';
import { virtualization } from '../../src/lib/content/diagrams/virtualization';
import { runtime } from '../../src/lib/content/diagrams/runtime';
import { viewNodeIds } from '../../src/lib/content/query';
import type { DiagramDef, Lang, ViewDef } from '../../src/lib/content/types';

export const LANGS: readonly Lang[] = ['ko', 'en'];
/** Every diagram in the index: diagrams added later are covered without touching the tests. */
export const DIAGRAMS: readonly DiagramDef[] = diagrams;
export { virtualization, runtime };

export function findView(def: DiagramDef, viewId: string): ViewDef {
	const view = def.views.find((v) => v.id === viewId);
	if (!view) throw new Error(`No view "${viewId}" in diagram "${def.id}"`);
	return view;
}

/** Every (diagram, view) pair, in definition order. */
export const ALL_VIEWS: { def: DiagramDef; view: ViewDef }[] = DIAGRAMS.flatMap((def) =>
	def.views.map((view) => ({ def, view }))
);

/** Path of a view as the app addresses it: the default view has no view segment. */
export function viewPath(lang: Lang, def: DiagramDef, viewId: string): string {
	return viewId === def.defaultView ? `/${lang}/${def.id}/` : `/${lang}/${def.id}/${viewId}/`;
}

/**
 * Node ids drawn (in the view and revealed) at a step (0: the overview, which shows the last step's
 * state), in definition order.
 *
 * The tests' own replay of the step rules as types.ts documents them, written apart from
 * production's (layout/scene.ts `shownAtStep`) so that a bug there fails the tests instead of
 * moving their expectations with it: `reveal` — "nodes that appear at this step (hidden before
 * it)"; `conceal` — "nodes that disappear at this step (hidden from it on, until revealed again)".
 * So a node is shown at step k as its last reveal or conceal at or before k says; before its
 * first one, it is hidden if that first one reveals it, shown otherwise (never named: always shown).
 */
export function shownIds(def: DiagramDef, viewId: string, step: number): string[] {
	const view = findView(def, viewId);
	const at = step === 0 ? view.steps.length : step;
	return viewNodeIds(def, viewId).filter((id) => {
		const events = view.steps.map((s, i): 'reveal' | 'conceal' | undefined => {
			const [reveals, conceals] = [s.reveal?.includes(id), s.conceal?.includes(id)];
			// The documentation does not say what both in one step mean: refuse to guess.
			if (reveals && conceals)
				throw new Error(`${def.id}/${viewId} step ${i + 1} both reveals and conceals ${id}`);
			return reveals ? 'reveal' : conceals ? 'conceal' : undefined;
		});
		const last = events.slice(0, at).findLast((e) => e !== undefined);
		if (last) return last === 'reveal';
		return events.find((e) => e !== undefined) !== 'reveal';
	});
}

/** Every node of the diagram (all are in the DOM; the ones not drawn are aria-hidden). */
export function allNodeIds(def: DiagramDef): string[] {
	return def.nodes.map((n) => n.id);
}

/** Text as CodeText renders it: backticks mark <code> spans and never show. */
export function plain(text: string): string {
	return text.replaceAll('`', '');
}

// ── Locators ─────────────────────────────────────────────────────────────────────────────────────

export const diagramSvg = (page: Page): Locator => page.locator('svg[data-diagram]');
export const nodeEl = (page: Page, id: string): Locator =>
	page.locator(`svg[data-diagram] [data-node="${id}"]`);
export const notePanel = (page: Page): Locator => page.locator('[data-note-panel]');
/** The visible narration text (the live region around it also says the step number). */
export const narration = (page: Page): Locator => page.locator('[data-narration-text]');
export const nextButton = (page: Page): Locator => page.locator('[data-step-next]');
export const prevButton = (page: Page): Locator => page.locator('[data-step-prev]');

// ── Hydration ────────────────────────────────────────────────────────────────────────────────────

/**
 * Waits until a page is hydrated and a diagram page has applied its URL.
 *
 * The root layout sets `data-hydrated` on <html> in its onMount, which runs once the page's own
 * onMount has (the prerendered HTML holds the whole diagram, so nothing visible marks this). A
 * link with ?step= or ?node= sets the `restoring` class (app.html) until the page has drawn that
 * state. A diagram page's onMount starts with a task (DiagramPage/EmbedPage: the narrow drawing,
 * then the URL's state with `instant` on); a task queued after hydration runs after it, and the
 * frame after that has painted what it drew.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const html = document.documentElement;
		return html.hasAttribute('data-hydrated') && !html.classList.contains('restoring');
	});
	await page.evaluate(
		() => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve())))
	);
}

/** Opens a diagram page and waits for hydration. */
export async function gotoDiagram(page: Page, url: string) {
	const response = await page.goto(url);
	await waitForHydration(page);
	return response;
}

// ── Motion ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Counts the page's pending animation-frame callbacks (call before the page loads). Every tween
 * (motion.svelte.ts, svelte/motion for tokens and packets) asks for a frame while it runs and
 * stops asking when it ends, so "no frame pending" is the end of the motion: tests wait for it
 * (`waitForStill`) instead of sleeping for longer than an animation should take.
 */
export async function countFrames(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const pending = new Set<number>();
		const request = window.requestAnimationFrame.bind(window);
		const cancel = window.cancelAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) => {
			const id = request((time) => {
				pending.delete(id);
				callback(time);
			});
			pending.add(id);
			return id;
		};
		window.cancelAnimationFrame = (id) => {
			pending.delete(id);
			cancel(id);
		};
		Object.defineProperty(window, '__framesPending', { get: () => pending.size });
	});
}

/**
 * Waits until nothing on the page moves: no animation frame pending (needs `countFrames`) and no
 * Web Animation running or about to (the camera's move, camera.ts). A finished animation may stay
 * listed (with a fill): tests that care count them. Polled on a timer: polling on frames would
 * itself keep a frame pending.
 */
export async function waitForStill(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const pending = (window as unknown as { __framesPending?: number }).__framesPending;
			if (pending === undefined) throw new Error('waitForStill needs countFrames(page) first');
			return (
				pending === 0 &&
				document.getAnimations().every((a) => a.playState === 'finished' || a.playState === 'idle')
			);
		},
		undefined,
		{ polling: 50 }
	);
}

// ── Reading the diagram ──────────────────────────────────────────────────────────────────────────

/** Ids of the nodes exposed to assistive technology (not aria-hidden), in DOM order. */
export async function exposedNodeIds(page: Page): Promise<string[]> {
	return diagramSvg(page)
		.locator('[data-node]:not([aria-hidden="true"])')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!));
}

/** The `opacity` attribute of every node, by id. */
export async function nodeOpacities(page: Page): Promise<Record<string, number>> {
	return diagramSvg(page)
		.locator('[data-node]')
		.evaluateAll((els) =>
			Object.fromEntries(
				els.map((e) => [e.getAttribute('data-node')!, Number(e.getAttribute('opacity'))])
			)
		);
}

/** Geometry of a node's first box (`rect` attributes as drawn). */
export async function rectOf(
	page: Page,
	id: string
): Promise<{ x: number; y: number; width: number; height: number }> {
	return nodeEl(page, id)
		.locator('rect')
		.last()
		.evaluate((r) => ({
			x: Number(r.getAttribute('x')),
			y: Number(r.getAttribute('y')),
			width: Number(r.getAttribute('width')),
			height: Number(r.getAttribute('height'))
		}));
}

/** The current URL's path and query, e.g. "/en/runtime/?step=2". */
export function pathAndQuery(page: Page): string {
	const u = new URL(page.url());
	return u.pathname + u.search;
}

/** Waits for the URL's path and query to become `expected` (the app writes it asynchronously). */
export async function expectUrl(page: Page, expected: string): Promise<void> {
	await expect.poll(() => pathAndQuery(page)).toBe(expected);
}

export async function expectStep(
	page: Page,
	def: DiagramDef,
	viewId: string,
	step: number,
	lang: Lang
) {
	const view = findView(def, viewId);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(step));
	// The overview (step 0) is narrated by the view's summary.
	const text = step === 0 ? view.summary[lang] : view.steps[step - 1].narration[lang];
	await expect(narration(page)).toHaveText(plain(text));
}

/**
 * Collects console errors and uncaught page errors. Resource 404s are left out only where a test
 * expects them (the 404 page itself); pass `allow` to say so.
 */
export function collectErrors(page: Page, allow: RegExp[] = []): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const text = msg.text();
		if (!allow.some((re) => re.test(text))) errors.push(`console.error: ${text}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
	return errors;
}

// ── The note handed back ─────────────────────────────────────────────────────────────────────────

/**
 * Clicks "Download my note" on the note page open in `page` and returns the file, after checking
 * its name and that every non-empty line of the note (the oracle: the note file itself) appears
 * in it, in order, as written.
 */
export async function downloadMyNote(page: Page, lang: Lang): Promise<string> {
	// The button is prerendered: a click before hydration does nothing (a loaded CI machine did
	// that once, and the download never came).
	await waitForHydration(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-note-download]').click()
	]);
	expect(download.suggestedFilename()).toBe(`docker-ch2.${lang}.md`);
	const file = readFileSync((await download.path())!, 'utf8');
	const note = readFileSync(
		new URL(`../../src/lib/content/notes/docker-ch2.${lang}.md`, import.meta.url),
		'utf8'
	);
	const out = file.split('\n');
	let at = 0;
	for (const line of note
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.filter((l) => l.trim())) {
		while (at < out.length && !out[at].startsWith(line)) at++;
		expect(at, line).toBeLessThan(out.length);
		at++;
	}
	return file;
}
