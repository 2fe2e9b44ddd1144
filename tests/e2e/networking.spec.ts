/**
 * The networking diagram in a real browser: every view in both languages walks forward and back
 * with no console errors; in user-bridge the packet's DOM hook lists its hops in order and, when
 * it animates, the dot really crosses web's eth0, both veths, the bridge and db's eth0 in that
 * order (positions sampled every frame, no timing asserted); the namespaces are drawn nested.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import AxeBuilder from '@axe-core/playwright';
import { networking } from '../../src/lib/content/diagrams/networking';
import {
	LANGS,
	collectErrors,
	diagramSvg,
	findView,
	gotoDiagram,
	narration,
	nextButton,
	nodeEl,
	notePanel,
	plain,
	prevButton
} from './helpers';

const def = networking;
const base = (lang: string, view: string) =>
	view === def.defaultView ? `/${lang}/networking/` : `/${lang}/networking/${view}/`;

/** The user-bridge step whose packet goes from web to db, 1-based, and that packet's path. */
const userBridge = findView(def, 'user-bridge');
const connectIndex = userBridge.steps.findIndex((s) =>
	s.packets?.some((p) => p.path.at(-1) === 'db-app-eth0')
);
const connectStep = connectIndex + 1;
const connectPath = userBridge.steps[connectIndex].packets!.find(
	(p) => p.path.at(-1) === 'db-app-eth0'
)!.path;

async function expectAt(page: Page, view: string, step: number, lang: 'ko' | 'en') {
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(step));
	await expect(narration(page)).toHaveText(
		plain(findView(def, view).steps[step - 1].narration[lang])
	);
}

test.describe('walks', () => {
	test.use({ reducedMotion: 'reduce' });
	for (const lang of LANGS) {
		for (const view of def.views) {
			const steps = view.steps.length;
			test(`${lang}/${view.id}: ${steps} steps forward and back`, async ({ page }) => {
				const errors = collectErrors(page);
				// Predictions off: the walk is about the steps (predict.spec.ts asks them).
				await gotoDiagram(page, `${base(lang, view.id)}?step=1&predict=off`);
				await expect(diagramSvg(page)).toHaveAttribute('data-view', view.id);
				await expectAt(page, view.id, 1, lang);
				for (let step = 2; step <= steps; step++) {
					await nextButton(page).click();
					await expectAt(page, view.id, step, lang);
					await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(step));
				}
				await expect(nextButton(page)).toBeDisabled();
				for (let step = steps - 1; step >= 1; step--) {
					await prevButton(page).click();
					await expectAt(page, view.id, step, lang);
				}
				expect(errors).toEqual([]);
			});
		}
	}
});

test.describe('the packet in user-bridge', () => {
	test('its [data-token] lists the hops in order (data-path), and it ends at db', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const errors = collectErrors(page);
		await gotoDiagram(page, `/en/networking/?step=${connectStep}`);
		const token = diagramSvg(page).locator(`[data-token][data-path="${connectPath.join(' ')}"]`);
		await expect(token).toHaveCount(1);
		expect(connectPath.length).toBeGreaterThanOrEqual(3);
		expect(await token.getAttribute('data-blocked')).toBeNull();
		// Reduced motion shows the end state: the dot sits on db.
		const dot = await token.locator('circle').first().boundingBox();
		const db = await nodeEl(page, 'db-app').boundingBox();
		expect(dot && db).toBeTruthy();
		const cx = dot!.x + dot!.width / 2;
		const cy = dot!.y + dot!.height / 2;
		expect(cx).toBeGreaterThan(db!.x - 4);
		expect(cx).toBeLessThan(db!.x + db!.width + 4);
		expect(cy).toBeGreaterThan(db!.y - 4);
		expect(cy).toBeLessThan(db!.y + db!.height + 4);
		expect(errors).toEqual([]);
	});

	test('animated, the dot crosses eth0, veth, bridge, veth, eth0 in that order', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await gotoDiagram(page, `/en/networking/?step=${connectStep - 1}`);
		const hops = ['web-eth0', 'veth-web', 'br-app', 'veth-db', 'db-eth0'];
		const boxes = await Promise.all(hops.map((id) => nodeEl(page, id).boundingBox()));
		await nextButton(page).click();
		// Sample the dot's centre on every frame until it has rested for half a second.
		const samples = await page.evaluate(
			(path) =>
				new Promise<{ x: number; y: number }[]>((resolve) => {
					const out: { x: number; y: number }[] = [];
					let still = 0;
					const start = performance.now();
					const frame = () => {
						const dot = document.querySelector(`[data-token][data-path="${path}"] circle`);
						if (dot) {
							const r = dot.getBoundingClientRect();
							const p = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
							const last = out.at(-1);
							still = last && Math.hypot(last.x - p.x, last.y - p.y) < 0.5 ? still + 1 : 0;
							out.push(p);
						}
						if ((out.length > 0 && still > 30) || performance.now() - start > 15_000) resolve(out);
						else requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				}),
			connectPath.join(' ')
		);
		expect(samples.length).toBeGreaterThan(5);
		const inside = (p: { x: number; y: number }, b: (typeof boxes)[number]) =>
			!!b &&
			p.x >= b.x - 3 &&
			p.x <= b.x + b.width + 3 &&
			p.y >= b.y - 3 &&
			p.y <= b.y + b.height + 3;
		const firstVisit = boxes.map((b) => samples.findIndex((p) => inside(p, b)));
		for (const [i, v] of firstVisit.entries())
			expect(v, `dot reaches ${hops[i]}`).toBeGreaterThanOrEqual(0);
		for (let i = 1; i < firstVisit.length; i++)
			expect(firstVisit[i], `${hops[i]} after ${hops[i - 1]}`).toBeGreaterThan(firstVisit[i - 1]);
	});
});

