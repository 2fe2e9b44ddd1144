/**
 * Keyboard focus never falls to <body>: not when a step button disables itself, not after a view
 * or language change; the skip link (only on diagram pages) lands on the diagram's first node.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
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
	// Predictions off: Next from step 4 would ask step 5's first (predict.spec.ts).
	await gotoDiagram(page, '/en/virtualization/hosted/?step=4&predict=off');
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

// From load, plain Tabs reach the first node in at most 4 (skip link, site header, view tabs +
// Present + Share, node): the header and the page head are each one Tab stop with ← → inside
// (render/roving.ts), so every control is still reachable and the visual order is the DOM order.
for (const { name, viewport } of [
	{ name: 'wide', viewport: { width: 1366, height: 768 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
]) {
	test(`from load the first node is at most 4 Tabs away (${name})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await gotoDiagram(page, '/en/runtime/docker-run/');
		const stops: string[] = [];
		for (let i = 0; i < 4 && !(await onNode(page)); i++) {
			await page.keyboard.press('Tab');
			stops.push(await focused(page));
			expect(stops.at(-1), `Tab ${i + 1} fell to <body>: ${stops.join(' → ')}`).not.toBe('body');
		}
		expect(await onNode(page), `not on a node after 4 Tabs: ${stops.join(' → ')}`).toBe(true);
		expect(stops.length).toBeLessThanOrEqual(4);
		await expect(page.locator('svg[data-diagram] [data-node][tabindex="0"]')).toBeFocused();
		// Shift+Tab walks back the same stops, never to <body>.
		for (const stop of stops.slice(0, -1).reverse()) {
			await page.keyboard.press('Shift+Tab');
			expect(await focused(page)).toBe(stop);
		}
	});
}

test('← → reach every control of the header and of the page head, without stepping', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/docker-run/');
	const svg = diagramSvg(page);
	const walk = async (count: number) => {
		const seen = [await focused(page)];
		for (let i = 1; i < count; i++) {
			await page.keyboard.press('ArrowRight');
			seen.push(await focused(page));
		}
		return seen;
	};
	// The header: site name, note link, search box, languages; → from the last wraps around.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('header.site-head a.brand')).toBeFocused();
	const header = await walk(5);
	expect(header.slice(1, 2)).toEqual(['The note']);
	await expect(page.locator('[data-lang-link="en"]')).toBeFocused();
	expect(header).toContain('한국어');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('header.site-head a.brand')).toBeFocused();
	// In the search box ← → move the caret; at its end → goes on to the languages.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('[data-search-input]')).toBeFocused();
	await page.keyboard.type('ru');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('[data-search-input]')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-lang-link="ko"]')).toBeFocused();
	// The row remembers its stop: Tab away and back returns to the language link.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator('[data-lang-link="ko"]')).toBeFocused();

	// The page head: the current view tab is its stop; → walks the views, Present, Share.
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-view-link="docker-run"]')).toBeFocused();
	await walk(3);
	await expect(page.locator('[data-view-link="restart"]')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-present]')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-share-menu] > summary')).toBeFocused();
	// The open menu's items follow by Tab, as before.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-copy-link]')).toBeFocused();
	await page.keyboard.press('Escape');
	// None of these arrows stepped the diagram.
	await expect(svg).toHaveAttribute('data-step', '0');
	// Enter on a view tab reached by arrows still opens that view.
	await page.locator('[data-view-link="restart"]').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('[data-view-link="process-tree"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(svg).toHaveAttribute('data-view', 'process-tree');
	// Back (focus is on the diagram): the current view's tab is the row's Tab stop again.
	await page.goBack();
	await expect(svg).toHaveAttribute('data-view', 'docker-run');
	await expect(page.locator('[data-view-link="process-tree"]')).toHaveAttribute('tabindex', '-1');
	await expect(page.locator('[data-view-link="docker-run"]')).not.toHaveAttribute('tabindex', /.*/);
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator('[data-view-link="docker-run"]')).toBeFocused();
});
