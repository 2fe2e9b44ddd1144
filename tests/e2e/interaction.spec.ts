/**
 * Interacting with a diagram: opening a node's note (mouse and keyboard), what the note panel
 * shows (the note verbatim in the page's language, corrections, the team's text), keyboard focus,
 * and stepping with buttons and keys.
 */
import { test, expect, type Page } from '@playwright/test';
import { ui } from '../../src/lib/content/ui';
import { panelUi } from '../../src/lib/content/ui-panel';
import { corrections } from '../../src/lib/content/corrections';
import {
	collectErrors,
	diagramSvg,
	expectStep,
	findView,
	gotoDiagram,
	narration,
	nextButton,
	nodeEl,
	notePanel,
	expectUrl,
	plain,
	prevButton,
	runtime,
	shownIds,
	virtualization
} from './helpers';

/** Verbatim bullets of the note (docker-ch2.{ko,en}.md) that the tests look for. */
const NOTE = {
	'virt.definition': {
		ko: '컴퓨터에서 활용하는 리소스를 추상화 하는 개념',
		en: 'The idea of abstracting the resources a computer makes use of'
	},
	'virt.hosted': {
		ko: '호스트 가상화 : VM -> 호스트 OS 위에 각각의 VM마다 게스트 OS를 사용함',
		en: 'Host virtualization : VM -> on top of the host OS, every VM runs a guest OS of its own'
	},
	'virt.hypervisor': {
		ko: '하이퍼바이저 가상화 : 하드웨어와 VM 사이에서 가상화 계층을 제공하는 소프트웨어',
		en: 'Hypervisor virtualization : software sitting between the hardware and the VMs that provides a virtualization layer'
	},
	'shim.between': {
		ko: 'containerd와 runc 사이에서 작동하는 프로세스',
		en: 'A process that works in between containerd and runc'
	},
	'shim.mediator': {
		ko: 'containerd는 runc와 통신하면서 컨테이너를 실행, 이때 사이에서 중개자 역할을 수행',
		en: 'containerd runs containers by talking to runc, and this process acts as the go-between in that exchange'
	}
} as const;

/** The element that has focus: its data-node id, or its tag name. */
async function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		return el?.getAttribute('data-node') ?? el?.tagName.toLowerCase() ?? '';
	});
}

/**
 * Presses Tab from the view tabs until focus enters the diagram, and returns the node it lands on.
 * Whatever controls sit between the tabs and the diagram, the first stop inside must be a node.
 */
