/**
 * One writer per animated value: a node's opacity is the tween's alone. A dimmed node (emphasis
 * 'dim', 0.32) that the next step hides must fade from where it is down to 0, never flash back to
 * full opacity first. That flash is what a CSS opacity on the emphasis class gave: the class came
 * off at once while the tween was still at 1 (issue 22, /en/runtime/restart/ steps 3 → 4).
 */
import { test, expect } from '@playwright/test';
import { diagramSvg, gotoDiagram, nextButton } from './helpers';

test.use({ reducedMotion: 'no-preference' });

test('a dimmed node that the next step hides fades out without rising first', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/restart/?step=3');
	const node = diagramSvg(page).locator('[data-node="dockerd"]');
	// Step 3 is about containerd: dockerd is drawn, dimmed.
	const before = Number(await node.evaluate((g) => getComputedStyle(g).opacity));
	expect(before).toBeGreaterThan(0.2);
	expect(before).toBeLessThan(0.5);
	// The computed opacity on every frame from the click until it reaches 0 (step 4 hides it).
	await page.evaluate(() => {
		const g = document.querySelector('svg[data-diagram] [data-node="dockerd"]')!;
		const samples: number[] = [];
		(window as unknown as { samples: number[] }).samples = samples;
		const read = () => {
			const o = Number(getComputedStyle(g).opacity);
			samples.push(o);
			if (o > 0) requestAnimationFrame(read);
		};
		requestAnimationFrame(read);
	});
	await nextButton(page).click();
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '4');
	await page.waitForFunction(() => {
		const s = (window as unknown as { samples: number[] }).samples;
		return s.length > 0 && s[s.length - 1] === 0;
	});
	const samples = await page.evaluate(() => (window as unknown as { samples: number[] }).samples);
	// It moved (a tween, not a jump to 0), and no frame is above the one before it.
	expect(samples.some((o) => o > 0 && o < before - 0.01)).toBe(true);
	const rises = samples.flatMap((o, i) =>
		i > 0 && o > samples[i - 1] + 0.001 ? [[samples[i - 1], o]] : []
	);
	expect(rises, `opacity rose between frames: ${JSON.stringify(samples)}`).toEqual([]);
	expect(Math.max(...samples)).toBeLessThanOrEqual(before + 0.001);
});
