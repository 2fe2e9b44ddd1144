/**
 * Answer mode (issue 25): a question opened by `?quiz=<id>` or the page's Check yourself control is
 * answered on the diagram itself, by mouse or keyboard, graded by id (picking everything is wrong),
 * the right marks light up with the note's words and corrections, results are kept, and the embed
 * tells its host. The oracle for the answers is the content's own questions (src/lib/content/quiz).
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import AxeBuilder from '@axe-core/playwright';
import { questions } from '../../src/lib/content/quiz';
import type { QuestionDef } from '../../src/lib/content/quiz/types';
import { findDiagram } from '../../src/lib/content/diagrams';
import {
	LANGS,
	collectErrors,
	gotoDiagram,
	nodeEl,
	plain,
	viewPath,
	waitForHydration
} from './helpers';
import type { Lang } from '../../src/lib/content/types';

test.use({ reducedMotion: 'reduce' });

const q = (id: string) => questions.find((x) => x.id === id)!;
const quizUrl = (lang: Lang, x: QuestionDef, extra = '') =>
	`${viewPath(lang, findDiagram(x.diagram)!, x.view)}?quiz=${x.id}${extra}`;
const NAMED = ['runtime-parent', 'virt-no-guest-kernel', 'net-answer'].map(q);
const panel = (page: Page) => page.locator('[data-quiz-panel]');
/** The marks a reader can pick now: every node shown (the hidden ones are aria-hidden). */
const shownNodes = (page: Page) => page.locator('svg[data-diagram] [data-node]:not([aria-hidden])');

/** Clicks a mark as a reader would: a frame (which holds other marks) on its label. */
async function clickMark(page: Page, id: string) {
	const el = nodeEl(page, id);
	if (/shape-frame/.test((await el.getAttribute('class')) ?? ''))
		await el.locator('text').first().click();
	else await el.click();
}

async function openQuestion(page: Page, lang: Lang, x: QuestionDef) {
	await gotoDiagram(page, quizUrl(lang, x));
	await expect(panel(page)).toHaveAttribute('data-quiz-question', x.id);
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', String(x.step ?? 0));
}