async function tabIntoDiagram(page: Page): Promise<string> {
	await page.locator('a[data-view-link]').last().focus();
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const inside = await page.evaluate(
			() => !!document.activeElement?.closest('svg[data-diagram]')
		);
		if (inside) return focused(page);
	}
	throw new Error('Tab never reached the diagram');
}

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('note panel', () => {
	test('clicking a node in /ko/ opens its note in Korean, verbatim', async ({ page }) => {
		await gotoDiagram(page, '/ko/virtualization/');
		await expect(notePanel(page)).toHaveCount(0);
		await nodeEl(page, 'hosted-hypervisor').click();
		const panel = notePanel(page);
		await expect(panel).toHaveAttribute('data-node', 'hosted-hypervisor');
		await expect(panel).toHaveAttribute('lang', 'ko');
		await expect(panel.locator('h2')).toHaveText('타입 2 하이퍼바이저');
		await expect(panel.locator('blockquote.verbatim')).toHaveCount(2);
		await expect(panel.locator('blockquote.verbatim[data-passage="virt.definition"]')).toHaveText(
			NOTE['virt.definition'].ko
		);
		await expect(panel.locator('blockquote.verbatim[data-passage="virt.hosted"]')).toHaveText(
			NOTE['virt.hosted'].ko
		);
		// The bare-metal bullet belongs to the type-1 hypervisor, not to this node.
		await expect(panel).not.toContainText('하드웨어와 VM 사이');
		await expect(panel.locator('[data-team-text]')).toContainText(
			plain(virtualization.nodes.find((n) => n.id === 'hosted-hypervisor')!.about.ko)
		);
		await expect(panel).not.toContainText(NOTE['virt.definition'].en);
	});

	test('clicking a node in /en/ opens its note in English', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/');
		await nodeEl(page, 'hosted-hypervisor').click();
		const panel = notePanel(page);
		await expect(panel).toHaveAttribute('data-node', 'hosted-hypervisor');
		await expect(panel).toHaveAttribute('lang', 'en');
		await expect(panel.locator('h2')).toHaveText('Type-2 hypervisor');
		await expect(panel.locator('blockquote.verbatim[data-passage="virt.definition"]')).toHaveText(
			NOTE['virt.definition'].en
		);
		await expect(panel.locator('blockquote.verbatim[data-passage="virt.hosted"]')).toHaveText(
			NOTE['virt.hosted'].en
		);
		await expect(panel).not.toContainText('하이퍼바이저');
	});

	test('the type-1 hypervisor shows the bare-metal bullet of the note', async ({ page }) => {
		await gotoDiagram(page, '/ko/virtualization/');
		await nodeEl(page, 'bare-hypervisor').click();
		await expect(
			notePanel(page).locator('blockquote.verbatim[data-passage="virt.hypervisor"]')
		).toHaveText(NOTE['virt.hypervisor'].ko);
	});

	for (const lang of ['en', 'ko'] as const) {
		test(`corrections ("${panelUi[lang].morePrecisely}") show under claims the note gets wrong (${lang})`, async ({
			page
		}) => {
			await gotoDiagram(page, `/${lang}/runtime/`);
			await nodeEl(page, 'containerd-shim').click();
			const panel = notePanel(page);
			await expect(panel).toHaveAttribute('data-node', 'containerd-shim');
			for (const key of ['shim.between', 'shim.mediator'] as const) {
				await expect(panel.locator(`blockquote.verbatim[data-passage="${key}"]`)).toHaveText(
					NOTE[key][lang]
				);
				const c = panel.locator(`[data-correction="${key}"]`);
				await expect(c).toBeVisible();
				await expect(c).toContainText(panelUi[lang].morePrecisely);
				await expect(c).toContainText(panelUi[lang].verdict[corrections[key]!.verdict]);
				await expect(c).toContainText(plain(corrections[key]!.text[lang]));
				await expect(c.locator('a[href^="https://"]').first()).toBeVisible();
			}
			await expect(panel.locator('[data-team-text]')).toContainText(
				plain(runtime.nodes.find((n) => n.id === 'containerd-shim')!.about[lang])
			);
		});
	}

	test('a claim the note gets right has no correction', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/');
		await nodeEl(page, 'dockerd').click();
		const panel = notePanel(page);
		await expect(panel.locator('blockquote.verbatim')).toHaveCount(2);
		await expect(panel.locator('[data-correction]')).toHaveCount(0);
		await expect(panel).not.toContainText(panelUi.en.morePrecisely);
	});

	test('a node the note does not mention says so, with only the team text', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/');
		await nodeEl(page, 'registry').click();
		const panel = notePanel(page);
		await expect(panel).toHaveAttribute('data-node', 'registry');
		await expect(panel.locator('blockquote.verbatim')).toHaveCount(0);
		await expect(panel).toContainText(panelUi.en.noteSilent);
		await expect(panel.locator('[data-team-text]')).toBeVisible();
	});

	test('clicking the selected node again closes the panel; clicking another switches', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/runtime/');
		await nodeEl(page, 'dockerd').click();
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await expect(nodeEl(page, 'dockerd')).toHaveAttribute('aria-pressed', 'true');
		await nodeEl(page, 'containerd').click();
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd');
		await expect(nodeEl(page, 'dockerd')).toHaveAttribute('aria-pressed', 'false');
		await nodeEl(page, 'containerd').click();
		await expect(notePanel(page)).toHaveCount(0);
		await expect(nodeEl(page, 'containerd')).toHaveAttribute('aria-pressed', 'false');
		await expectUrl(page, '/en/runtime/');
	});

	test('the close button closes the panel and returns focus to the node', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/');
		await nodeEl(page, 'containerd').click();
		await notePanel(page).getByRole('button', { name: panelUi.en.closeNote }).click();
		await expect(notePanel(page)).toHaveCount(0);
		await expect(nodeEl(page, 'containerd')).toBeFocused();
		await expectUrl(page, '/en/runtime/');
	});
});

