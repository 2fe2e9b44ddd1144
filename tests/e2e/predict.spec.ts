/**
 * Predict, then reveal (issue 25): stepping forward into a key step of a walkthrough first asks
 * what happens next (two outcomes, or marks to pick on the picture), then the step plays and the
 * panel says whether the prediction held, with the step's narration as the why. Skippable (Skip,
 * Escape), off with ?predict=off, never on a deep link or a step back, asked once per visit; an
 * embed's host `next` asks then reveals, and the example deck's prediction fragment does the same.
 * The oracle is the content's own predictions (src/lib/content/quiz/predictions.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { predictions } from '../../src/lib/content/quiz';
import type { PredictionDef } from '../../src/lib/content/quiz/types';
import { findDiagram } from '../../src/lib/content/diagrams';
import type { Lang } from '../../src/lib/content/types';
import {
	LANGS,
	collectErrors,
	diagramSvg,
	expectUrl,
	findView,
	gotoDiagram,
	nextButton,
	nodeEl,
	plain,
	prevButton,
	shownIds,
	viewPath
} from './helpers';

test.use({ reducedMotion: 'reduce' });

const pred = (diagram: string, view: string) =>
	predictions.find((p) => p.diagram === diagram && p.view === view)!;
// runtime/restart asks (two outcomes) before step 2; runtime/docker-run (pick) before step 11.
const OUTCOME = pred('runtime', 'restart');
const PICK = pred('runtime', 'docker-run');
const right = (p: PredictionDef) => p.outcomes!.findIndex((o) => o.right);
const urlOf = (lang: Lang, p: PredictionDef, query: string) =>
	`${viewPath(lang, findDiagram(p.diagram)!, p.view)}${query}`;
const panel = (page: Page) => page.locator('[data-predict]');
const narrationOf = (p: PredictionDef, lang: Lang) =>
	plain(findView(findDiagram(p.diagram)!, p.view).steps[p.step - 1].narration[lang]);

/** Opens `p`'s view on the step before it and steps forward with the Next button. */
async function askBy(page: Page, lang: Lang, p: PredictionDef, query = '') {
	await gotoDiagram(page, urlOf(lang, p, `?step=${p.step - 1}${query}`));
	await nextButton(page).click();
}

async function expectAsking(page: Page, p: PredictionDef, lang: Lang) {
	await expect(panel(page)).toHaveAttribute('data-predict', `${p.diagram}/${p.view}/${p.step}`);
	await expect(page.locator('#predict-title')).toHaveText(plain(p.prompt[lang]));
	// The step has not played yet.
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(p.step - 1));
	await expect(page.locator('#predict-title')).toBeFocused();
}

for (const lang of LANGS)
	test(`${lang}: a walkthrough asks before its key step; the right outcome holds`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await askBy(page, lang, OUTCOME);
		await expectAsking(page, OUTCOME, lang);
		const choices = page.locator('[data-predict-choice]');
		await expect(choices).toHaveText(OUTCOME.outcomes!.map((o) => plain(o.label[lang])));
		await choices.nth(right(OUTCOME)).click();
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
		await expect(page.locator('[data-predict-result]')).toHaveAttribute(
			'data-predict-result',
			'right'
		);
		// The verdict is in a live region, with the step's narration as the why: on the page the
		// narration shows under the picture, and the panel points to it.
		await expect(page.locator('[data-predict] .why-below')).toBeVisible();
		await expect(page.locator('[data-predict] [role="status"]')).toContainText(
			plain(OUTCOME.outcomes![right(OUTCOME)].label[lang])
		);
		await expect(page.locator('[data-predict] .why')).toHaveText(narrationOf(OUTCOME, lang));
		// The URL stays canonical: the step only.
		await expectUrl(page, urlOf(lang, OUTCOME, `?step=${OUTCOME.step}`));
		// Going back and forward again does not ask again (once per visit).
		await prevButton(page).click();
		await expect(panel(page)).toHaveCount(0);
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step - 1));
		await nextButton(page).click();
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
		await expect(panel(page)).toHaveCount(0);
		expect(errors).toEqual([]);
	});