async function expectGraded(page: Page, x: QuestionDef, right: boolean, lang: Lang) {
	await expect(page.locator('[data-quiz-result]')).toHaveAttribute(
		'data-quiz-result',
		right ? 'right' : 'wrong'
	);
	// The right marks light up, and the panel gives the note's words about them, with sources.
	for (const id of x.answer) {
		await expect(nodeEl(page, id)).toHaveClass(/quiz-(right|missed)/);
		await expect(page.locator(`[data-quiz-answer-node="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-quiz-answer-node] .sources a').first()).toBeVisible();
	await expect(page.locator('[data-quiz-panel] .why')).toHaveText(plain(x.why[lang]));
}

for (const lang of LANGS)
	for (const x of NAMED) {
		test(`${lang} ${x.id}: right by mouse, with names and states a screen reader reads`, async ({
			page
		}) => {
			const errors = collectErrors(page);
			await openQuestion(page, lang, x);
			await expect(page.locator('#quiz-title')).toHaveText(plain(x.prompt[lang]));
			for (const id of x.answer) {
				await expect(nodeEl(page, id)).toHaveAttribute('aria-pressed', 'false');
				await clickMark(page, id);
				await expect(nodeEl(page, id)).toHaveAttribute('aria-pressed', 'true');
			}
			// As assistive technology sees it: toggle buttons, the picked ones pressed.
			await expect(page.getByRole('button', { pressed: true })).toHaveCount(x.answer.length);
			// A second click unpicks; a third picks again.
			const first = nodeEl(page, x.answer[0]);
			await clickMark(page, x.answer[0]);
			await expect(first).toHaveAttribute('aria-pressed', 'false');
			await clickMark(page, x.answer[0]);
			await page.locator('[data-quiz-submit]').click();
			await expectGraded(page, x, true, lang);
			// The verdict is in a live region, and each mark's name says it now.
			await expect(page.locator('[data-quiz-panel] [role="status"]')).toContainText(
				lang === 'en' ? 'Right.' : '정답입니다.'
			);
			expect(await first.getAttribute('aria-label')).toMatch(
				lang === 'en' ? /: right, you selected it$/ : /: 정답, 골랐음$/
			);
			expect(new URL(page.url()).searchParams.get('quiz')).toBe(x.id);
			expect(errors).toEqual([]);
		});

		test(`${lang} ${x.id}: right by keyboard (Space toggles, Enter submits)`, async ({ page }) => {
			await openQuestion(page, lang, x);
			for (const id of x.answer) {
				await nodeEl(page, id).focus();
				await page.keyboard.press('Space');
				await expect(nodeEl(page, id)).toHaveAttribute('aria-pressed', 'true');
			}
			// Arrows still move between marks (the diagram's roving focus) and leave picks as they are.
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowDown');
			await expect(page.locator('svg[data-diagram] [data-node]:focus')).toHaveCount(1);
			await expect(page.getByRole('button', { pressed: true })).toHaveCount(x.answer.length);
			await nodeEl(page, x.answer[0]).focus();
			await page.keyboard.press('Enter');
			await expectGraded(page, x, true, lang);
		});

		test(`${lang} ${x.id}: picking everything is wrong`, async ({ page }) => {
			await openQuestion(page, lang, x);
			const all = await shownNodes(page).all();
			expect(all.length).toBeGreaterThan(x.answer.length);
			for (const el of all) {
				await el.focus();
				await page.keyboard.press('Space');
			}
			await expect(page.getByRole('button', { pressed: true })).toHaveCount(all.length);
			await page.locator('[data-quiz-submit]').click();
			await expectGraded(page, x, false, lang);
			await expect(page.locator('svg[data-diagram] .quiz-wrong').first()).toBeVisible();
			// Try again: nothing picked, the same question.
			await page.locator('[data-quiz-retry]').click();
			await expect(page.locator('[data-quiz-result]')).toHaveCount(0);
			await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
		});
	}

test.describe('every question deep-links', () => {
	questions.forEach((x, i) => {
		const lang = LANGS[i % 2];
		test(`${lang} ?quiz=${x.id}`, async ({ page }) => {
			const errors = collectErrors(page);
			await openQuestion(page, lang, x);
			await expect(page.locator('#quiz-title')).toHaveText(plain(x.prompt[lang]));
			// The answer marks are there to be picked.
			for (const id of x.answer)
				await expect(nodeEl(page, id)).toHaveAttribute('aria-pressed', 'false');
			// The URL keeps the question, in canonical form.
			const url = new URL(page.url());
			expect(url.searchParams.get('quiz')).toBe(x.id);
			expect([...url.searchParams.keys()].filter((k) => k !== 'step')).toEqual(['quiz']);
			expect(errors).toEqual([]);
		});
	});
});

for (const lang of LANGS)
	test(`${lang}: a bad ?quiz= id gets a notice and the page keeps working`, async ({ page }) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, `/${lang}/runtime/process-tree/?quiz=no-such-question&junk=1`);
		await expect(page.locator('[data-notice] li[data-notice-kind="unknown-quiz"]')).toContainText(
			'no-such-question'
		);
		await expect(panel(page)).toHaveCount(0);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		// A question of another view is not this view's either.
		await nodeEl(page, 'containerd-shim').click();
		await expect(page.locator('[data-note-panel]')).toBeVisible();
		expect(errors).toEqual([]);
	});

test('the Check yourself control opens this view’s question, focused; Escape leaves', async ({
	page
}) => {
	const x = q('runtime-parent');
	await gotoDiagram(page, '/en/runtime/process-tree/');
	await page.locator('[data-quiz-start]').click();
	await expect(panel(page)).toHaveAttribute('data-quiz-question', x.id);
	await expect(page.locator('#quiz-title')).toBeFocused();
	await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).toBe(x.id);
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).toBe(null);
	// Nodes open notes again.
	await nodeEl(page, 'containerd-shim').click();
	await expect(page.locator('[data-note-panel]')).toBeVisible();
});

test('the language switch keeps the open question, asked in the other language', async ({
	page
}) => {
	const x = NAMED.find((q) => q.id === 'runtime-parent')!;
	await openQuestion(page, 'en', x);
	await expect(page.locator('a[data-lang-link="ko"]')).toHaveAttribute(
		'href',
		new RegExp(`\\?(.*&)?quiz=${x.id}`)
	);
	await page.locator('a[data-lang-link="ko"]').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(panel(page)).toHaveAttribute('data-quiz-question', x.id);
	await expect(page.locator('#quiz-title')).toHaveText(plain(x.prompt.ko));
	expect(new URL(page.url()).searchParams.get('quiz')).toBe(x.id);
	// Another view leaves answer mode.
	await page.locator('[data-view-link]:not([aria-current])').first().click();
	await expect(page.locator('[data-quiz-panel]')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).toBe(null);
});

test('every diagram page has the Check yourself control', async ({ page }) => {
	for (const path of ['/ko/layers/', '/en/networking/', '/en/images/'] as const) {
		await gotoDiagram(page, path);
		await expect(page.locator('[data-quiz-start]')).toBeVisible();
	}
});

test('results survive a reload and show on /check/ and the note page', async ({ page }) => {
	const [good, bad] = [q('runtime-parent'), q('net-answer')];
	await openQuestion(page, 'en', good);
	await nodeEl(page, 'containerd-shim').click();
	await page.locator('[data-quiz-submit]').click();
	await expect(page.locator('[data-quiz-result="right"]')).toBeVisible();
	await openQuestion(page, 'en', bad);
	await page.locator('[data-quiz-submit]').click();
	await expect(page.locator('[data-quiz-result="wrong"]')).toBeVisible();

	await page.goto('/en/check/');
	await waitForHydration(page);
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '1/2');
	await page.reload();
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '1/2');
	await expect(page.locator(`[data-quiz-item="${good.id}"]`)).toHaveAttribute(
		'data-result',
		'right'
	);
	await page.goto('/en/note/');
	await expect(page.locator('[data-quiz-summary]')).toHaveText('checked on the pictures: 1/2');
	const revisit = page.locator('[data-my-note] .revisit a');
	await expect(revisit).toHaveText(plain(bad.prompt.en));
	await revisit.click();
	await waitForHydration(page);
	await expect(panel(page)).toHaveAttribute('data-quiz-question', bad.id);
});

for (const lang of LANGS)
	test(`${lang}: answer mode passes axe, before and after grading`, async ({ page }) => {
		const x = q('virt-no-guest-kernel');
		await openQuestion(page, lang, x);
		await clickMark(page, x.answer[0]);
		const check = async () => {
			const results = await new AxeBuilder({ page })
				.options({ resultTypes: ['violations'] })
				.analyze();
			const report = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
			expect(report, report.join('\n')).toEqual([]);
		};
		await check();
		await page.locator('[data-quiz-submit]').click();
		await expect(page.locator('[data-quiz-result]')).toBeVisible();
		await check();
	});

test('an embed opens ?quiz= and reports each answer to its host', async ({ page }) => {
	const port = Number(process.env.E2E_PORT ?? 5199);
	const app = `http://127.0.0.1:${port}`;
	const host = `http://127.0.0.1:${port - 1}/tests/e2e/fixtures/host.html`;
	const x = q('runtime-parent');
	const messages = () =>
		page.evaluate(() =>
			(window as unknown as { messages: { event: string }[] }).messages.filter(
				(m) => m.event === 'answer'
			)
		);
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.goto(
		`${host}?src=${encodeURIComponent(`${app}/embed/en/runtime/process-tree/?quiz=${x.id}`)}`
	);
	const frame = page.frameLocator('#atlas');
	await expect(frame.locator('[data-quiz-panel]')).toHaveAttribute('data-quiz-question', x.id);
	await frame.locator('[data-node="containerd"]').click();
	await frame.locator('[data-quiz-submit]').click();
	await expect(frame.locator('[data-quiz-result="wrong"]')).toBeVisible();
	await frame.locator('[data-quiz-retry]').click();
	await frame.locator('[data-node="containerd-shim"]').click();
	await frame.locator('[data-quiz-submit]').click();
	await expect
		.poll(messages)
		.toEqual([
			expect.objectContaining({ event: 'answer', id: x.id, right: false }),
			expect.objectContaining({ event: 'answer', id: x.id, right: true })
		]);
});

test('on a phone the lit marks are brought above the answer sheet', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const x = q('virt-no-guest-kernel');
	await openQuestion(page, 'en', x);
	await page.locator('[data-quiz-submit]').click();
	await expect(page.locator('[data-quiz-result="wrong"]')).toBeVisible();
	const mark = nodeEl(page, x.answer[0]);
	await expect
		.poll(async () => {
			const [m, sheet] = await Promise.all([
				mark.boundingBox(),
				page.locator('[data-quiz-panel]').boundingBox()
			]);
			return m!.y + Math.min(m!.height, 60) <= sheet!.y;
		})
		.toBe(true);
});

// A frame's question is a strip above the picture: every mark to pick stays in sight, clear of the
// panel, and its label legible (beside a side panel a 480×270 frame drew labels at 5 px).
for (const [width, height, minLabel] of [
	[480, 270, 8],
	[960, 540, 9]
] as const)
	test(`an embed in answer mode keeps every mark clear of the question at ${width}×${height}`, async ({
		page
	}) => {
		for (const x of NAMED)
			for (const lang of ['en', 'ko'] as const) {
				await page.setViewportSize({ width, height });
				await page.goto(`/embed/${lang}/${x.diagram}/${x.view}/?quiz=${x.id}`);
				await expect(panel(page)).toHaveAttribute('data-quiz-question', x.id);
				const box = (await panel(page).boundingBox())!;
				const nodes = await shownNodes(page).evaluateAll((els) =>
					els.map((el) => {
						const r = el.querySelector('.box')!.getBoundingClientRect();
						const label = el.querySelector('text');
						return {
							id: el.getAttribute('data-node'),
							r: { x: r.x, y: r.y, w: r.width, h: r.height },
							font: label ? parseFloat(getComputedStyle(label).fontSize) : Infinity,
							scale: label ? label.getBoundingClientRect().height / label.getBBox().height : 1
						};
					})
				);
				expect(nodes.length, `${lang} ${x.id}: marks shown`).toBeGreaterThan(1);
				for (const n of nodes) {
					const where = `${lang} ${x.id} ${n.id}`;
					expect(n.r.y, `${where}: below the question`).toBeGreaterThanOrEqual(box.y + box.height);
					expect(n.r.x, `${where}: inside the frame`).toBeGreaterThanOrEqual(0);
					expect(n.r.x + n.r.w, `${where}: inside the frame`).toBeLessThanOrEqual(width + 0.5);
					expect(n.r.y + n.r.h, `${where}: inside the frame`).toBeLessThanOrEqual(height);
					expect(n.font * n.scale, `${where}: label size`).toBeGreaterThanOrEqual(minLabel);
				}
			}
	});
