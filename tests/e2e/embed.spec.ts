import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';

// The embed runs cross-origin inside tests/e2e/fixtures/host.html, which records every message.
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 5199}`;
const HOST = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 5199) - 1}/tests/e2e/fixtures/host.html`;

async function openHost(page: Page, embedPath: string) {
	await page.goto(`${HOST}?src=${encodeURIComponent(APP + embedPath)}`);
	await expect.poll(() => messages(page, 'ready')).toHaveLength(1);
	return page.frameLocator('#atlas');
}
const messages = (page: Page, event?: string) =>
	page.evaluate(
		(ev) =>
			(window as unknown as { messages: { event: string }[] }).messages.filter(
				(m) => !ev || m.event === ev
			),
		event
	);
const send = (page: Page, m: unknown) =>
	page.evaluate((msg) => (window as unknown as { send: (m: unknown) => void }).send(msg), m);
const lastState = async (page: Page) =>
	(await messages(page, 'statechange')).at(-1) as unknown as Record<string, unknown>;

test.describe('embed page', () => {
	test('has no site chrome, fits its frame and honours step, node, range and theme', async ({
		page
	}) => {
		await page.setViewportSize({ width: 480, height: 270 });
		await page.goto('/embed/en/runtime/docker-run/?step=5&node=dockerd&from=3&to=8&theme=dark');
		const svg = page.locator('svg[data-diagram="runtime"]');
		await expect(svg).toHaveAttribute('data-step', '5');
		await expect(page.locator('[data-note-panel]')).toHaveAttribute('data-node', 'dockerd');
		await expect(page.locator('.site-head')).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(480);
		expect(box.y + box.height).toBeLessThanOrEqual(270);
		await page.locator('[data-note-panel] .close').click();
		await page.locator('[data-step-next]').click();
		await page.locator('[data-step-next]').click();
		await page.locator('[data-step-next]').click();
		await expect(svg).toHaveAttribute('data-step', '8');
		await expect(page.locator('[data-step-next]')).toBeDisabled();
	});

	test('opens on the overview unless from says where the slide starts', async ({ page }) => {
		await page.goto('/embed/en/runtime/docker-run/');
		const svg = page.locator('svg[data-diagram]');
		await expect(svg).toHaveAttribute('data-step', '0');
		await expect(page.locator('.node.emph-dim')).toHaveCount(0);
		await expect(page.locator('[data-step-prev]')).toBeDisabled();
		await page.goto('/embed/en/runtime/docker-run/?from=3&to=6');
		await expect(svg).toHaveAttribute('data-step', '3');
		await expect(page.locator('[data-step-prev]')).toBeDisabled();
	});

	test('controls=0 hides the controls and keeps narration for screen readers', async ({ page }) => {
		await page.goto('/embed/ko/virtualization/compare/?controls=0');
		await expect(page.locator('[data-step-next]')).toHaveCount(0);
		await expect(page.locator('[data-narration]')).not.toBeEmpty();
	});

	test('does not take focus on load', async ({ page }) => {
		await openHost(page, '/embed/en/virtualization/compare/');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
	});
});