test.describe('keyboard', () => {
	test('Tab enters the diagram on exactly one node; arrows move; Enter opens; Escape closes', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await gotoDiagram(page, '/en/runtime/');
		const svg = diagramSvg(page);
		// Roving tabindex: one shown node in the tab order, every other shown node at -1.
		// Opened without a step: the overview.
		const shown = shownIds(runtime, 'architecture', 0);
		await expect(svg.locator('[data-node][tabindex="0"]')).toHaveCount(1);
		await expect(svg.locator('[data-node][tabindex="-1"]')).toHaveCount(shown.length - 1);

		// Tab into the diagram lands on the tab stop, the first node.
		expect(await tabIntoDiagram(page)).toBe('docker-cli');
		await expect(nodeEl(page, 'docker-cli')).toHaveAttribute('tabindex', '0');

		// Arrow keys move between nodes, following the grid, and never change the step.
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('dockerd');
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toBe('registry');
		await page.keyboard.press('ArrowLeft');
		expect(await focused(page)).toBe('dockerd');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('containerd');
		await page.keyboard.press('ArrowUp');
		expect(await focused(page)).toBe('dockerd');
		await expect(svg).toHaveAttribute('data-step', '0');
		await expectUrl(page, '/en/runtime/');
		// The tab stop follows focus.
		await expect(svg.locator('[data-node][tabindex="0"]')).toHaveCount(1);
		await expect(nodeEl(page, 'dockerd')).toHaveAttribute('tabindex', '0');

		// Enter opens the focused node's note.
		await page.keyboard.press('Enter');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await expectUrl(page, '/en/runtime/?node=dockerd');

		// Escape closes it and focus is back on the node.
		await page.keyboard.press('Escape');
		await expect(notePanel(page)).toHaveCount(0);
		await expect(nodeEl(page, 'dockerd')).toBeFocused();
		await expectUrl(page, '/en/runtime/');

		// Space opens too.
		await page.keyboard.press(' ');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'dockerd');
		await page.keyboard.press('Escape');
		await expect(notePanel(page)).toHaveCount(0);
		await expect(nodeEl(page, 'dockerd')).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('Escape closes a panel opened by mouse, with focus in the panel', async ({ page }) => {
		await gotoDiagram(page, '/en/virtualization/');
		await nodeEl(page, 'ctr-kernel').click();
		await expect(notePanel(page)).toHaveAttribute('data-node', 'ctr-kernel');
		await notePanel(page).getByRole('button', { name: panelUi.en.closeNote }).focus();
		await page.keyboard.press('Escape');
		await expect(notePanel(page)).toHaveCount(0);
		await expect(nodeEl(page, 'ctr-kernel')).toBeFocused();
	});

	test('Tab back into the diagram returns to the last focused node', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/');
		expect(await tabIntoDiagram(page)).toBe('docker-cli');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('containerd');
		// One Shift+Tab leaves the diagram (only one node is in the tab order)…
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('svg[data-diagram]'))).toBe(
			false
		);
		// …and Tab comes back to the node focused last.
		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('containerd');
	});

	test('hidden nodes are not focusable and not exposed', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/docker-run/?step=1');
		for (const id of ['bundle', 'containerd-shim', 'runc', 'nginx']) {
			await expect(nodeEl(page, id)).toHaveAttribute('aria-hidden', 'true');
			await expect(nodeEl(page, id)).not.toHaveAttribute('tabindex', /.*/);
		}
		// Another view's node is not on this page at all (server/loadView.ts).
		await expect(nodeEl(page, 'systemd')).toHaveCount(0);
		// Walking all shown nodes with arrows never reaches a hidden one.
		expect(await tabIntoDiagram(page)).toBe('docker-cli');
		const visited = new Set<string>();
		for (const key of [
			'ArrowDown',
			'ArrowDown',
			'ArrowDown',
			'ArrowDown',
			'ArrowDown',
			'ArrowUp'
		]) {
			await page.keyboard.press(key);
			visited.add(await focused(page));
		}
		const shown = shownIds(runtime, 'docker-run', 1);
		for (const id of visited) expect(shown).toContain(id);
	});
});