test('the wrong outcome is graded wrong, and the step still plays', async ({ page }) => {
	await askBy(page, 'en', OUTCOME);
	await page
		.locator('[data-predict-choice]')
		.nth(1 - right(OUTCOME))
		.click();
	await expect(page.locator('[data-predict-result="wrong"]')).toBeVisible();
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	// The next step closes the verdict.
	await nextButton(page).click();
	await expect(panel(page)).toHaveCount(0);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step + 1));
});

for (const lang of LANGS)
	test(`${lang}: a pick prediction is answered on the picture`, async ({ page }) => {
		await askBy(page, lang, PICK);
		await expectAsking(page, PICK, lang);
		const [want] = PICK.pick!;
		const other = shownIds(findDiagram('runtime')!, 'docker-run', PICK.step - 1).find(
			(id) => id !== want
		)!;
		// A wrong pick and then the right one, toggled by clicks; the count follows.
		await nodeEl(page, other).click();
		await expect(nodeEl(page, other)).toHaveAttribute('aria-pressed', 'true');
		await nodeEl(page, other).click();
		await expect(nodeEl(page, other)).toHaveAttribute('aria-pressed', 'false');
		await nodeEl(page, want).click();
		await expect(nodeEl(page, want)).toHaveAttribute('aria-pressed', 'true');
		await page.locator('[data-predict-submit]').click();
		await expect(page.locator('[data-predict-result="right"]')).toBeVisible();
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(PICK.step));
		await expect(nodeEl(page, want)).toHaveClass(/quiz-right/);
	});

test('a pick by keyboard: Space toggles a mark, Enter sees; a wrong pick is wrong', async ({
	page
}) => {
	await askBy(page, 'en', PICK);
	await expectAsking(page, PICK, 'en');
	const other = shownIds(findDiagram('runtime')!, 'docker-run', PICK.step - 1).find(
		(id) => !PICK.pick!.includes(id)
	)!;
	await nodeEl(page, other).focus();
	await page.keyboard.press('Space');
	await expect(nodeEl(page, other)).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-predict-result="wrong"]')).toBeVisible();
	await expect(nodeEl(page, other)).toHaveClass(/quiz-wrong/);
	await expect(nodeEl(page, PICK.pick![0])).toHaveClass(/quiz-missed/);
});

test('Skip and Escape just play the step', async ({ page }) => {
	await askBy(page, 'en', OUTCOME);
	await page.locator('[data-predict-skip]').click();
	await expect(panel(page)).toHaveCount(0);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));

	await askBy(page, 'ko', OUTCOME);
	await expect(panel(page)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
});

test('→ again reveals the answer without a verdict; ← takes the question back', async ({
	page
}) => {
	await gotoDiagram(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step - 1}`));
	await page.keyboard.press('ArrowRight');
	await expect(panel(page)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(panel(page)).toHaveCount(0);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step - 1));

	await gotoDiagram(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step - 1}`));
	await page.keyboard.press('ArrowRight');
	await expect(panel(page)).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(page.locator('[data-predict-shown]')).toContainText(
		plain(OUTCOME.outcomes![right(OUTCOME)].label.en)
	);
	await expect(page.locator('[data-predict-result]')).toHaveCount(0);
});

test('keyboard only: → asks, Tab reaches the outcomes, Enter answers', async ({ page }) => {
	await gotoDiagram(page, urlOf('ko', OUTCOME, `?step=${OUTCOME.step - 1}`));
	await page.keyboard.press('ArrowRight');
	await expectAsking(page, OUTCOME, 'ko');
	await page.keyboard.press('Tab');
	const first = page.locator('[data-predict-choice="0"]');
	await expect(first).toBeFocused();
	if (right(OUTCOME) === 1) await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-predict-result="right"]')).toBeVisible();
	// Focus stays in the panel (on the prompt), not lost to the page.
	await expect(page.locator('#predict-title')).toBeFocused();
	// The next → closes it and steps on.
	await page.keyboard.press('ArrowRight');
	await expect(panel(page)).toHaveCount(0);
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step + 1));
});

