import { test, expect } from '@playwright/test';

// The reveal.js example deck (examples/reveal/), served from another origin than the app.
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 5199}`;
const DECK = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 5199) - 1}/examples/reveal/?atlas=${encodeURIComponent(APP)}`;

type RevealGlobal = {
	Reveal: { getIndices: () => { h: number; f?: number }; isReady: () => boolean };
};

test('deck fragments drive the diagram, and the deck keeps its keys after a click into it', async ({
	page
}) => {
	await page.goto(`${DECK}#/1`);
	await page.waitForFunction(() => (window as unknown as RevealGlobal).Reveal?.isReady());
	const diagram = page
		.frameLocator('section.present iframe.atlas')
		.locator('svg[data-diagram="runtime"]');
	await expect(diagram).toHaveAttribute('data-step', '1');
	const indices = () =>
		page.evaluate(() => (window as unknown as RevealGlobal).Reveal.getIndices());

	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '2');
	expect(await indices()).toMatchObject({ h: 1, f: 0 });

	// Click into the embedded diagram, then press → again: the deck still advances.
	await page.frameLocator('section.present iframe.atlas').locator('[data-node="dockerd"]').click();
	await page.keyboard.press('ArrowRight');
	await expect.poll(indices).toMatchObject({ h: 1, f: 1 });
	await expect(diagram).toHaveAttribute('data-step', '3');

	// Back: the fragment hides and the diagram steps back.
	await page.keyboard.press('ArrowLeft');
	await expect.poll(indices).toMatchObject({ h: 1, f: 0 });
	await expect(diagram).toHaveAttribute('data-step', '2');
});

/** Smallest on-screen size (CSS px of the top page) of the shown node and edge labels in the frame. */
async function smallestLabel(page: import('@playwright/test').Page) {
	const frame = page.locator('section.present iframe.atlas');
	const box = (await frame.boundingBox())!;
	const inner = frame.contentFrame();
	await expect(inner.locator('svg[data-diagram]')).toBeVisible();
	return inner.locator('svg[data-diagram]').evaluate((svg, outerWidth) => {
		const zoom = outerWidth / window.innerWidth; // the deck's own scaling of the slide
		const sizes = [
			...svg.querySelectorAll('[data-node]:not([aria-hidden]) tspan.label'),
			...svg.querySelectorAll('[data-edge][role="img"] .edge-label tspan')
		].map((t) => {
			const ctm = (t as SVGGraphicsElement).getScreenCTM()!;
			return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b) * zoom;
		});
		return { count: sizes.length, min: Math.min(...sizes) };
	}, box.width);
}

for (const [width, height] of [
	[1280, 720],
	[1920, 1080]
]) {
	test(`at ${width}×${height} the deck's diagram labels read at ≥ 18 px`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto(`${DECK}#/1`);
		await page.waitForFunction(() => (window as unknown as RevealGlobal).Reveal?.isReady());
		const inner = page.locator('section.present iframe.atlas').contentFrame();
		await expect(inner.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
		await page.keyboard.press('ArrowRight'); // step 2 highlights an edge: its label is drawn
		await expect(inner.locator('svg[data-diagram]')).toHaveAttribute('data-step', '2');
		// The plugin asked for slide use: no controls in the frame.
		await expect(page.locator('section.present iframe.atlas')).toHaveAttribute('src', /slide=1/);
		await expect(inner.locator('.step-buttons')).toHaveCount(0);
		const { count, min } = await smallestLabel(page);
		expect(count).toBeGreaterThan(3);
		console.log(`${width}×${height}: ${count} labels, smallest ${min.toFixed(1)} px`);
		expect(min).toBeGreaterThanOrEqual(18);
	});
}

test('a note opened in the deck closes when the deck moves on', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`${DECK}#/1`);
	await page.waitForFunction(() => (window as unknown as RevealGlobal).Reveal?.isReady());
	const inner = page.locator('section.present iframe.atlas').contentFrame();
	await expect(inner.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
	await inner.locator('[data-node="dockerd"]').click();
	await expect(inner.locator('[data-note-panel]')).toBeVisible();
	await page.keyboard.press('ArrowRight'); // next fragment
	await expect(inner.locator('svg[data-diagram]')).toHaveAttribute('data-step', '2');
	await expect(inner.locator('[data-note-panel]')).toHaveCount(0);

	await inner.locator('[data-node="containerd"]').click();
	await expect(inner.locator('[data-note-panel]')).toBeVisible();
	await page.keyboard.press('ArrowLeft'); // fragment back
	await expect(inner.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
	await expect(inner.locator('[data-note-panel]')).toHaveCount(0);
});