test.describe('nesting', () => {
	for (const width of [1440, 390]) {
		test(`host ⊃ namespace ⊃ interface at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await gotoDiagram(page, '/ko/networking/?step=2');
			const box = (id: string) => nodeEl(page, id).boundingBox();
			const [host, ns, app, eth0] = await Promise.all([
				box('host'),
				box('web-ns'),
				box('web-app'),
				box('web-eth0')
			]);
			const within = (a: typeof host, b: typeof host) =>
				!!a &&
				!!b &&
				a.x >= b.x - 1 &&
				a.y >= b.y - 1 &&
				a.x + a.width <= b.x + b.width + 1 &&
				a.y + a.height <= b.y + b.height + 1;
			expect(within(ns, host), 'namespace inside the host').toBe(true);
			expect(within(app, ns), 'process inside its namespace').toBe(true);
			// eth0 is docked on the namespace's border: it overlaps one of the frame's edges.
			const across = (lo: number, hi: number, edge: number) => lo < edge && hi > edge;
			const straddles =
				across(eth0!.x, eth0!.x + eth0!.width, ns!.x) ||
				across(eth0!.x, eth0!.x + eth0!.width, ns!.x + ns!.width) ||
				across(eth0!.y, eth0!.y + eth0!.height, ns!.y) ||
				across(eth0!.y, eth0!.y + eth0!.height, ns!.y + ns!.height);
			expect(straddles, 'eth0 straddles the namespace border').toBe(true);
			// Legible: the interface box is at least 12 px tall on screen.
			expect(eth0!.height).toBeGreaterThan(12);
		});
	}
});

// At rest (reduced motion shows every packet arrived) a packet's pill covers no node's text: the
// real boxes the browser drew, not the layout's estimates. Every step with packets, in the page
// at 1366×768, on a phone and in a 480×270 embed (the formats wide, narrow and compact).
test.describe('packet pills at rest', () => {
	const withPackets = def.views.flatMap((v) =>
		v.steps.flatMap((s, i) => (s.packets?.length ? [{ view: v.id, step: i + 1 }] : []))
	);
	const sizes = [
		{ name: 'page 1366', width: 1366, height: 768, embed: false },
		{ name: 'phone 390', width: 390, height: 844, embed: false },
		{ name: 'embed 480×270', width: 480, height: 270, embed: true }
	];
	for (const size of sizes)
		for (const lang of LANGS)
			test(`clear of node labels: ${size.name}, ${lang}`, async ({ page }) => {
				// One page load per step with packets (about twenty): 30 s was not enough on a loaded
				// two-core machine (a CI run timed out in the middle).
				test.setTimeout(90_000);
				await page.setViewportSize({ width: size.width, height: size.height });
				await page.emulateMedia({ reducedMotion: 'reduce' });
				for (const { view, step } of withPackets) {
					const path = size.embed
						? `/embed/${lang}/networking/${view}/?step=${step}`
						: `${base(lang, view)}?step=${step}`;
					await gotoDiagram(page, path);
					await expect(page.locator('[data-token] .packet-label').first()).toBeVisible();
					const hits = await page.evaluate(() => {
						const svg = document.querySelector('svg[data-diagram]')!;
						const box = (e: Element) => e.getBoundingClientRect();
						const texts = [...svg.querySelectorAll('[data-node]:not([aria-hidden]) tspan')].map(
							(t) => ({ id: t.closest('[data-node]')!.getAttribute('data-node'), r: box(t) })
						);
						return [...svg.querySelectorAll('[data-token] .packet-label rect')].flatMap((p) => {
							const a = box(p);
							return texts
								.filter(({ r }) => {
									const ix = Math.min(a.right, r.right) - Math.max(a.left, r.left);
									const iy = Math.min(a.bottom, r.bottom) - Math.max(a.top, r.top);
									// A glyph's box has some air above and below: 2 px of overlap is no cover.
									return ix > 2 && iy > 2;
								})
								.map(({ id }) => id);
						});
					});
					expect(hits, `${lang} ${view} step ${step}: pill on a label`).toEqual([]);
				}
			});
});

test.describe('accessibility and the note’s question', () => {
	test.use({ reducedMotion: 'reduce' });

	async function expectNoViolations(page: Page) {
		// Only violations are asserted: axe then leaves out its list of passing and inapplicable
		// nodes (a11y.spec.ts does the same), a third of each scan here.
		const results = await new AxeBuilder({ page })
			.options({ resultTypes: ['violations'] })
			.analyze();
		const report = results.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(report, report.join('\n')).toEqual([]);
	}

	for (const lang of LANGS)
		for (const view of def.views) {
			// The step with the most packets: labels, trails and ✕ marks are all on screen.
			const busiest =
				view.steps
					.map((s, i) => [s.packets?.length ?? 0, i + 1] as const)
					.sort((a, b) => b[0] - a[0])[0][1] ?? 1;
			test(`axe: ${lang}/${view.id} at step ${busiest}`, async ({ page }) => {
				await gotoDiagram(page, `${base(lang, view.id)}?step=${busiest}`);
				await expectNoViolations(page);
			});
		}

	test('the question node shows the ❓ bullets verbatim, in Korean', async ({ page }) => {
		await gotoDiagram(page, '/ko/networking/?node=question');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'question');
		await expect(
			notePanel(page).locator('[data-passage="question.networking.which"]')
		).toContainText('어떤 방법으로 컨테이너 간 통신을 진행하는게 좋을까요?');
		await expectNoViolations(page);
	});
});
