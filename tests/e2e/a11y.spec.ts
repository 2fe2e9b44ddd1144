/**
 * Automated accessibility checks with axe-core on every page: the landing page, both galleries,
 * every view of both diagrams in both languages, views with a note panel or a notice open, and the
 * 404 page. The scans use axe's default rule set (WCAG 2.0/2.1 A and AA, best practices) and
 * disable nothing. WCAG 2.2's target-size rule, which axe ships switched off, is checked on its own
 * at the end.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import AxeBuilder from '@axe-core/playwright';
import { ALL_VIEWS, LANGS, gotoDiagram, notePanel, viewPath, waitForHydration } from './helpers';

test.use({ reducedMotion: 'reduce' });

/** Runs axe and fails with a readable list: rule id, impact, and the offending targets. */
async function expectNoViolations(page: Page, rules?: string[]) {
	// Only violations are asserted: with resultTypes axe reports one node per passing or
	// inapplicable rule instead of all of them (a diagram page has hundreds), the saving its API
	// documentation suggests. Violations are still reported in full.
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	if (rules) builder.withRules(rules);
	const results = await builder.analyze();
	const report = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes
				.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
				.join('\n')
	);
	expect(report, report.join('\n')).toEqual([]);
}

test('landing page', async ({ page }) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('h1')).toBeVisible();
	await expectNoViolations(page);
});

for (const lang of LANGS) {
	test(`gallery /${lang}/`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('h1')).toBeVisible();
		await expectNoViolations(page);
	});

	for (const { def, view } of ALL_VIEWS) {
		const path = viewPath(lang, def, view.id);
		test(`diagram ${path}`, async ({ page }) => {
			await gotoDiagram(page, path);
			await expectNoViolations(page);
		});
	}
}

test('a view with a note panel open (corrections shown)', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/docker-run/?step=9&node=containerd-shim');
	await expect(notePanel(page)).toBeVisible();
	await expect(notePanel(page).locator('[data-correction]')).toHaveCount(2);
	await expectNoViolations(page);
});

test('a Korean view with a note panel open', async ({ page }) => {
	await gotoDiagram(page, '/ko/virtualization/?node=ctr-kernel');
	await expect(notePanel(page)).toBeVisible();
	await expectNoViolations(page);
});

test('a view with notices about bad query values', async ({ page }) => {
	await gotoDiagram(page, '/en/virtualization/hosted/?step=99&node=nope');
	await expect(page.locator('[data-notice]')).toBeVisible();
	await expectNoViolations(page);
});

test('a view at its last step, with nodes concealed', async ({ page }) => {
	await gotoDiagram(page, '/en/runtime/restart/?step=4');
	await expectNoViolations(page);
});

test('404 page', async ({ page }) => {
	const response = await page.goto('/en/nope/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('section.not-found')).toBeVisible();
	await expectNoViolations(page);
});

test.describe('WCAG 2.2 target size (2.5.8, axe rule off by default)', () => {
	for (const path of ['/', '/en/', '/ko/', '/en/runtime/', '/ko/virtualization/']) {
		test(`targets are large enough or spaced on ${path}`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expectNoViolations(page, ['target-size']);
		});
	}
});

test.describe('dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of [
		'/',
		'/en/',
		'/en/virtualization/?step=3&node=hosted-hypervisor',
		'/ko/runtime/docker-run/?step=10&node=containerd-shim',
		// A panel with the note's text, corrections and links into other diagrams.
		'/ko/namespaces/types/?node=ctr-set'
	]) {
		test(`${path}`, async ({ page }) => {
			await page.goto(path);
			if (path.includes('?')) await waitForHydration(page);
			else await page.waitForLoadState('networkidle');
			await expectNoViolations(page);
		});
	}
});

test.describe('narrow screen', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const path of ['/en/virtualization/?node=ctr-kernel', '/ko/runtime/process-tree/']) {
		test(`${path}`, async ({ page }) => {
			await gotoDiagram(page, path);
			await expectNoViolations(page);
		});
	}
});
