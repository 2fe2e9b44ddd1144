import { test } from '@playwright/test';
import { gotoDiagram } from './helpers';

test('probe', async ({ page }) => {
	for (const rm of ['reduce', 'no-preference'] as const) {
		await page.emulateMedia({ reducedMotion: rm });
		await gotoDiagram(page, '/en/virtualization/hosted/');
		const r = await page.evaluate(async () => {
			const svg = document.querySelector('svg[data-diagram]')!;
			const node = () => svg.querySelector('[data-node="hosted-host-os"]')!;
			const samples: string[] = [];
			const done = new Promise<void>((resolve) => {
				const mo = new MutationObserver(async () => {
					mo.disconnect();
					samples.push('mo:' + node().getAttribute('opacity'));
					await Promise.resolve();
					samples.push('micro:' + node().getAttribute('opacity'));
					await new Promise((r) => setTimeout(r, 0));
					samples.push('timeout:' + node().getAttribute('opacity'));
					await new Promise((r) => requestAnimationFrame(r));
					samples.push('raf:' + node().getAttribute('opacity'));
					resolve();
				});
				mo.observe(svg, { attributes: true, attributeFilter: ['data-step'] });
			});
			const t0 = performance.now();
			(document.querySelector('[data-step-next]') as HTMLElement).click();
			await done;
			return { samples, ms: performance.now() - t0 };
		});
		console.log(rm, JSON.stringify(r));
		// burst
		await gotoDiagram(page, '/en/runtime/docker-run/');
		const burst = await page.evaluate(async () => {
			for (let i = 0; i < 5; i++) (document.querySelector('[data-step-next]') as HTMLElement).click();
			await new Promise((r) => setTimeout(r, 500));
			return document.querySelector('svg[data-diagram]')!.getAttribute('data-step') + ' ' + location.search;
		});
		console.log('burst', rm, burst);
		await gotoDiagram(page, '/en/runtime/docker-run/');
		for (let i = 0; i < 5; i++) await page.locator('[data-step-next]').click();
		await page.waitForTimeout(500);
		console.log('pw clicks', rm, await page.locator('svg[data-diagram]').getAttribute('data-step'));
		await gotoDiagram(page, '/en/runtime/docker-run/');
		await page.locator('[data-step-next]').click({ clickCount: 5, delay: 0 });
		await page.waitForTimeout(500);
		console.log('pw clickCount5', rm, await page.locator('svg[data-diagram]').getAttribute('data-step'));
		// deep link
		await page.goto('/en/virtualization/hosted/?step=3');
		const s = await page.waitForFunction(() => {
			const svg = document.querySelector('svg[data-diagram]');
			if (svg?.getAttribute('data-step') !== '3') return false;
			return svg.querySelector('[data-node="hosted-hypervisor"]')!.getAttribute('opacity');
		}, undefined, { polling: 'raf' });
		console.log('deep', rm, await s.jsonValue(), await page.locator('[data-node="hosted-hypervisor"]').getAttribute('opacity'));
	}
});
