/**
 * Every view of both diagrams in both languages, walked step by step forward with "next" and back
 * with "previous": the step, its narration, the URL and the drawn nodes agree with the definition at
 * every step, and nothing logs an error. Reduced motion keeps the walk fast.
 *
 * The drawn nodes are never compared with what production computes (layout/scene.ts
 * `shownAtStep`): four views with the trickiest reveals and conceals, and the images build view,
 * against lists written here by hand, the rest against the tests' own replay of the documented
 * rules (helpers.ts `shownIds`).
 */
import { test, expect } from './shared-page';
import {
	ALL_VIEWS,
	LANGS,
	collectErrors,
	diagramSvg,
	findView,
	gotoDiagram,
	nextButton,
	plain,
	prevButton,
	shownIds,
	viewPath
} from './helpers';

test.use({ reducedMotion: 'reduce' });

/**
 * The nodes each step draws, read by hand off the views' `reveal`/`conceal` lists, indexed by step
 * (0: the overview, which shows the last step's state). A change to those steps must change these.
 */
const BY_HAND: Record<string, string[][]> = (() => {
	const restartAll = ['dockerd', 'containerd', 'containerd-shim', 'nginx', 'kernel'];
	const pidAll = ['pidns-host', 'pidns-ctr', 'nginx', 'nginx-worker', 'host-systemd', 'host-shim'];
	const pidInner = ['pidns-host', 'pidns-ctr', 'nginx', 'nginx-worker'];
	const forkExec3 = ['parent', 'child-exec', 'ls-file'];
	const forkExec5 = [...forkExec3, 'shim', 'container-nginx'];
	const run = ['docker-cli', 'dockerd', 'registry', 'containerd', 'kernel'];
	const runUp = [...run, 'bundle', 'containerd-shim', 'nginx'];
	// The last step (and so the overview) keeps the CLI and runc, drawn as exited (issue 23: the
	// overview shows every actor of its title).
	const runEnd = [...runUp, 'runc'];
	// Nothing comes or goes: the build only relabels the Dockerfile's lines (CACHED, runs again).
	const build = [
		'context',
		'buildkit',
		'built',
		'dockerfile',
		'd-from',
		'd-workdir',
		'd-copy-deps',
		'd-install',
		'd-copy-src',
		'd-cmd'
	];
	return {
		// Every box but the kernel first appears at step 1; the daemons stop and come back.
		'runtime/restart': [
			restartAll,
			restartAll,
			['dockerd', 'containerd-shim', 'nginx', 'kernel'],
			restartAll,
			['containerd', 'kernel'],
			['containerd', 'containerd-shim', 'nginx', 'kernel'],
			restartAll
		],
		// The host's processes are concealed first: shown until step 3, back at step 5.
		'namespaces/pid': [pidAll, pidAll, pidAll, pidInner, pidInner, pidAll],
		// The copy appears at 2 and is replaced by the exec'd program at 3.
		'processes/fork-exec': [
			forkExec5,
			['parent'],
			['parent', 'child-copy'],
			forkExec3,
			forkExec3,
			forkExec5
		],
		// The overview and all seven steps draw the same ten boxes.
		'images/build': Array.from({ length: 8 }, () => build),
		// runc comes, goes and comes back; at the last step it and the CLI stay, relabelled as exited.
		'runtime/docker-run': [
			runEnd,
			...Array.from({ length: 6 }, () => run),
			[...run, 'bundle'],
			[...run, 'bundle', 'containerd-shim'],
			[...run, 'bundle', 'containerd-shim', 'runc'],
			[...run, 'bundle', 'containerd-shim', 'runc', 'nginx'],
			runUp,
			runUp,
			[...runUp, 'runc'],
			runEnd
		]
	};
})();

// The replay the other views are checked against must agree with the hand-written lists.
test('the tests’ replay of reveal/conceal gives the hand-written lists', () => {
	for (const [key, lists] of Object.entries(BY_HAND)) {
		const [id, viewId] = key.split('/');
		const def = ALL_VIEWS.find((v) => v.def.id === id && v.view.id === viewId)!.def;
		expect(lists, key).toHaveLength(findView(def, viewId).steps.length + 1);
		lists.forEach((list, step) =>
			expect(shownIds(def, viewId, step).sort(), `${key} step ${step}`).toEqual([...list].sort())
		);
	}
});

for (const lang of LANGS) {
	for (const { def, view } of ALL_VIEWS) {
		const path = viewPath(lang, def, view.id);
		const steps = view.steps.length;

		test(`walk ${path} (overview + ${steps} steps) forward and back`, async ({ page }) => {
			const errors = collectErrors(page);
			// Not about predictions (predict.spec is): with them on, Next into a key step asks first.
			await gotoDiagram(page, `${path}?predict=off`);
			await expect(diagramSvg(page)).toHaveAttribute('data-diagram', def.id);
			await expect(diagramSvg(page)).toHaveAttribute('data-view', view.id);

			// The step, its narration, the URL and the drawn nodes, read together in one round trip
			// and polled until they all agree with the definition (the app writes the URL a moment
			// after the step). Whitespace is normalised as toHaveText does.
			const squeeze = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
			const shown = () =>
				page.evaluate(() => ({
					step: document.querySelector('svg[data-diagram]')?.getAttribute('data-step'),
					narration: document.querySelector('[data-narration-text]')?.textContent,
					url: location.pathname + location.search,
					nodes: [
						...document.querySelectorAll('svg[data-diagram] [data-node]:not([aria-hidden="true"])')
					]
						.map((e) => e.getAttribute('data-node')!)
						.sort()
				}));
			const check = async (step: number) => {
				// The overview (step 0) is narrated by the view's summary.
				const text = step === 0 ? view.summary[lang] : view.steps[step - 1].narration[lang];
				const nodes = BY_HAND[`${def.id}/${view.id}`]?.[step] ?? shownIds(def, view.id, step);
				const expected = {
					step: String(step),
					narration: squeeze(plain(text)),
					url: step === 0 ? `${path}?predict=off` : `${path}?step=${step}&predict=off`,
					nodes: [...nodes].sort()
				};
				await expect
					.poll(
						async () => {
							const now = await shown();
							return { ...now, narration: squeeze(now.narration) };
						},
						{
							message: `step, narration, URL and nodes drawn at step ${step}`,
							intervals: [16, 50, 100, 250]
						}
					)
					.toEqual(expected);
				expect(expected.narration, `narration at step ${step}`).not.toBe('');
			};

			// Opened without a step: the overview, nothing dimmed.
			await check(0);
			await expect(diagramSvg(page).locator('.emph-dim')).toHaveCount(0);
			await expect(prevButton(page)).toBeDisabled();
			for (let step = 1; step <= steps; step++) {
				await nextButton(page).click();
				await check(step);
			}
			await expect(nextButton(page)).toBeDisabled();
			for (let step = steps - 1; step >= 0; step--) {
				await prevButton(page).click();
				await check(step);
			}
			await expect(prevButton(page)).toBeDisabled();
			expect(errors).toEqual([]);
		});
	}
}