test.describe('postMessage API v1', () => {
	test('ready, then next, prev, goto and getState, each answered with the new state', async ({
		page
	}) => {
		await openHost(page, '/embed/en/runtime/docker-run/');
		const [ready] = await messages(page, 'ready');
		expect(ready).toMatchObject({
			type: 'container-atlas',
			version: 1,
			diagram: 'runtime',
			view: 'docker-run',
			// No step and no from: the overview.
			step: 0,
			steps: 14,
			node: null
		});

		await send(page, { type: 'container-atlas', command: 'next' });
		await expect.poll(async () => (await lastState(page))?.step).toBe(1);
		await send(page, { type: 'container-atlas', command: 'next' });
		await expect.poll(async () => (await lastState(page))?.step).toBe(2);
		await send(page, { type: 'container-atlas', command: 'prev' });
		await expect.poll(async () => (await lastState(page))?.step).toBe(1);
		await send(page, { type: 'container-atlas', command: 'prev' });
		await expect.poll(async () => (await lastState(page))?.step).toBe(0);
		await send(page, {
			type: 'container-atlas',
			version: 1,
			command: 'goto',
			step: 7,
			node: 'containerd-shim'
		});
		await expect
			.poll(async () => lastState(page))
			.toMatchObject({ step: 7, node: 'containerd-shim' });
		await expect(page.frameLocator('#atlas').locator('[data-note-panel]')).toHaveAttribute(
			'data-node',
			'containerd-shim'
		);

		await send(page, { type: 'container-atlas', command: 'getState', id: 'q1' });
		await expect
			.poll(() => messages(page, 'state'))
			.toEqual([
				expect.objectContaining({ id: 'q1', step: 7, node: 'containerd-shim', view: 'docker-run' })
			]);
	});

	test('commands sent faster than navigation each count', async ({ page }) => {
		const frame = await openHost(page, '/embed/en/runtime/docker-run/');
		for (let i = 0; i < 5; i++) await send(page, { type: 'container-atlas', command: 'next' });
		// From the overview (0): five steps on.
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '5');
	});

	test('goto another view navigates the embed and keeps its options', async ({ page }) => {
		const frame = await openHost(page, '/embed/en/runtime/architecture/?theme=light');
		await send(
			page,
			JSON.stringify({ type: 'container-atlas', command: 'goto', view: 'process-tree', step: 2 })
		);
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-view', 'process-tree');
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '2');
		await expect.poll(async () => lastState(page)).toMatchObject({ view: 'process-tree', step: 2 });
	});

	test('setTheme switches the theme', async ({ page }) => {
		const frame = await openHost(page, '/embed/en/virtualization/compare/');
		await send(page, { type: 'container-atlas', command: 'setTheme', theme: 'dark' });
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('unknown ids get an error event; the state does not change', async ({ page }) => {
		await openHost(page, '/embed/en/virtualization/hosted/');
		await send(page, { type: 'container-atlas', command: 'goto', node: 'no-such-node', id: 'e1' });
		await send(page, { type: 'container-atlas', command: 'goto', view: 'nope', id: 'e2' });
		await expect
			.poll(() => messages(page, 'error'))
			.toEqual([
				expect.objectContaining({ id: 'e1', message: expect.stringContaining('no-such-node') }),
				expect.objectContaining({ id: 'e2', message: expect.stringContaining('nope') })
			]);
		expect(await messages(page, 'statechange')).toHaveLength(0);
	});

	test('malformed and foreign messages are ignored without errors', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		const frame = await openHost(page, '/embed/en/virtualization/compare/');
		for (const m of [
			null,
			42,
			'not json {',
			'{"type":"container-atlas","command":"next","version":2}',
			{ type: 'other', command: 'next' },
			{ type: 'container-atlas', command: 'eval', code: 'alert(1)' },
			{ type: 'container-atlas', command: 'goto' },
			{ type: 'container-atlas', command: 'goto', step: '3' },
			{ type: 'container-atlas', command: 'goto', node: '<img src=x onerror=alert(1)>' },
			{ type: 'container-atlas', command: 'setTheme', theme: 'url(javascript:alert(1))' },
			[1, 2, 3]
		]) {
			await send(page, m);
		}
		await send(page, { type: 'container-atlas', command: 'getState', id: 'after' });
		await expect.poll(() => messages(page, 'state')).toHaveLength(1);
		expect(await messages(page, 'statechange')).toHaveLength(0);
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '0');
		await expect(frame.locator('img')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('reports the height it wants for hosts that size the frame to its content', async ({
		page
	}) => {
		await openHost(page, '/embed/en/virtualization/compare/');
		await expect.poll(async () => (await messages(page, 'resize')).length).toBeGreaterThan(0);
		const [first] = (await messages(page, 'resize')) as unknown as { height: number }[];
		expect(first.height).toBeGreaterThan(200);
		expect(first.height).toBeLessThan(2000);
	});
});

test.describe('keyboard in an iframe', () => {
	test('keys act only while the embed has focus; unused keys go to the host; Escape hands focus back', async ({
		page
	}) => {
		const frame = await openHost(page, '/embed/en/runtime/docker-run/');
		// Focus on the host page: the embed hears nothing.
		await page.locator('#before').focus();
		await page.keyboard.press('ArrowRight');
		expect(await messages(page, 'keydown')).toHaveLength(0);
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '0');

		// Click into the diagram: ← → (the deck's keys) are forwarded, not used.
		await frame.locator('[data-node="dockerd"]').click();
		await expect(frame.locator('[data-note-panel]')).toHaveAttribute('data-node', 'dockerd');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('n');
		await expect
			.poll(async () =>
				(await messages(page, 'keydown')).map((m) => (m as unknown as { key: string }).key)
			)
			.toEqual(['ArrowRight', 'n']);
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '0');

		// Escape closes the note first, then hands focus back to the host.
		await page.keyboard.press('Escape');
		await expect(frame.locator('[data-note-panel]')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect
			.poll(() =>
				page.evaluate(() => document.hasFocus() && document.activeElement?.tagName !== 'IFRAME')
			)
			.toBe(true);
	});

	test('keys=embed lets the embed step with the arrow keys itself', async ({ page }) => {
		const frame = await openHost(page, '/embed/en/runtime/docker-run/?keys=embed');
		await frame.locator('[data-step-next]').click();
		await page.keyboard.press('ArrowRight');
		await expect(frame.locator('svg[data-diagram]')).toHaveAttribute('data-step', '2');
		expect(await messages(page, 'keydown')).toHaveLength(0);
	});
});
