/**
 * Motion: changes tween (650 ms) normally, apply at once under prefers-reduced-motion, never animate
 * a state restored from the URL, and always end fully drawn however fast the user steps.
 *
 * Within a view, node boxes keep their place from step to step; what a step changes is which nodes
 * are drawn (the `opacity` attribute of `<g data-node>` tweens 0 → 1). Box geometry (`rect` x and
 * width) changes when the view changes. So step changes are checked on opacity, view changes on
 * geometry. "Immediately" means: in the page, right after the svg's data-step / data-view attribute
 * changes (plus one macrotask), compared with the same value once nothing moves any more (no
 * animation frame pending, no Web Animation running: helpers.ts `waitForStill`).
 */
import { test, expect, type Page, type Route } from '@playwright/test';
import { pageScripts } from '../../scripts/bundle-size.mjs';
import { viewEdgeIds } from '../../src/lib/content/query';
import type { StepDef } from '../../src/lib/content/types';
import {
	countFrames,
	diagramSvg,
	expectUrl,
	findView,
	gotoDiagram,
	nextButton,
	nodeOpacities,
	prevButton,
	rectOf,
	runtime,
	shownIds,
	virtualization,
	waitForHydration,
	waitForStill
} from './helpers';

// Every test waits for the motion to end by counting the page's animation frames.
test.beforeEach(({ page }) => countFrames(page));

interface Sample {
	opacity: number;
	x: number;
	width: number;
}

/**
 * Clicks `selector` in the page and samples node `id` as soon as the svg's `attr` changes: its
 * opacity and its first box's x and width.
 */
async function clickAndSample(
	page: Page,
	selector: string,
	attr: 'data-step' | 'data-view',
	id: string
): Promise<Sample> {
	return page.evaluate(
		async ({ selector, attr, id }) => {
			const svg = document.querySelector('svg[data-diagram]')!;
			const read = () => {
				const g = svg.querySelector(`[data-node="${id}"]`)!;
				const rects = g.querySelectorAll('rect');
				const r = rects[rects.length - 1];
				return {
					opacity: Number(g.getAttribute('opacity')),
					x: Number(r.getAttribute('x')),
					width: Number(r.getAttribute('width'))
				};
			};
			const changed = new Promise<void>((resolve) => {
				const mo = new MutationObserver(() => {
					mo.disconnect();
					resolve();
				});
				mo.observe(svg, { attributes: true, attributeFilter: [attr] });
			});
			(document.querySelector(selector) as HTMLElement).click();
			await changed;
			await new Promise((r) => setTimeout(r, 0));
			return read();
		},
		{ selector, attr, id }
	);
}

async function settled(page: Page, id: string): Promise<Sample> {
	await waitForStill(page);
	const r = await rectOf(page, id);
	const opacity = Number(
		await diagramSvg(page).locator(`[data-node="${id}"]`).getAttribute('opacity')
	);
	return { opacity, x: r.x, width: r.width };
}

test.describe('with prefers-reduced-motion: reduce', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a step change applies at once', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/hosted/?step=1');
		await expect(diagramSvg(page).locator('[data-node="hosted-host-os"]')).toHaveAttribute(
			'opacity',
			'0'
		);
		const now = await clickAndSample(page, '[data-step-next]', 'data-step', 'hosted-host-os');
		const later = await settled(page, 'hosted-host-os');
		expect(later.opacity).toBe(1);
		expect(now).toEqual(later);
	});

	test('a view change applies at once', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/');
		const before = await rectOf(page, 'hosted-hardware');
		const now = await clickAndSample(
			page,
			'a[data-view-link="hosted"]',
			'data-view',
			'hosted-hardware'
		);
		const later = await settled(page, 'hosted-hardware');
		expect(later.width).not.toBeCloseTo(before.width, 0);
		expect(now).toEqual(later);
	});
});