test('?predict=off never asks and stays in the URL', async ({ page }) => {
	await askBy(page, 'en', OUTCOME, '&predict=off');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(panel(page)).toHaveCount(0);
	await expectUrl(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step}&predict=off`));
	// Another value is not a parameter: dropped, and predictions stay on.
	await gotoDiagram(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step - 1}&predict=on`));
	await expectUrl(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step - 1}`));
	await nextButton(page).click();
	await expect(panel(page)).toBeVisible();
});

test('a deep link, the overview and a step back never ask', async ({ page }) => {
	await gotoDiagram(page, urlOf('en', OUTCOME, `?step=${OUTCOME.step}`));
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(panel(page)).toHaveCount(0);
	// From the overview, → shows step 1: nothing is asked before it.
	await gotoDiagram(page, urlOf('en', OUTCOME, ''));
	await page.keyboard.press('ArrowRight');
	await expect(diagramSvg(page)).toHaveAttribute('data-step', '1');
	await expect(panel(page)).toHaveCount(0);
});

test('axe is clean while a prediction asks and once it has answered, wide and on a phone', async ({
	page
}) => {
	for (const size of [
		{ width: 1366, height: 768 },
		{ width: 390, height: 844 }
	]) {
		await page.setViewportSize(size);
		await askBy(page, 'ko', PICK);
		await expect(panel(page)).toBeVisible();
		for (const stage of ['asking', 'answered']) {
			if (stage === 'answered') {
				await nodeEl(page, PICK.pick![0]).click();
				await page.locator('[data-predict-submit]').click();
				await expect(page.locator('[data-predict-result]')).toBeVisible();
			}
			const results = await new AxeBuilder({ page })
				.options({ resultTypes: ['violations'] })
				.analyze();
			const report = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
			expect(report, `${size.width} ${stage}`).toEqual([]);
		}
	}
});

test('on a phone the prediction is a compact sheet that leaves the marks to pick in sight', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await askBy(page, 'en', PICK);
	await expect(panel(page)).toBeVisible();
	const sheet = (await panel(page).boundingBox())!;
	expect(sheet.height).toBeLessThan(844 * 0.4);
	// The mark to pick can be brought above the sheet and clicked there.
	const mark = nodeEl(page, PICK.pick![0]);
	await mark.scrollIntoViewIfNeeded();
	await expect
		.poll(async () => {
			const m = (await mark.boundingBox())!;
			const s = (await panel(page).boundingBox())!;
			return m.y + m.height <= s.y;
		})
		.toBe(true);
	await mark.click();
	await expect(mark).toHaveAttribute('aria-pressed', 'true');
});

test('an embed: the host’s next asks, the next next reveals, and the host hears predict events', async ({
	page
}) => {
	const port = Number(process.env.E2E_PORT ?? 5199);
	const app = `http://127.0.0.1:${port}`;
	const host = `http://127.0.0.1:${port - 1}/tests/e2e/fixtures/host.html`;
	const events = () =>
		page.evaluate(() =>
			(window as unknown as { messages: { event: string }[] }).messages.filter(
				(m) => m.event === 'predict'
			)
		);
	const send = (m: object) =>
		page.evaluate(
			(m) =>
				(window as unknown as { send: (m: object) => void }).send({
					type: 'container-atlas',
					version: 1,
					...m
				}),
			m
		);
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto(
		`${host}?src=${encodeURIComponent(`${app}/embed/en/runtime/restart/?step=${OUTCOME.step - 1}`)}`
	);
	const frame = page.frameLocator('#atlas');
	const svg = frame.locator('svg[data-diagram]');
	await expect(svg).toHaveAttribute('data-step', String(OUTCOME.step - 1));
	await expect.poll(() => page.evaluate(() => (window as any).messages.length)).toBeGreaterThan(0);
	await send({ command: 'next' });
	await expect(frame.locator('[data-predict]')).toBeVisible();
	await expect(svg).toHaveAttribute('data-step', String(OUTCOME.step - 1));
	// The embed did not take the host's focus.
	expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('atlas');
	await send({ command: 'next' });
	await expect(svg).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(frame.locator('[data-predict-shown]')).toBeVisible();
	// Back and forward by the host: no second ask; then a goto with predict asks again, and a
	// click on the right outcome answers it.
	await send({ command: 'prev' });
	await send({ command: 'next' });
	await expect(svg).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(frame.locator('[data-predict]')).toHaveCount(0);
	await send({ command: 'goto', step: OUTCOME.step, predict: true });
	await expect(frame.locator('[data-predict]')).toBeVisible();
	await expect(svg).toHaveAttribute('data-step', String(OUTCOME.step - 1));
	await frame.locator('[data-predict-choice]').nth(right(OUTCOME)).click();
	await expect(frame.locator('[data-predict-result="right"]')).toBeVisible();
	const base = { event: 'predict', diagram: 'runtime', view: 'restart', step: OUTCOME.step };
	await expect
		.poll(events)
		.toEqual([
			expect.objectContaining({ ...base, skipped: true }),
			expect.objectContaining({ ...base, right: true })
		]);
});

