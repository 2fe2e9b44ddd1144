/**
 * What the first frame of an opened note panel holds (NodeNotes `staged`): a click paints the
 * node's name and the note's own text (with its corrections) in the first frame; the team's
 * description and the "Also in …" links below it follow in a later frame, under the note's text,
 * so they move nothing in the panel. A node the note is silent about shows its description in
 * the first frame, and so do a deep link (once its text is there) and a phone's bottom sheet (which grows
 * upwards: a later tail would move the note's text). No timing: each frame
 * is looked at by a requestAnimationFrame watcher inside the page.
 */
import { test, expect, type Page } from '@playwright/test';
import { gotoDiagram, nodeEl, notePanel, plain, runtime } from './helpers';

interface Seen {
	node: string;
	passages: number;
	corrections: number;
	team: boolean;
	related: boolean;
	// Where the first passage's top edge sat in the panel then (a later frame must not move it).
	passageTop: number | null;
}

/** Records what the first frame with the panel of `node` open (and shown) held. */
async function watchFirstFrame(page: Page, node: string, init = false, loaded = false) {
	const install = ([node, loaded]: [string, boolean]) => {
		const w = window as unknown as { firstPanelFrame: Seen | null };
		w.firstPanelFrame = null;
		const look = () => {
			const p = document.querySelector<HTMLElement>(`[data-note-panel][data-node="${node}"]`);
			const shown =
				p &&
				!document.documentElement.classList.contains('restoring') &&
				!(loaded && p.querySelector('[data-panel-status]')) &&
				p.getBoundingClientRect().height > 0;
			if (!shown) return requestAnimationFrame(look);
			const first = p.querySelector('[data-passage]');
			w.firstPanelFrame = {
				node: p.getAttribute('data-node')!,
				passages: p.querySelectorAll('[data-passage]').length,
				corrections: p.querySelectorAll('[data-correction]').length,
				team: !!p.querySelector('[data-team-text]'),
				related: !!p.querySelector('[data-related]'),
				passageTop: first ? first.getBoundingClientRect().top - p.getBoundingClientRect().top : null
			};
		};
		requestAnimationFrame(look);
	};
	const args: [string, boolean] = [node, loaded];
	if (init) await page.addInitScript(install, args);
	else await page.evaluate(install, args);
	return () =>
		page
			.waitForFunction(
				() => (window as unknown as { firstPanelFrame: Seen | null }).firstPanelFrame
			)
			.then((h) => h.jsonValue() as Promise<Seen>);
}

/** Opens and closes a note, so the panel's code and content are here, as they are by the time a mouse reaches a node. */
async function warmPanel(page: Page) {
	await nodeEl(page, 'kernel').click();
	await expect(notePanel(page).locator('[data-team-text]')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(notePanel(page)).toHaveCount(0);
}

const about = (id: string) => plain(runtime.nodes.find((n) => n.id === id)!.about.en);

test('a click paints the note’s text first; the team’s description follows below it', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/');
	await warmPanel(page);
	const first = await watchFirstFrame(page, 'runc');
	await nodeEl(page, 'runc').click();
	const seen = await first();
	expect(seen.node).toBe('runc');
	expect(seen.passages).toBeGreaterThan(0);
	expect(seen.corrections).toBeGreaterThan(0);
	expect(seen.team).toBe(false);
	expect(seen.related).toBe(false);
	const panel = notePanel(page);
	await expect(panel.locator('[data-team-text]')).toContainText(about('runc'));
	await expect(panel.locator('[data-related]')).toHaveCount(1);
	// The tail came below: the note's text did not move.
	const top = await panel
		.locator('[data-passage]')
		.first()
		.evaluate(
			(el) =>
				el.getBoundingClientRect().top -
				el.closest('[data-note-panel]')!.getBoundingClientRect().top
		);
	expect(Math.abs(top - seen.passageTop!)).toBeLessThan(0.5);

	// Another node replaces the text in place, description included, in one frame.
	const next = await watchFirstFrame(page, 'dockerd');
	await nodeEl(page, 'dockerd').click();
	await expect(panel).toHaveAttribute('data-node', 'dockerd');
	const switched = await next();
	expect(switched.team).toBe(true);
});

test('a node the note is silent about shows its description in the first frame', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/');
	await nodeEl(page, 'kernel').click();
	await expect(notePanel(page).locator('[data-team-text]')).toHaveCount(1);
	await page.keyboard.press('Escape');
	const first = await watchFirstFrame(page, 'registry');
	await nodeEl(page, 'registry').click();
	const seen = await first();
	expect(seen.node).toBe('registry');
	expect(seen.passages).toBe(0);
	expect(seen.team).toBe(true);
});

// A deep link shows its picture without waiting for the note's text (issue 24: the panel says
// it is loading meanwhile); when the text comes, it comes whole, in one frame.
test('a ?node= deep link shows the whole note in the frame its text arrives', async ({ page }) => {
	const first = await watchFirstFrame(page, 'runc', true, true);
	await gotoDiagram(page, '/en/runtime/?node=runc');
	const seen = await first();
	expect(seen.node).toBe('runc');
	expect(seen.passages).toBeGreaterThan(0);
	expect(seen.team).toBe(true);
	expect(seen.related).toBe(true);
});

test('a phone’s bottom sheet shows the whole panel in its first frame', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoDiagram(page, '/en/runtime/');
	await warmPanel(page);
	const first = await watchFirstFrame(page, 'runc');
	await nodeEl(page, 'runc').click();
	const seen = await first();
	expect(seen.passages).toBeGreaterThan(0);
	expect(seen.team).toBe(true);
	expect(seen.related).toBe(true);
});