test.describe('without reduced motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('a step change tweens', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/hosted/?step=1');
		const now = await clickAndSample(page, '[data-step-next]', 'data-step', 'hosted-host-os');
		const later = await settled(page, 'hosted-host-os');
		expect(later.opacity).toBe(1);
		expect(now.opacity).toBeLessThan(later.opacity);
	});

	test('a view change tweens the boxes to their new places', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/');
		const before = await rectOf(page, 'hosted-hardware');
		const now = await clickAndSample(
			page,
			'a[data-view-link="hosted"]',
			'data-view',
			'hosted-hardware'
		);
		const later = await settled(page, 'hosted-hardware');
		expect(later.width).not.toBeCloseTo(before.width, 0);
		expect(now.width).not.toBeCloseTo(later.width, 0);
		expect(Math.abs(now.width - before.width)).toBeLessThan(Math.abs(later.width - before.width));
	});
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
	test.describe(`a deep link (${reducedMotion})`, () => {
		// Wide enough that the page keeps the prerendered (wide) drawing: at 1280×720 it switches
		// to the compact one once ready (issue 23's type floor), a change of format, not of step,
		// which a read of the first step-3 frame could land on either side of.
		test.use({ reducedMotion, viewport: { width: 1920, height: 1080 } });

		test('?step=3 shows step 3 at once, without animating from step 1', async ({ page }) => {
			await page.goto('/en/virtualization/hosted/?step=3');
			const first = await page.waitForFunction(() => {
				const svg = document.querySelector('svg[data-diagram]');
				if (svg?.getAttribute('data-step') !== '3') return null;
				return Object.fromEntries(
					[...svg.querySelectorAll('[data-node]')].map((g) => {
						const rects = g.querySelectorAll('rect');
						const r = rects[rects.length - 1];
						return [
							g.getAttribute('data-node'),
							[g.getAttribute('opacity'), r.getAttribute('x'), r.getAttribute('width')].join(' ')
						];
					})
				);
			});
			const atLoad = (await first.jsonValue()) as Record<string, string>;
			// Once the page has applied the URL, whatever it animates has run to its end.
			await waitForHydration(page);
			await waitForStill(page);
			const final = await diagramSvg(page)
				.locator('[data-node]')
				.evaluateAll((gs) =>
					Object.fromEntries(
						gs.map((g) => {
							const rects = g.querySelectorAll('rect');
							const r = rects[rects.length - 1];
							return [
								g.getAttribute('data-node'),
								[g.getAttribute('opacity'), r.getAttribute('x'), r.getAttribute('width')].join(' ')
							];
						})
					)
				);
			expect(atLoad).toEqual(final);
			expect(atLoad['hosted-hypervisor'].split(' ')[0]).toBe('1');
			expect(atLoad['hosted-vm'].split(' ')[0]).toBe('0');
			await expect(page.locator('html')).not.toHaveClass(/restoring/);
		});
	});
}

