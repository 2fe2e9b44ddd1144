/**
 * "Check yourself", the reader's side (issue 25): /{lang}/check/ lists every question with the
 * reader's results, results survive a reload and can be forgotten, the note page shows them beside
 * the author's rating, and "Download my note" hands back every line of the note with the results.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { questions } from '../../src/lib/content/quiz';
import { LANGS, collectErrors, downloadMyNote, plain } from './helpers';

const KEY = 'container-atlas:quiz:v1';
const seed = (page: Page, results: Record<string, { right: boolean; at: number }>) =>
	page.addInitScript(
		([key, value]) => {
			// Only on the first load of the test: a reload must read what the page itself left.
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[KEY, JSON.stringify(results)] as const
	);

for (const lang of LANGS) {
	test(`/${lang}/check/ lists every question, each a deep link into answer mode`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/${lang}/check/`);
		const items = page.locator('[data-quiz-item]');
		await expect(items).toHaveCount(questions.length);
		for (const q of questions) {
			const item = page.locator(`[data-quiz-item="${q.id}"]`);
			await expect(item.locator('a')).toHaveText(plain(q.prompt[lang]));
			const href = await item.locator('a').getAttribute('href');
			const url = new URL(href!, 'http://x');
			expect(url.pathname).toContain(`/${lang}/${q.diagram}/`);
			expect(url.searchParams.get('quiz')).toBe(q.id);
		}
		expect(errors).toEqual([]);
	});
}

test('results survive a reload, show on the note page and can be forgotten', async ({ page }) => {
	const [a, b] = questions;
	await seed(page, { [a.id]: { right: true, at: 1 }, [b.id]: { right: false, at: 2 } });
	await page.goto('/en/check/');
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '1/2');
	await expect(page.locator(`[data-quiz-item="${a.id}"]`)).toHaveAttribute('data-result', 'right');
	await expect(page.locator(`[data-quiz-item="${b.id}"]`)).toHaveAttribute('data-result', 'wrong');
	await page.reload();
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '1/2');

	await page.goto('/en/note/');
	await expect(page.locator('[data-quiz-summary]')).toHaveText('checked on the pictures: 1/2');
	await expect(page.locator('[data-my-note]')).toContainText('(5/5)');
	// The question to revisit links to its answer mode.
	const revisit = page.locator('[data-my-note] .revisit a');
	await expect(revisit).toHaveText(plain(b.prompt.en));
	expect(await revisit.getAttribute('href')).toContain(`quiz=${b.id}`);

	await page.goto('/en/check/');
	await page.getByRole('button', { name: 'Forget my results' }).click();
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '0/0');
	await page.reload();
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '0/0');
});

test('a malformed stored result is dropped, not thrown on', async ({ page }) => {
	const errors = collectErrors(page);
	await page.addInitScript((key) => localStorage.setItem(key, '{"broken": '), KEY);
	await page.goto('/ko/check/');
	await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '0/0');
	expect(errors).toEqual([]);
});

for (const lang of LANGS) {
	test(`${lang}: "Download my note" hands back every line of the note with the results`, async ({
		page
	}) => {
		const wrong = questions[0];
		await seed(page, { [wrong.id]: { right: false, at: 1 } });
		await page.goto(`/${lang}/note/`);
		await expect(page.locator('[data-quiz-summary]')).toContainText('0/1');
		const file = await downloadMyNote(page, lang);
		const origin = new URL(page.url()).origin;
		expect(file).toContain(`](${origin}/${lang}/`);
		expect(file).toContain(`?quiz=${wrong.id}`);
		expect(file).not.toContain('container-atlas:results');
	});

	test(`/${lang}/check/ passes axe`, async ({ page }) => {
		await page.goto(`/${lang}/check/`);
		// Only violations are asserted: axe leaves out its lists of passing and inapplicable nodes.
		const results = await new AxeBuilder({ page })
			.options({ resultTypes: ['violations'] })
			.analyze();
		const report = results.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(report, report.join('\n')).toEqual([]);
	});
}
