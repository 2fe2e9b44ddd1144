/**
 * Keyboard focus never falls to <body>: not when a step button disables itself, not after a view
 * or language change; the skip link (only on diagram pages) lands on the diagram's first node.
 */
import { test, expect, type Page } from '@playwright/test';
import { gotoDiagram, diagramSvg } from './helpers';

test.use({ reducedMotion: 'reduce' });

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'body';
		return (
			el.getAttribute('data-node') ??
			el.getAttribute('aria-label') ??
			el.textContent?.trim() ??
			el.tagName
		);
	});
const onNode = (page: Page) =>
	page.evaluate(() => !!document.activeElement?.closest('svg[data-diagram] [data-node]'));

test('a step button that disables itself hands focus to its neighbour', async ({ page }) => {
	await gotoDiagram(page, '/en/virtualization/hosted/?step=4');
	const steps = 5; // the hosted view's walkthrough
	await page.locator('[data-step-next]').focus();
	await page.keyboard.press('Enter');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(steps));
	await expect.poll(() => focused(page)).not.toBe('body');
	expect(await page.locator('[data-step-next]').isDisabled()).toBe(true);
	await expect(page.locator('.step-buttons button:focus')).toBeEnabled();

	await page.getByRole('button', { name: 'First step' }).focus();
	await page.keyboard.press('Enter');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '1');
	await expect.poll(() => focused(page)).not.toBe('body');
	await expect(page.locator('.step-buttons button:focus')).toBeEnabled();

	await page.getByRole('button', { name: 'Last step' }).focus();
	await page.keyboard.press('Enter');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(steps));
	await expect.poll(() => focused(page)).not.toBe('body');
	await expect(page.locator('.step-buttons button:focus')).toBeEnabled();

	// Keys that step while a button has focus: End disables Next under it.
	await page.keyboard.press('Home');
	await page.locator('[data-step-next]').focus();
	await page.keyboard.press('End');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(steps));
	await expect.poll(() => focused(page)).not.toBe('body');
});

test('after a view change focus lands on the diagram', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/');
	await page.locator('[data-view-link="docker-run"]').focus();
	await page.keyboard.press('Enter');
	await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
	await expect.poll(() => onNode(page)).toBe(true);
	// Back: the previous view, focus again on the diagram.
	await page.goBack();
	await expect(diagramSvg(page)).toHaveAttribute('data-view', 'architecture');
	await expect.poll(() => onNode(page)).toBe(true);
});

test('after a language change focus lands on the diagram', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/docker-run/?step=3');
	await page.locator('[data-lang-link="ko"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '3');
	await expect.poll(() => onNode(page)).toBe(true);
});

test('the skip link is the first Tab stop and goes to the first node', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/docker-run/');
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(() => onNode(page)).toBe(true);
	await expect(page.locator('svg[data-diagram] [data-node][tabindex="0"]')).toBeFocused();
	// From there, Tab leaves the diagram in one step (roving tabindex), never to <body>.
	await page.keyboard.press('Tab');
	await expect.poll(() => focused(page)).not.toBe('body');
});

for (const path of ['/', '/en/', '/ko/']) {
	test(`no skip link on ${path} (no diagram there)`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('a.skip')).toHaveCount(0);
	});
}