test.describe('stepping fast', () => {
	test.use({ reducedMotion: 'no-preference' });

	/**
	 * Every node and edge at its final opacity for `step` of `view`: 1, or dimmed (0.32 a node,
	 * 0.3 an edge) where the step highlights others or sends along other edges, 0 when hidden.
	 */
	async function expectFullyDrawn(page: Page, viewId: string, step: number) {
		const shown = new Set(shownIds(runtime, viewId, step));
		// Step 0, the overview, dims nothing.
		const s: Partial<StepDef> = findView(runtime, viewId).steps[step - 1] ?? {};
		const highlight = new Set(s.highlight ?? []);
		const active = new Set(s.edges ?? []);
		const opacities = await nodeOpacities(page);
		// A node or edge the page never had (another view's, server/loadView.ts) is not drawn either.
		for (const n of runtime.nodes) {
			expect(opacities[n.id] ?? 0, `opacity of node ${n.id} at step ${step}`).toBe(
				shown.has(n.id) ? (highlight.size && !highlight.has(n.id) ? 0.32 : 1) : 0
			);
		}
		const inView = new Set(viewEdgeIds(runtime, viewId));
		const edges = await diagramSvg(page)
			.locator('[data-edge]')
			.evaluateAll((els) =>
				Object.fromEntries(
					els.map((e) => [e.getAttribute('data-edge')!, Number(e.getAttribute('opacity'))])
				)
			);
		for (const e of runtime.edges) {
			const drawn = inView.has(e.id) && shown.has(e.from) && shown.has(e.to);
			const dim = !active.has(e.id) && (highlight.size > 0 || active.size > 0);
			expect(edges[e.id] ?? 0, `opacity of edge ${e.id} at step ${step}`).toBe(
				drawn ? (dim ? 0.3 : 1) : 0
			);
		}
	}

	test('five quick clicks on next end on step 6, fully drawn', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/docker-run/?step=1');
		for (let i = 0; i < 5; i++) await nextButton(page).click();
		await expect(diagramSvg(page)).toHaveAttribute('data-step', '6');
		await expectUrl(page, '/en/runtime/docker-run/?step=6');
		await waitForStill(page);
		await expectFullyDrawn(page, 'docker-run', 6);
	});

	test('stepping through reveals and conceals and back again ends fully drawn', async ({
		page
	}) => {
		const last = findView(runtime, 'docker-run').steps.length;
		// Predictions off (step 11 asks one): the motion is the subject.
		await gotoDiagram(page, '/en/runtime/docker-run/?step=7&predict=off');
		for (let i = 7; i < last; i++) await nextButton(page).click();
		for (let i = 0; i < 4; i++) await prevButton(page).click();
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(last - 4));
		await waitForStill(page);
		await expectFullyDrawn(page, 'docker-run', last - 4);
	});

	test('switching view mid-animation ends with the same drawing as a fresh load', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/runtime/restart/?step=1');
		for (let i = 0; i < 3; i++) await nextButton(page).click();
		await page.locator('a[data-view-link="docker-run"]').click();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await waitForStill(page);
		// A view tab opens the other view on its overview.
		await expectFullyDrawn(page, 'docker-run', 0);
		// The fresh page has only the view's own nodes (server/loadView.ts): compare those.
		const own = runtime.nodes.filter((n) => shownIds(runtime, 'docker-run', 0).includes(n.id));
		const afterSwitch = await Promise.all(own.map((n) => rectOf(page, n.id)));
		await gotoDiagram(page, '/en/runtime/docker-run/');
		await waitForStill(page);
		const fresh = await Promise.all(own.map((n) => rectOf(page, n.id)));
		for (const [i, n] of own.entries()) expect(afterSwitch[i], `box of ${n.id}`).toEqual(fresh[i]);
	});
});

test('stepping to the end quickly in a stacks view ends fully drawn', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	// Predictions off (step 4 asks one): the motion is the subject.
	await gotoDiagram(page, '/en/virtualization/container/?step=1&predict=off');
	const steps = findView(virtualization, 'container').steps.length;
	for (let i = 1; i < steps; i++) await nextButton(page).click();
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(steps));
	await waitForStill(page);
	const opacities = await nodeOpacities(page);
	const shown = new Set(shownIds(virtualization, 'container', steps));
	// The last step's highlight dims the rest (emphasis is part of the tween's target: 0.32).
	const highlight = new Set(findView(virtualization, 'container').steps[steps - 1].highlight ?? []);
	for (const n of virtualization.nodes) {
		const full = highlight.size && !highlight.has(n.id) ? 0.32 : 1;
		expect(opacities[n.id] ?? 0, n.id).toBe(shown.has(n.id) ? full : 0);
	}
});

// A page carries only its own view's data (server/loadView.ts): a view change brings the next
// view's and the diagram draws the two merged, so the morph is what it was with the whole diagram.
test.describe('a view change morphs between two pages of data', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('a node both views show keeps its element and moves', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/');
		const before = await rectOf(page, 'hosted-hardware');
		await page.evaluate(() => {
			(document.querySelector('[data-node="hosted-hardware"]') as unknown as {
				mark: number;
			})!.mark = 1;
		});
		const now = await clickAndSample(
			page,
			'a[data-view-link="hosted"]',
			'data-view',
			'hosted-hardware'
		);
		const later = await settled(page, 'hosted-hardware');
		expect(Math.abs(now.width - before.width)).toBeLessThan(Math.abs(later.width - before.width));
		const kept = await page.evaluate(
			() =>
				(document.querySelector('[data-node="hosted-hardware"]') as unknown as { mark?: number })
					.mark
		);
		expect(kept).toBe(1);
	});

	test('a node arriving with the next page grows out of its counterpart', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/hosted/');
		// The container view's engine is not on the hosted page: it comes with the container page.
		await expect(diagramSvg(page).locator('[data-node="ctr-engine"]')).toHaveCount(0);
		const counterpart = await rectOf(page, 'hosted-hypervisor');
		const now = await clickAndSample(
			page,
			'a[data-view-link="container"]',
			'data-view',
			'ctr-engine'
		);
		const later = await settled(page, 'ctr-engine');
		expect(later.opacity).toBe(1);
		expect(now.opacity).toBeLessThan(1);
		// Mid-transition it is still (nearly) the hypervisor's box it grows from, not its own.
		expect(Math.abs(now.x - counterpart.x)).toBeLessThan(Math.abs(now.x - later.x) + 1);
		expect(Math.abs(now.width - counterpart.width)).toBeLessThan(Math.abs(now.width - later.width));
		// And back: the hosted view's nodes (known from the first page) grow again as it returns.
		const back = await clickAndSample(
			page,
			'a[data-view-link="hosted"]',
			'data-view',
			'hosted-hypervisor'
		);
		expect(back.opacity).toBeLessThan(1);
		expect((await settled(page, 'hosted-hypervisor')).opacity).toBe(1);
	});
});