test('an embed with ?predict=off never asks', async ({ page }) => {
	await gotoDiagram(page, `/embed/en/runtime/restart/?step=${OUTCOME.step - 1}&predict=off`);
	await page.locator('[data-step-next]').click();
	await expect(diagramSvg(page)).toHaveAttribute('data-step', String(OUTCOME.step));
	await expect(panel(page)).toHaveCount(0);
	await expectUrl(page, `/embed/en/runtime/restart/?step=${OUTCOME.step}&predict=off`);
});

type RevealGlobal = {
	Reveal: { getIndices: () => { h: number; f?: number }; isReady: () => boolean };
};

test('the example deck: a prediction is one extra fragment', async ({ page }) => {
	const port = Number(process.env.E2E_PORT ?? 5199);
	const deck = `http://127.0.0.1:${port - 1}/examples/reveal/?atlas=${encodeURIComponent(`http://127.0.0.1:${port}`)}`;
	const COMPARE = pred('virtualization', 'compare');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`${deck}#/2`);
	await page.waitForFunction(() => (window as unknown as RevealGlobal).Reveal?.isReady());
	const inner = page.locator('section.present iframe.atlas').contentFrame();
	const svg = inner.locator('svg[data-diagram="virtualization"]');
	await expect(svg).toHaveAttribute('data-step', '1');
	const indices = () =>
		page.evaluate(() => (window as unknown as RevealGlobal).Reveal.getIndices());

	// The prediction's fragment: the step before shows, and the prompt asks.
	await page.keyboard.press('ArrowRight');
	await expect(inner.locator('[data-predict]')).toHaveAttribute(
		'data-predict',
		`virtualization/compare/${COMPARE.step}`
	);
	await expect(svg).toHaveAttribute('data-step', String(COMPARE.step - 1));
	// The deck keeps its keys: the next → is the deck's, and reveals.
	await page.keyboard.press('ArrowRight');
	await expect.poll(indices).toMatchObject({ h: 2, f: 1 });
	await expect(svg).toHaveAttribute('data-step', String(COMPARE.step));
	await expect(inner.locator('[data-predict-shown]')).toBeVisible();
	// A slide's narration is for screen readers only: the panel gives the why itself.
	await expect(inner.locator('[data-predict] .why')).toHaveText(narrationOf(COMPARE, 'en'));
	await expect(inner.locator('[data-predict] .why')).toBeVisible();
	// The next fragment closes it and steps on; back twice returns to the question, then before it.
	await page.keyboard.press('ArrowRight');
	await expect(svg).toHaveAttribute('data-step', String(COMPARE.step + 1));
	await expect(inner.locator('[data-predict]')).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await expect(svg).toHaveAttribute('data-step', String(COMPARE.step));
	await page.keyboard.press('ArrowLeft');
	await expect(inner.locator('[data-predict]')).toBeVisible();
	await expect(svg).toHaveAttribute('data-step', String(COMPARE.step - 1));
	await page.keyboard.press('ArrowLeft');
	await expect(inner.locator('[data-predict]')).toHaveCount(0);
	await expect(svg).toHaveAttribute('data-step', '1');
});
