/**
 * What a screen reader gets, read from the accessibility tree (ariaSnapshot) and from the live
 * regions as they change: named edges, node names that contain their visible text, one polite
 * "Step n of N" announcement per step, no assertive announcement on step or note changes, and
 * narration without Markdown.
 */
import { test, expect, type Page } from '@playwright/test';
import { gotoDiagram, diagramSvg, runtime, findView } from './helpers';
import { viewEdgeIds } from '../../src/lib/content/query';

test.use({ reducedMotion: 'reduce' });

test('every shown edge of /en/runtime/docker-run/ is in the accessibility tree with its name', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/docker-run/?step=10');
	const tree = await diagramSvg(page).ariaSnapshot();
	const names = await page
		.locator('svg[data-diagram] [data-edge]:not([aria-hidden])')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
	expect(names.length).toBeGreaterThan(6);
	for (const name of names) expect(tree).toContain(`img "${name}"`);
	// e.g. "containerd → containerd-shim: exec shim · ttrpc", from the definitions.
	const edge = runtime.edges.find((e) => e.id === 'containerd-shim')!;
	const label = (id: string) => runtime.nodes.find((n) => n.id === id)!.label.en;
	expect(tree).toContain(`img "${label(edge.from)} → ${label(edge.to)}: ${edge.label.en}"`);
	// Edges the step does not draw stay out of the tree. The page has the view's edges only
	// (server/loadView.ts).
	const hidden = await page.locator('svg[data-diagram] [data-edge][aria-hidden="true"]').count();
	expect(names.length + hidden).toBe(viewEdgeIds(runtime, 'docker-run').length);
});

test('a node’s accessible name contains all its visible text, lifetime badge included', async ({
	page
}) => {
	// Wide enough for the detailed drawing, which has the badges (a laptop's is compact: issue 23).
	await page.setViewportSize({ width: 1920, height: 1080 });
	await gotoDiagram(page, '/en/runtime/docker-run/?step=10');
	const problems = await page
		.locator('svg[data-diagram] [data-node]:not([aria-hidden])')
		.evaluateAll((nodes) =>
			nodes.flatMap((n) => {
				const name = (n.getAttribute('aria-label') ?? '').replace(/\s+/g, '');
				return [...n.querySelectorAll('text')]
					.map((t) => (t.textContent ?? '').replace(/\s+/g, '').replace(/-(?=.)/g, '-'))
					.filter((text) => text && !name.includes(text))
					.map((text) => `${n.getAttribute('data-node')}: "${text}" not in its name`);
			})
		);
	expect(problems).toEqual([]);
	await expect(page.locator('[data-node="runc"]')).toHaveAccessibleName(/runs briefly, exits/);
});

/** Records every change of a live region's text with the politeness it had at that moment. */
async function recordAnnouncements(page: Page) {
	await page.addInitScript(() => {
		const log: { live: string; text: string }[] = [];
		const last = new Map<Element, string>();
		(window as unknown as { __said: typeof log }).__said = log;
		new MutationObserver((records) => {
			const regions = new Set<Element>();
			for (const r of records) {
				const el = r.target instanceof Element ? r.target : r.target.parentElement;
				const region = el?.closest('[aria-live]');
				if (region) regions.add(region);
			}
			for (const region of regions) {
				const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
				const live = region.getAttribute('aria-live')!;
				if (text && last.get(region) !== text && live !== 'off') log.push({ live, text });
				last.set(region, text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return {
		take: () =>
			page.evaluate(() => {
				const w = window as unknown as { __said: { live: string; text: string }[] };
				return w.__said.splice(0);
			})
	};
}

test('stepping announces "Step n of N" once, politely; notes and steps never fire the assertive route announcer', async ({
	page
}) => {
	const said = await recordAnnouncements(page);
	await gotoDiagram(page, '/en/runtime/docker-run/?step=1');
	await said.take();
	const view = findView(runtime, 'docker-run');
	const steps = view.steps.length;

	await page.keyboard.press('ArrowRight');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '2');
	await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=2');
	// Another step: by then anything the first change set off has been recorded.
	await page.keyboard.press('ArrowRight');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '3');
	await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=3');
	const first = await said.take();
	expect(first.map((a) => a.live)).toEqual(['polite', 'polite']);
	expect(first[0].text).toMatch(new RegExp(`^Step 2 of ${steps}\\. `));
	expect(first[1].text).toMatch(new RegExp(`^Step 3 of ${steps}\\. `));
	expect(first[0].text).not.toContain('`');
	// What the step highlights is part of it.
	expect(first[0].text).toContain('Highlighted:');

	// Opening and closing a note says nothing assertive either.
	await page.locator('[data-node="dockerd"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-note-panel]')).toBeVisible();
	await expect.poll(() => page.evaluate(() => location.search)).toContain('node=dockerd');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-note-panel]')).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=3');
	expect((await said.take()).filter((a) => a.live === 'assertive')).toEqual([]);
});

test('an embed without controls announces narration as plain text (no Markdown)', async ({
	page
}) => {
	const view = findView(runtime, 'docker-run');
	const step = view.steps.findIndex((s) => s.narration.en.includes('`')) + 1;
	expect(step).toBeGreaterThan(0);
	await page.goto(`/embed/en/runtime/docker-run/?controls=0&step=${step}`);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(step));
	const region = page.locator('[data-narration]');
	await expect(region).toHaveAttribute('aria-live', 'polite');
	const text = (await region.textContent())!;
	expect(text).toContain(`Step ${step} of ${view.steps.length}.`);
	expect(text).not.toContain('`');
});
