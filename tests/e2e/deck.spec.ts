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