/**
 * Frames of a view change to `view`: per animation frame from the click until `ms` later, the
 * svg's data-view, viewBox attribute and computed transform; and the same once it has settled
 * (with the number of Web Animations the svg still has then).
 */
async function cameraFrames(page: Page, view: string, ms: number) {
	const { before, frames } = await page.evaluate(
		async ({ view, ms }) => {
			const svg = document.querySelector('svg[data-diagram]')!;
			const read = () => ({
				view: svg.getAttribute('data-view'),
				viewBox: svg.getAttribute('viewBox'),
				transform: getComputedStyle(svg).transform
			});
			const before = read();
			const frames: ReturnType<typeof read>[] = [];
			(document.querySelector(`a[data-view-link="${view}"]`) as HTMLElement).click();
			// A test that holds lazy code back lets it through once the change has begun.
			await (window as { afterViewClick?: () => Promise<void> }).afterViewClick?.();
			const end = performance.now() + ms;
			// Read in the task after each frame: what that frame painted.
			while (performance.now() < end) {
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				frames.push(read());
			}
			return { before, frames };
		},
		{ view, ms }
	);
	await waitForStill(page);
	const after = await page.evaluate(() => {
		const svg = document.querySelector('svg[data-diagram]')!;
		return {
			view: svg.getAttribute('data-view'),
			viewBox: svg.getAttribute('viewBox'),
			transform: getComputedStyle(svg).transform,
			animations: svg.getAnimations().length
		};
	});
	return { before, frames, after };
}

/** How much of a camera move is left in a frame: its matrix's distance from none. */
function left(t: string): number {
	const [a, b, c, d, e, f] = t
		.slice(t.indexOf('(') + 1, -1)
		.split(',')
		.map(Number);
	return Math.abs(a - 1) + Math.abs(b) + Math.abs(c) + Math.abs(d - 1) + Math.abs(e) + Math.abs(f);
}

