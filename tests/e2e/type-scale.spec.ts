/**
 * One type scale (issue 23): at 1920×1080 the median rendered size of the node labels of every
 * diagram is within ±15 % of every other diagram's. Every view of every diagram, at rest on its
 * overview and each step (reduced motion: no tweens), both languages; a label line's rendered size
 * is its computed font size times the <svg>'s scale on screen. One page load per diagram and
 * language; views by their tabs, steps by Next. The medians are printed for the record.
 */
import { test, expect } from './shared-page';
import { DIAGRAMS, LANGS, viewPath, waitForHydration } from './helpers';

test.use({ reducedMotion: 'reduce', viewport: { width: 1920, height: 1080 } });

/** How far apart two diagrams' medians may be, as a fraction of the smaller. */
const SPREAD = 0.15;

/**
 * Diagrams known to fall outside the scale, with what was measured. Held apart so that the others
 * stay held to it; each must still fall outside (a fixed one fails until it is taken off the list).
 */
const NOT_YET: Record<string, string> = {
	runtime:
		'median 16.1 px against 19.1–21.2 px for the six others (measured on main at b6acc61): its labels are drawn a quarter smaller; not yet fixed'
};

test('1920×1080: the median node label of every diagram within ±15 % of the others', async ({
	page
}) => {
	test.setTimeout(90_000);
	const medians = new Map<string, number>();
	for (const def of DIAGRAMS) {
		const sizes: number[] = [];
		for (const lang of LANGS) {
			await page.goto(viewPath(lang, def, def.views[0].id) + '?predict=off');
			await waitForHydration(page);
			for (const [i, view] of def.views.entries()) {
				if (i > 0) await page.locator('[data-view-link]').nth(i).click();
				await page.locator(`svg[data-diagram][data-view="${view.id}"]`).waitFor();
				sizes.push(
					...(await page.evaluate(async (steps) => {
						const svg = document.querySelector<SVGSVGElement>('svg[data-diagram]')!;
						const frame = () =>
							new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
						const out: number[] = [];
						for (let step = 0; step <= steps; step++) {
							if (step > 0) document.querySelector<HTMLElement>('[data-step-next]')!.click();
							for (let i = 0; svg.dataset.step !== String(step); i++) {
								if (i > 300) throw new Error(`step ${step} was not drawn`);
								await frame();
							}
							await frame();
							const unit = svg.getScreenCTM()!.a;
							for (const l of svg.querySelectorAll<SVGTSpanElement>('[data-node] tspan.label'))
								if (l.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
									out.push(parseFloat(getComputedStyle(l).fontSize) * unit);
						}
						return out;
					}, view.steps.length))
				);
			}
		}
		sizes.sort((a, b) => a - b);
		medians.set(def.id, sizes[Math.floor(sizes.length / 2)]);
	}
	console.log(
		'1920×1080 median node label, px:\n' +
			[...medians].map(([id, px]) => `  ${id}: ${px.toFixed(1)}`).join('\n')
	);
	const held = [...medians].filter(([id]) => !(id in NOT_YET)).map(([, px]) => px);
	const [low, high] = [Math.min(...held), Math.max(...held)];
	expect(
		high / low - 1,
		`medians ${JSON.stringify(Object.fromEntries(medians))}`
	).toBeLessThanOrEqual(SPREAD);
	for (const id of Object.keys(NOT_YET)) {
		const px = medians.get(id)!;
		expect(
			px < high / (1 + SPREAD) || px > low * (1 + SPREAD),
			`${id} (${px.toFixed(1)} px) is within the scale now: take it off NOT_YET`
		).toBe(true);
	}
});
