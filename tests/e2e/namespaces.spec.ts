/**
 * The namespaces diagram in a real browser: the cross-diagram links that lead into it (and keep the
 * language), the note's namespace bullets verbatim with their corrections, and the PID view's one
 * nginx node whose number changes with the point of view.
 */
import { test, expect } from './shared-page';
import { collectErrors, gotoDiagram, nextButton, nodeEl, notePanel, pathAndQuery } from './helpers';

test.use({ reducedMotion: 'reduce' });

for (const lang of ['ko', 'en'] as const) {
	test(`${lang}: the virtualization kernel's panel links to the namespaces diagram, keeping the language`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, `/${lang}/virtualization/container/?node=ctr-kernel`);
		const link = notePanel(page).locator('[data-related-link="namespaces/types/ctr-set"]');
		await expect(link).toHaveAttribute('href', `/${lang}/namespaces/types/?node=ctr-set`);
		await link.click();
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-diagram', 'namespaces');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'ctr-set');
		expect(pathAndQuery(page)).toBe(`/${lang}/namespaces/types/?node=ctr-set`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		// The note's two namespace bullets live here now, each with its correction.
		for (const key of ['namespace.separate', 'namespace.identify']) {
			await expect(notePanel(page).locator(`[data-passage="${key}"]`)).toHaveCount(1);
			await expect(notePanel(page).locator(`[data-correction="${key}"]`)).toHaveCount(1);
		}
		expect(errors).toEqual([]);
	});
}

test('an edge’s link is listed in the panels of the nodes it joins (runc → kernel)', async ({
	page
}) => {
	await gotoDiagram(page, '/en/runtime/?node=runc');
	const link = notePanel(page).locator('[data-related-link="namespaces/lifecycle/runc-init"]');
	await expect(link).toHaveAttribute('href', '/en/namespaces/lifecycle/?node=runc-init');
	await expect(notePanel(page).locator('[data-related]')).toContainText('unshare/setns');
});

test('the virtualization kernel no longer shows the namespace bullets itself', async ({ page }) => {
	await gotoDiagram(page, '/ko/virtualization/container/?node=ctr-kernel');
	await expect(notePanel(page).locator('[data-passage^="namespace."]')).toHaveCount(0);
	await expect(notePanel(page).locator('[data-passage="virt.container"]')).toHaveCount(1);
});

test('the PID view shows one nginx node whose PID changes with the point of view', async ({
	page
}) => {
	const errors = collectErrors(page);
	// Predictions off: step 3 asks one first (predict.spec.ts covers them).
	await gotoDiagram(page, '/en/namespaces/pid/?predict=off');
	const nginx = nodeEl(page, 'nginx');
	await expect(nginx).toHaveCount(1);
	await expect(nginx).toContainText('4242');
	// Step 0 is the overview (DEFAULT_STEP = 0); the view from inside is step 3.
	for (let i = 0; i < 3; i++) await nextButton(page).click();
	await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '3');
	await expect(nodeEl(page, 'nginx')).toHaveCount(1);
	await expect(nodeEl(page, 'nginx')).toContainText('PID 1');
	await expect(nodeEl(page, 'nginx')).not.toContainText('4242');
	// The host's processes are not listed by `ps` inside the container.
	await expect(nodeEl(page, 'host-systemd')).toHaveAttribute('aria-hidden', 'true');
	expect(errors).toEqual([]);
});
