/**
 * All shareable state lives in the URL: step and node in the query (replaceState), view and
 * language in the path (links, so history works). Bad query values are corrected with a notice and
 * never rendered as HTML; unknown paths get a real 404 page that lists the views that exist.
 */
import { type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import { panelUi } from '../../src/lib/content/ui-panel';
import { pagesUi } from '../../src/lib/content/ui-pages';
import {
	ALL_VIEWS,
	LANGS,
	collectErrors,
	diagramSvg,
	expectStep,
	expectUrl,
	findView,
	gotoDiagram,
	nextButton,
	nodeEl,
	notePanel,
	runtime,
	viewPath,
	virtualization,
	waitForHydration
} from './helpers';

const historyLength = (page: Page) => page.evaluate(() => history.length);

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('state in the URL', () => {
	test('step and node are written with replaceState and survive a reload', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/docker-run/?step=1');
		const before = await historyLength(page);
		await nextButton(page).click();
		await nextButton(page).click();
		await expectUrl(page, '/en/runtime/docker-run/?step=3');
		await nodeEl(page, 'dockerd').click();
		await expectUrl(page, '/en/runtime/docker-run/?step=3&node=dockerd');
		expect(await historyLength(page)).toBe(before);

		await page.reload();
		await waitForHydration(page);
		await expectStep(page, runtime, 'docker-run', 3, 'en');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await expect(nodeEl(page, 'dockerd')).toHaveAttribute('aria-pressed', 'true');
		await expectUrl(page, '/en/runtime/docker-run/?step=3&node=dockerd');
		await expect(page.locator('[data-notice]')).toHaveCount(0);
	});

	test('a deep link opens exactly that step and node', async ({ page }) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, '/en/runtime/docker-run/?step=7&node=containerd-shim');
		await expectStep(page, runtime, 'docker-run', 7, 'en');
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd-shim');
		await expect(notePanel(page).locator('h2')).toHaveText('containerd-shim');
		await expect(page.locator('[data-notice]')).toHaveCount(0);
		await expectUrl(page, '/en/runtime/docker-run/?step=7&node=containerd-shim');
		// The bundle is revealed at step 7, so it is drawn.
		await expect(nodeEl(page, 'bundle')).not.toHaveAttribute('aria-hidden', /.*/);
		expect(errors).toEqual([]);
	});

	test('view tabs are links: back and forward move between views', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/?step=1');
		await nextButton(page).click();
		await expectUrl(page, '/en/runtime/?step=2');

		// Another view opens on its overview.
		await page.locator('a[data-view-link="docker-run"]').click();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await expectUrl(page, '/en/runtime/docker-run/');
		await expectStep(page, runtime, 'docker-run', 0, 'en');
		await expect(page.locator('a[data-view-link="docker-run"]')).toHaveAttribute(
			'aria-current',
			'page'
		);

		await page.locator('a[data-view-link="process-tree"]').click();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'process-tree');
		await expectUrl(page, '/en/runtime/process-tree/');

		await page.goBack();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await expectUrl(page, '/en/runtime/docker-run/');

		await page.goBack();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'architecture');
		await expectUrl(page, '/en/runtime/?step=2');
		await expectStep(page, runtime, 'architecture', 2, 'en');
		await expect(page.locator('a[data-view-link="architecture"]')).toHaveAttribute(
			'aria-current',
			'page'
		);

		await page.goForward();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await expectUrl(page, '/en/runtime/docker-run/');
		await expect(page.locator('h1')).toHaveText(runtime.title.en);
	});

	test('a view tab keeps the open node when the other view has it', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/?step=3&node=containerd-shim');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd-shim');
		await expect(page.locator('a[data-view-link="process-tree"]')).toHaveAttribute(
			'href',
			'/en/runtime/process-tree/?node=containerd-shim'
		);
		await page.locator('a[data-view-link="process-tree"]').click();
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'process-tree');
		await expectUrl(page, '/en/runtime/process-tree/?node=containerd-shim');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd-shim');
		await expectStep(page, runtime, 'process-tree', 0, 'en');
		// systemd is not in the restart view: the link drops the node rather than cause a notice.
		await nodeEl(page, 'systemd').click();
		await expect(page.locator('a[data-view-link="restart"]')).toHaveAttribute(
			'href',
			'/en/runtime/restart/'
		);
	});

	test('the language switch keeps view, step and node', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/docker-run/?step=7&node=containerd-shim');
		await expect(page.locator('a[data-lang-link="en"]')).toHaveAttribute('aria-current', 'true');
		await expect(page.locator('a[data-lang-link="ko"]')).toHaveAttribute(
			'href',
			'/ko/runtime/docker-run/?step=7&node=containerd-shim'
		);
		await page.locator('a[data-lang-link="ko"]').click();
		await expectUrl(page, '/ko/runtime/docker-run/?step=7&node=containerd-shim');
		await expectStep(page, runtime, 'docker-run', 7, 'ko');
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'docker-run');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd-shim');
		await expect(notePanel(page)).toHaveAttribute('lang', 'ko');
		await expect(
			notePanel(page).locator('blockquote.verbatim[data-passage="shim.between"]')
		).toHaveText('containerd와 runc 사이에서 작동하는 프로세스');
		await expect(page.locator('h1')).toHaveText(runtime.title.ko);
		await expect(page.locator('a[data-lang-link="ko"]')).toHaveAttribute('aria-current', 'true');
	});

	test('the language switch follows state changed on the page', async ({ page }) => {
		await gotoDiagram(page, '/ko/virtualization/hosted/?step=1');
		await nextButton(page).click();
		await nextButton(page).click();
		await nodeEl(page, 'hosted-hypervisor').click();
		await expectUrl(page, '/ko/virtualization/hosted/?step=3&node=hosted-hypervisor');
		await expect(page.locator('a[data-lang-link="en"]')).toHaveAttribute(
			'href',
			'/en/virtualization/hosted/?step=3&node=hosted-hypervisor'
		);
		await page.locator('a[data-lang-link="en"]').click();
		await expectUrl(page, '/en/virtualization/hosted/?step=3&node=hosted-hypervisor');
		await expectStep(page, virtualization, 'hosted', 3, 'en');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'hosted-hypervisor');
		await expect(notePanel(page).locator('h2')).toHaveText('Type-2 hypervisor');
		// Back returns to the Korean page in the state it was left in.
		await page.goBack();
		await expectUrl(page, '/ko/virtualization/hosted/?step=3&node=hosted-hypervisor');
		await expectStep(page, virtualization, 'hosted', 3, 'ko');
		await expect(notePanel(page)).toHaveAttribute('lang', 'ko');
	});

	test('<html lang> follows the language after switching on the page', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.locator('a[data-lang-link="ko"]').click();
		await expect(page.locator('h1')).toHaveText(runtime.title.ko);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await page.locator('a[data-lang-link="en"]').click();
		await expect(page.locator('h1')).toHaveText(runtime.title.en);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test.describe('bad query values', () => {
	test('an unknown node shows a notice, is removed from the URL and never becomes HTML', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		await gotoDiagram(page, '/en/virtualization/');
		const cleanScripts = await page.locator('script').count();

		const payload = '<script>alert(1)</script>';
		await gotoDiagram(page, `/en/virtualization/?node=${encodeURIComponent(payload)}`);
		const notice = page.locator('[data-notice] li[data-notice-kind="unknown-node"]');
		await expect(notice).toHaveCount(1);
		await expect(notice).toHaveText(panelUi.en.unknownNode(payload));
		await expect(notice.locator('script')).toHaveCount(0);
		expect(await page.locator('script').count()).toBe(cleanScripts);
		await expectUrl(page, '/en/virtualization/');
		await expect(notePanel(page)).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('markup with event handlers in a node value stays text', async ({ page }) => {
		const payload = '<img src=x onerror="window.__xss=1">';
		await gotoDiagram(page, `/ko/runtime/?node=${encodeURIComponent(payload)}`);
		const notice = page.locator('li[data-notice-kind="unknown-node"]');
		await expect(notice).toHaveText(panelUi.ko.unknownNode(payload));
		await expect(page.locator('[data-notice] img')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
			undefined
		);
		await expectUrl(page, '/ko/runtime/');
	});

	test('a very long value is echoed shortened', async ({ page }) => {
		await gotoDiagram(page, `/en/runtime/?node=${'x'.repeat(100)}`);
		await expect(page.locator('li[data-notice-kind="unknown-node"]')).toHaveText(
			panelUi.en.unknownNode('x'.repeat(40) + '…')
		);
		await expectUrl(page, '/en/runtime/');
	});

	test('step beyond the last shows the last step with a notice', async ({ page }) => {
		const steps = findView(runtime, 'docker-run').steps.length;
		await gotoDiagram(page, '/en/runtime/docker-run/?step=999');
		await expectStep(page, runtime, 'docker-run', steps, 'en');
		await expect(page.locator('li[data-notice-kind="bad-step"]')).toHaveText(
			panelUi.en.badStep('999', steps, steps)
		);
		await expectUrl(page, `/en/runtime/docker-run/?step=${steps}`);
	});

	for (const bad of ['abc', '0', '-2', '2.5', '<b>3</b>']) {
		test(`step=${bad} shows the overview with a notice`, async ({ page }) => {
			const steps = findView(virtualization, 'compare').steps.length;
			await gotoDiagram(page, `/ko/virtualization/?step=${encodeURIComponent(bad)}`);
			await expectStep(page, virtualization, 'compare', 0, 'ko');
			const notice = page.locator('li[data-notice-kind="bad-step"]');
			await expect(notice).toHaveText(panelUi.ko.badStep(bad, 0, steps));
			await expect(notice.locator('b')).toHaveCount(0);
			await expectUrl(page, '/ko/virtualization/');
		});
	}

	test('a bad step keeps a good node, and both notices show for two bad values', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/runtime/?step=abc&node=dockerd');
		await expectUrl(page, '/en/runtime/?node=dockerd');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await expect(page.locator('li[data-notice-kind]')).toHaveCount(1);

		const steps = findView(runtime, 'architecture').steps.length;
		await gotoDiagram(page, '/en/runtime/?step=999&node=nope');
		await expectUrl(page, `/en/runtime/?step=${steps}`);
		await expectStep(page, runtime, 'architecture', steps, 'en');
		await expect(page.locator('li[data-notice-kind="bad-step"]')).toHaveCount(1);
		await expect(page.locator('li[data-notice-kind="unknown-node"]')).toHaveCount(1);
		await expect(notePanel(page)).toHaveCount(0);
	});

	test('a node of another view is unknown in this one', async ({ page }) => {
		// docker-cli is in the architecture view but not in the restart view.
		await gotoDiagram(page, '/en/runtime/restart/?step=2&node=docker-cli');
		await expect(page.locator('li[data-notice-kind="unknown-node"]')).toHaveText(
			panelUi.en.unknownNode('docker-cli')
		);
		await expectUrl(page, '/en/runtime/restart/?step=2');
		await expectStep(page, runtime, 'restart', 2, 'en');
		await expect(notePanel(page)).toHaveCount(0);
	});

	test('the notice can be dismissed', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/?node=nope');
		await expect(page.locator('[data-notice]')).toBeVisible();
		await page.locator('[data-notice]').getByRole('button', { name: panelUi.en.dismiss }).click();
		await expect(page.locator('[data-notice]')).toHaveCount(0);
		await expectUrl(page, '/en/runtime/');
	});
});