test.describe('a selected node that the step hides', () => {
	test('stays faintly drawn while its note is open; on Escape focus returns to the diagram', async ({
		page
	}) => {
		// The shim starts at step 8; at step 7 its note can still be open (a shared link).
		await gotoDiagram(page, '/en/runtime/docker-run/?step=7&node=containerd-shim');
		const shim = nodeEl(page, 'containerd-shim');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd-shim');
		await expect(shim).not.toHaveAttribute('aria-hidden', 'true');
		await expect(shim).toHaveClass(/preview/);
		await notePanel(page).locator('.close').focus();
		await page.keyboard.press('Escape');
		await expect(notePanel(page)).toHaveCount(0);
		// Closed, it is hidden again at this step, and focus is on the diagram's tab stop, not <body>.
		await expect(shim).toHaveAttribute('aria-hidden', 'true');
		await expect(page.locator('svg [data-node][tabindex="0"]')).toBeFocused();
	});
});

test.describe('steps', () => {
	test('next and previous buttons update data-step, narration and URL', async ({ page }) => {
		const view = findView(runtime, 'docker-run');
		// Without a step: the overview, before step 1.
		await gotoDiagram(page, '/en/runtime/docker-run/');
		await expectStep(page, runtime, 'docker-run', 0, 'en');
		await expect(prevButton(page)).toBeDisabled();
		await expect(page.locator('.step-count')).toHaveText(ui.en.step(0, view.steps.length));
		await expect(diagramSvg(page).locator('.emph-dim')).toHaveCount(0);
		await expect(nextButton(page)).toHaveAccessibleName(ui.en.start);

		await nextButton(page).click();
		await expectStep(page, runtime, 'docker-run', 1, 'en');
		await expectUrl(page, '/en/runtime/docker-run/?step=1');
		await expect(page.locator('.step-count')).toHaveText(ui.en.step(1, view.steps.length));
		await expect(prevButton(page)).toHaveAccessibleName(ui.en.overview);

		await nextButton(page).click();
		await expectStep(page, runtime, 'docker-run', 2, 'en');
		await expectUrl(page, '/en/runtime/docker-run/?step=2');
		await expect(page.locator('.step-count')).toHaveText(ui.en.step(2, view.steps.length));
		await expect(prevButton(page)).toBeEnabled();

		await nextButton(page).click();
		await expectStep(page, runtime, 'docker-run', 3, 'en');
		await expectUrl(page, '/en/runtime/docker-run/?step=3');

		await prevButton(page).click();
		await expectStep(page, runtime, 'docker-run', 2, 'en');
		await expectUrl(page, '/en/runtime/docker-run/?step=2');

		await prevButton(page).click();
		await expectStep(page, runtime, 'docker-run', 1, 'en');
		await expectUrl(page, '/en/runtime/docker-run/?step=1');

		// Back from step 1: the overview again, with a clean URL.
		await prevButton(page).click();
		await expectStep(page, runtime, 'docker-run', 0, 'en');
		await expectUrl(page, '/en/runtime/docker-run/');
		await expect(prevButton(page)).toBeDisabled();
	});

	test('first and last buttons jump to the ends', async ({ page }) => {
		const last = findView(runtime, 'docker-run').steps.length;
		await gotoDiagram(page, '/ko/runtime/docker-run/');
		await page.getByRole('button', { name: ui.ko.last }).click();
		await expectStep(page, runtime, 'docker-run', last, 'ko');
		await expect(nextButton(page)).toBeDisabled();
		await expectUrl(page, `/ko/runtime/docker-run/?step=${last}`);
		await page.getByRole('button', { name: ui.ko.first }).click();
		await expectStep(page, runtime, 'docker-run', 1, 'ko');
		await expectUrl(page, '/ko/runtime/docker-run/?step=1');
	});

	test('← → PageUp PageDown Home End change the step when focus is not on a node', async ({
		page
	}) => {
		const last = findView(virtualization, 'hosted').steps.length;
		await gotoDiagram(page, '/en/virtualization/hosted/');
		const at = async (n: number) => {
			await expectStep(page, virtualization, 'hosted', n, 'en');
			await expectUrl(
				page,
				n === 0 ? '/en/virtualization/hosted/' : `/en/virtualization/hosted/?step=${n}`
			);
		};
		await page.locator('body').click({ position: { x: 2, y: 2 } });
		// From the overview (step 0).
		await page.keyboard.press('ArrowRight');
		await at(1);
		await page.keyboard.press('PageDown');
		await at(2);
		await page.keyboard.press('ArrowLeft');
		await at(1);
		await page.keyboard.press('PageUp');
		await at(0);
		await page.keyboard.press('ArrowLeft');
		await at(0);
		await page.keyboard.press('End');
		await at(last);
		await page.keyboard.press('ArrowRight');
		await at(last);
		await page.keyboard.press('Home');
		await at(1);
		// From a step button too (focus outside the diagram).
		await nextButton(page).focus();
		await page.keyboard.press('ArrowRight');
		await at(2);
	});

	test('stepping keeps the open note and the URL holds both', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/?step=1');
		await nodeEl(page, 'containerd').click();
		await nextButton(page).click();
		await expectStep(page, runtime, 'architecture', 2, 'en');
		await expect(notePanel(page)).toHaveAttribute('data-node', 'containerd');
		const u = new URL(page.url());
		expect(u.pathname).toBe('/en/runtime/');
		expect(u.searchParams.get('step')).toBe('2');
		expect(u.searchParams.get('node')).toBe('containerd');
	});

	test('revealed nodes become exposed and focusable as steps advance', async ({ page }) => {
		// Predictions off: step 5 asks one first (predict.spec.ts); here every step is drawn.
		await gotoDiagram(page, '/en/virtualization/hosted/?step=1&predict=off');
		const steps = findView(virtualization, 'hosted').steps.length;
		for (let step = 1; step <= steps; step++) {
			if (step > 1) await nextButton(page).click();
			await expect(diagramSvg(page)).toHaveAttribute('data-step', String(step));
			const expected = shownIds(virtualization, 'hosted', step);
			await expect(diagramSvg(page).locator('[data-node]:not([aria-hidden="true"])')).toHaveCount(
				expected.length
			);
			for (const id of expected)
				await expect(nodeEl(page, id)).not.toHaveAttribute('aria-hidden', /.*/);
		}
	});

	test('the narration is a polite live region that changes with the step', async ({ page }) => {
		await gotoDiagram(page, '/ko/virtualization/?step=1');
		const n = narration(page);
		await expect(n).toHaveCount(1);
		// The live region is the narration's container: it also says "Step n of N".
		const region = page.locator('[data-narration]');
		await expect(region).toHaveAttribute('aria-live', 'polite');
		await expect(region).toHaveAttribute('aria-atomic', 'true');
		const first = await n.textContent();
		expect(first?.trim()).toBeTruthy();
		await nextButton(page).click();
		await expect(n).not.toHaveText(first!);
		await expect(n).toHaveText(plain(findView(virtualization, 'compare').steps[1].narration.ko));
	});

	test('play advances one step at a time, stops at the end, and any step button stops it', async ({
		page
	}) => {
		// A fake clock (running normally until told to jump) makes the play timer deterministic.
		await page.clock.install();
		const steps = findView(runtime, 'process-tree').steps.length;
		// Predictions off: play stops at step 2's (predict.spec.ts and the session's unit tests).
		await gotoDiagram(page, '/en/runtime/process-tree/?predict=off');
		const play = page.locator('[data-step-play]');
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		await expect(play).toHaveAccessibleName(ui.en.play);
		await play.click();
		await expect(play).toHaveAttribute('aria-pressed', 'true');
		await expect(play).toHaveAccessibleName(ui.en.pause);
		await expect(diagramSvg(page)).toHaveAttribute('data-step', '1');
		for (let step = 2; step <= steps; step++) {
			await page.clock.runFor(4000);
			await expectStep(page, runtime, 'process-tree', step, 'en');
		}
		await expectUrl(page, `/en/runtime/process-tree/?step=${steps}&predict=off`);
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		await page.clock.runFor(8000);
		await expect(diagramSvg(page)).toHaveAttribute('data-step', String(steps));

		// Play at the last step starts over from step 1; "previous" stops it.
		await play.click();
		await expectStep(page, runtime, 'process-tree', 1, 'en');
		await expect(play).toHaveAttribute('aria-pressed', 'true');
		await page.clock.runFor(4000);
		await expectStep(page, runtime, 'process-tree', 2, 'en');
		await prevButton(page).click();
		await expectStep(page, runtime, 'process-tree', 1, 'en');
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		await page.clock.runFor(8000);
		await expect(diagramSvg(page)).toHaveAttribute('data-step', '1');
	});
});
