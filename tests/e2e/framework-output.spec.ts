/**
 * Two edits of the framework's output (hooks.server.ts) checked on the pages the build wrote, not
 * on hand-written strings: a SvelteKit or Svelte release that changes what they look for turns
 * them into silent no-ops, and these tests fail then. Reads build/ only (no browser).
 * - server/headOrder.ts: a page's stylesheets come before its modulepreload links in <head>.
 * - server/noApp.ts: a page without the app (the print handout) has none of Svelte's hydration
 *   comments in its body and none of the diagrams' hidden marks, which the same view's page with
 *   the app does have.
 */
import { test, expect } from '@playwright/test';
import { readPage } from './built';

/** Every `<link>` tag in the head, with its `rel`, wherever the attribute stands in the tag. */
function headLinks(html: string): string[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(/<link\b[^>]*>/g)].map((m) => /\brel="([^"]*)"/.exec(m[0])?.[1] ?? '');
}
const body = (html: string) => html.slice(html.indexOf('<body'));
const comments = (html: string) => body(html).match(/<!--[\s\S]*?-->/g) ?? [];

for (const path of ['en/runtime/docker-run', 'ko/networking', 'embed/en/layers/refine']) {
	test(`${path}: stylesheets come before the modulepreload links`, () => {
		const rels = headLinks(readPage(`build/${path}/index.html`));
		const sheets = rels.flatMap((r, i) => (r === 'stylesheet' ? [i] : []));
		const preloads = rels.flatMap((r, i) => (r === 'modulepreload' ? [i] : []));
		// Both kinds are there (else the test would prove nothing), in that order.
		expect(sheets.length).toBeGreaterThan(0);
		expect(preloads.length).toBeGreaterThan(0);
		expect(Math.max(...sheets)).toBeLessThan(Math.min(...preloads));
	});
}

// Views whose overview hides marks (concealed by a step): layers/refine splits its boxes.
for (const view of ['en/layers/refine', 'ko/processes/fork-exec']) {
	test(`${view}/print: no hydration comments and no hidden marks`, () => {
		const app = readPage(`build/${view}/index.html`);
		const print = readPage(`build/${view}/print/index.html`);
		// The page with the app has both (what the cut is for), the handout has neither.
		expect(app).toContain('__sveltekit_');
		expect(comments(app).length).toBeGreaterThan(10);
		expect(app).toMatch(/<g\b[^>]*\svisibility="hidden"/);
		expect(print).not.toContain('__sveltekit_');
		expect(comments(print)).toEqual([]);
		expect(print).not.toMatch(/visibility="hidden"/);
	});
}