test('landing page → gallery → diagram, all by links', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	// The landing page is the English one; the Korean one is a link away.
	await expect(page.locator('main h1')).toHaveText(pagesUi.en.headline);
	for (const { def } of ALL_VIEWS.filter((x) => x.view.id === x.def.defaultView)) {
		await expect(page.locator(`main a[href="/en/${def.id}/"]`).first()).toBeVisible();
	}
	await expect(page.locator('main a[href="/ko/"]')).toBeVisible();
	await page.locator('main a[href="/ko/"]').click();
	await expectUrl(page, '/ko/');
	await expect(page.locator('main h1')).toHaveText(pagesUi.ko.headline);
	for (const { def, view } of ALL_VIEWS) {
		await expect(
			page.locator(`main a[href="${viewPath('ko', def, view.id)}"]`).first()
		).toBeVisible();
	}
	await page.locator('main a[href="/ko/runtime/process-tree/"]').click();
	await waitForHydration(page);
	await expect(diagramSvg(page)).toHaveAttribute('data-view', 'process-tree');
	await expect(page.locator('h1')).toHaveText(runtime.title.ko);
	await expectStep(page, runtime, 'process-tree', 0, 'ko');
});

test.describe('404', () => {
	const expectedLinks = LANGS.flatMap((lang) =>
		ALL_VIEWS.map(({ def, view }) => viewPath(lang, def, view.id))
	);

	for (const path of [
		'/xx/',
		'/en/nope/',
		'/en/virtualization/nope/',
		'/xx/virtualization/',
		'/ko/runtime/nope/'
	]) {
		test(`${path} is a 404 page with links to every view`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			const section = page.locator('section.not-found[data-error-status="404"]');
			await expect(section).toBeVisible();
			await expect(section.locator('h1')).toHaveText(/^404 · /);
			// The list of views is in the prerendered HTML (404.html runs no app).
			await expect(section.locator('ul.view-list a')).toHaveCount(expectedLinks.length);
			const hrefs = await section
				.locator('ul.view-list a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect([...hrefs].sort()).toEqual([...expectedLinks].sort());
			await expect(section.locator('a[href="/"]')).toBeVisible();
			await expect(page.locator('svg[data-diagram]')).toHaveCount(0);
			await expect(page.locator('[data-lang-link]')).toHaveCount(0);
		});
	}

	test('an English or unknown-language 404 page is in English', async ({ page }) => {
		for (const path of ['/xx/', '/en/virtualization/nope/']) {
			await page.goto(path);
			await expect(page.locator('section.not-found h1')).toHaveText(
				`404 · ${pagesUi.en.notFoundTitle}`
			);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		}
	});

	test('a 404 page under /ko/ is in Korean', async ({ page }) => {
		for (const path of ['/ko/runtime/nope/', '/ko/nope/']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('section.not-found h1')).toHaveText(
				`404 · ${pagesUi.ko.notFoundTitle}`
			);
			await expect(page.locator('section.not-found > p').first()).toHaveText(
				pagesUi.ko.notFoundBody
			);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		}
	});

	test('a link on the 404 page opens that view', async ({ page }) => {
		await page.goto('/en/nope/');
		await page
			.locator('section.not-found [lang="en"] ul.view-list a[href="/en/runtime/restart/"]')
			.click();
		await waitForHydration(page);
		await expect(diagramSvg(page)).toHaveAttribute('data-view', 'restart');
		await expectUrl(page, '/en/runtime/restart/');
	});
});
