/**
 * Every view of both diagrams in both languages, walked step by step forward with "next" and back
 * with "previous": the step, its narration, the URL and the drawn nodes agree with the definition at
 * every step, and nothing logs an error. Reduced motion keeps the walk fast.
 */
import { test, expect } from '@playwright/test';
import {
	ALL_VIEWS,
	LANGS,
	collectErrors,
	diagramSvg,
	expectStep,
	expectUrl,
	exposedNodeIds,
	gotoDiagram,
	narration,
	nextButton,
	prevButton,
	shownIds,
	viewPath
} from './helpers';

test.use({ reducedMotion: 'reduce' });

for (const lang of LANGS) {
	for (const { def, view } of ALL_VIEWS) {
		const path = viewPath(lang, def, view.id);
		const steps = view.steps.length;

		test(`walk ${path} (overview + ${steps} steps) forward and back`, async ({ page }) => {
			const errors = collectErrors(page);
			await gotoDiagram(page, path);
			await expect(diagramSvg(page)).toHaveAttribute('data-diagram', def.id);
			await expect(diagramSvg(page)).toHaveAttribute('data-view', view.id);

			const check = async (step: number) => {
				await expectStep(page, def, view.id, step, lang);
				expect((await narration(page).textContent())?.trim(), `narration at step ${step}`).not.toBe(
					''
				);
				await expectUrl(page, step === 0 ? path : `${path}?step=${step}`);
				expect((await exposedNodeIds(page)).sort(), `nodes drawn at step ${step}`).toEqual(
					shownIds(def, view.id, step).sort()
				);
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