// The camera: the viewBox attribute is the scene's at every moment (tweening it relaid out every
// text of the diagram each frame); the picture moves with a transform that is gone at rest.
test.describe('a view change moves the camera with a transform', () => {
	test.use({ reducedMotion: 'no-preference' });
	test('the viewBox stays the new view’s while the transform moves, and no transform remains', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/virtualization/');
		// A pointer over the page loads the camera's code, as before any click (lazy.svelte.ts).
		await page.mouse.move(10, 10);
		await page.waitForLoadState('networkidle');
		const { before, frames, after } = await cameraFrames(page, 'hosted', 900);
		expect(after.view).toBe('hosted');
		expect(after.viewBox).not.toBe(before.viewBox);
		expect(after.transform).toBe('none');
		expect(after.animations).toBe(0);
		const drawn = frames.filter((f) => f.view === 'hosted');
		expect(drawn.length).toBeGreaterThan(1);
		for (const f of drawn) expect(f.viewBox).toBe(after.viewBox);
		// It starts from the old view's framing (the first frame is moved) and eases to none. The
		// diagram changes in a task of its own (drawnView.svelte.ts), which can come between a
		// frame and the read after it: the first read may be of a state no frame painted, before
		// the move starts in the next frame. One of the first two is moved. (How many frames a
		// loaded machine paints in the move is timing: the benchmark's business, not this test's.)
		expect(drawn.slice(0, 2).some((f) => f.transform !== 'none')).toBe(true);
		const moving = drawn.map((f) => f.transform).filter((t) => t !== 'none');
		for (let i = 1; i < moving.length; i++)
			expect(left(moving[i])).toBeLessThanOrEqual(left(moving[i - 1]) + 1e-6);
	});

	// The camera's code loads on the first input (lazy.svelte.ts). A view change that comes with
	// none (a host page drives an embed, Back, a click() from a script) used to jump; it loads the
	// code then, and the move starts as far along as it would be (camera.ts `since`).
	test('before its code has loaded, the move catches up and still ends at none', async ({
		page
	}) => {
		// The page loads its lazy code once idle (issue 24: a first click fetches nothing), so it
		// is held back here, whatever the timing, until the view change has begun: only the
		// scripts the page loads at once (what bundle-size counts) go through before.
		const initial = new Set(pageScripts('en/virtualization/').map((f) => `/${f}`));
		const held: Route[] = [];
		let holding = true;
		await page.route(/\/_app\/immutable\/.*\.js$/, (route) => {
			if (!holding || initial.has(new URL(route.request().url()).pathname)) return route.continue();
			held.push(route);
		});
		await page.exposeFunction('afterViewClick', async () => {
			holding = false;
			await Promise.all(held.splice(0).map((r) => r.continue()));
		});
		await gotoDiagram(page, '/en/virtualization/');
		const scripts = () =>
			page.evaluate(
				() => performance.getEntriesByType('resource').filter((r) => /\.js$/.test(r.name)).length
			);
		const loaded = await scripts();
		const { frames, after } = await cameraFrames(page, 'hosted', 900);
		// The camera's code arrived after the view change had begun: it had not been there.
		expect(await scripts()).toBeGreaterThan(loaded);
		expect(after.view).toBe('hosted');
		expect(after.transform).toBe('none');
		expect(after.animations).toBe(0);
		// How far along the code arrives depends on the machine (if it comes after the move would
		// have ended there is none to see, rightly): what must hold whenever it moves is that it
		// only ever closes in on the new framing, never starts over from the old one.
		const moving = frames.filter((f) => f.view === 'hosted' && f.transform !== 'none');
		for (let i = 1; i < moving.length; i++)
			expect(left(moving[i].transform)).toBeLessThanOrEqual(left(moving[i - 1].transform) + 1e-6);
	});

	// A phone's page is prerendered wide and switches to the narrow drawing once mounted, a
	// slide embed to the compact one: a change no one should see move. The camera's code arriving
	// after it (with the first hover, input or a step's tokens) must not replay it as a zoom.
	for (const { name, url, viewport } of [
		{ name: 'a phone page', url: '/en/runtime/docker-run/', viewport: { width: 390, height: 844 } },
		{
			name: 'a slide embed',
			url: '/embed/en/runtime/docker-run/?slide=1',
			viewport: { width: 1280, height: 720 }
		}
	])
		test(`${name}: the first switch of format is not animated when the camera's code arrives`, async ({
			page
		}) => {
			await page.addInitScript(() => {
				const w = window as unknown as { __moves: number };
				w.__moves = 0;
				const animate = Element.prototype.animate;
				Element.prototype.animate = function (...args) {
					if (this.matches('svg[data-diagram]')) w.__moves++;
					return animate.apply(this, args);
				};
			});
			await page.setViewportSize(viewport);
			await gotoDiagram(page, url);
			// Hovering a node loads the camera's code (with the counterparts it highlights).
			await page.locator('svg[data-diagram] [data-node]:not([aria-hidden])').first().hover();
			await page.waitForLoadState('networkidle');
			// A replayed move would be an animation running now: wait until none runs.
			await waitForStill(page);
			expect(await page.evaluate(() => (window as unknown as { __moves: number }).__moves)).toBe(0);
		});

	test.describe('under reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('the view jumps: no transform at any frame', async ({ page }) => {
			await gotoDiagram(page, '/en/virtualization/');
			await page.mouse.move(10, 10);
			await page.waitForLoadState('networkidle');
			const { frames, after } = await cameraFrames(page, 'hosted', 400);
			expect(after.view).toBe('hosted');
			for (const f of frames) expect(f.transform).toBe('none');
		});
	});
});
