/**
 * The step bar says what it does (issue 23): play-pause and next do not share an icon; every
 * button shows a tooltip on hover that says what its accessible name says; there is one primary
 * action (Start the walkthrough at the overview, Next after), in words on a phone too; and the
 * key help's button and dialog are styled, not the platform's grey buttons.
 */
import { type Locator, type Page } from '@playwright/test';
import { test, expect } from './shared-page';
import { gotoDiagram } from './helpers';
import { ui } from '../../src/lib/content/ui';

const WIDE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Opaque pixels of a button's icon drawn alone, 48×48, as a mask (computed styles inlined). */
async function iconMask(button: Locator): Promise<boolean[]> {
	return button.locator('svg').evaluate(async (svg) => {
		const copy = svg.cloneNode(true) as SVGSVGElement;
		const sources = svg.querySelectorAll('*');
		copy.querySelectorAll('*').forEach((el, i) => {
			const cs = getComputedStyle(sources[i]);
			for (const p of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'])
				el.setAttribute(p, cs.getPropertyValue(p).replace(/rgba?\([^)]*\)/, '#000'));
		});
		copy.setAttribute('width', '48');
		copy.setAttribute('height', '48');
		copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		const img = new Image();
		img.src = 'data:image/svg+xml,' + encodeURIComponent(copy.outerHTML);
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 48;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, 48, 48).data;
		return Array.from({ length: 48 * 48 }, (_, i) => data[i * 4 + 3] > 64);
	});
}

/** Intersection over union of two masks: 1 for the same shape. */
function overlap(a: boolean[], b: boolean[]): number {
	let both = 0;
	let either = 0;
	a.forEach((x, i) => {
		if (x && b[i]) both++;
		if (x || b[i]) either++;
	});
	return either ? both / either : 1;
}

/** Names of the bar's shown buttons filled with the accent colour: its primary actions. */
async function filledButtons(page: Page): Promise<string[]> {
	return page.locator('.figure .step-buttons button').evaluateAll((buttons) => {
		const probe = document.createElement('div');
		probe.style.background = 'var(--accent)';
		buttons[0].append(probe);
		const accent = getComputedStyle(probe).backgroundColor;
		probe.remove();
		return buttons
			.filter((b) => b.checkVisibility() && getComputedStyle(b).backgroundColor === accent)
			.map((b) => b.getAttribute('aria-label')!);
	});
}

test.describe('at 1366×768', () => {
	test.use({ viewport: WIDE });

	test('play and next are different shapes, and each step icon differs from its neighbours', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/processes/fork-exec/?step=2');
		const names = [ui.en.first, ui.en.prev, ui.en.play, ui.en.next, ui.en.last];
		const masks = await Promise.all(
			names.map((name) => iconMask(page.getByRole('button', { name, exact: true })))
		);
		const [first, prev, play, next, last] = masks;
		for (const m of masks) expect(m.filter(Boolean).length).toBeGreaterThan(20);
		expect(overlap(play, next)).toBeLessThan(0.5);
		expect(overlap(prev, next)).toBeLessThan(0.5);
		expect(overlap(first, prev)).toBeLessThan(0.9);
		expect(overlap(last, next)).toBeLessThan(0.9);
	});

	test('every step button shows a tooltip on hover that says what its name says', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/processes/fork-exec/?step=2');
		const buttons = page.locator('.figure .step-buttons button');
		const count = await buttons.count();
		expect(count).toBe(5);
		for (let i = 0; i < count; i++) {
			const button = buttons.nth(i);
			const name = (await button.getAttribute('aria-label'))!;
			await button.hover();
			// Something visible, outside the button, holding its name: a tooltip.
			await expect
				.poll(() =>
					button.evaluate((b, name) => {
						const box = b.getBoundingClientRect();
						for (const el of b.querySelectorAll('*')) {
							const r = el.getBoundingClientRect();
							const cs = getComputedStyle(el);
							if (
								el.textContent?.includes(name) &&
								cs.visibility === 'visible' &&
								Number(cs.opacity) > 0.9 &&
								r.bottom <= box.top &&
								r.left >= 0 &&
								r.right <= innerWidth &&
								r.top >= 0
							)
								return true;
						}
						return false;
					}, name)
				)
				.toBe(true);
			await page.mouse.move(0, 0);
		}
	});

	test('one primary action: Start at the overview, Next after', async ({ page }) => {
		await gotoDiagram(page, '/en/runtime/docker-run/');
		expect(await filledButtons(page)).toEqual([ui.en.start]);
		await expect(page.locator('[data-step-next]')).toContainText(ui.en.start);
		await page.locator('[data-step-next]').click();
		await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
		expect(await filledButtons(page)).toEqual([ui.en.next]);
		await expect(page.locator('[data-step-next]')).toContainText(ui.en.nextShort);
	});

	test('the key help button and its dialog are styled, not native grey buttons', async ({
		page
	}) => {
		await gotoDiagram(page, '/en/layers/');
		const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
		const open = page.locator('.keys-help button:not([data-quiz-start])');
		const looks = (b: Locator) =>
			b.evaluate((el) => {
				const cs = getComputedStyle(el);
				return { font: cs.fontFamily, bg: cs.backgroundColor, border: cs.borderTopStyle };
			});
		const native = { bg: /rgb\((239|240|107), (239|240|107), (239|240|107)\)/ };
		const o = await looks(open);
		expect(o.font).toBe(body);
		expect(o.bg).not.toMatch(native.bg);
		await open.click();
		const close = page.locator('[data-key-help] button');
		await expect(close).toBeVisible();
		const c = await looks(close);
		expect(c.font).toBe(body);
		expect(c.bg).not.toMatch(native.bg);
	});
});

test.describe('on a 390×844 phone', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	for (const lang of ['en', 'ko'] as const) {
		test(`the primary step button says what it does in words (${lang})`, async ({ page }) => {
			await gotoDiagram(page, `/${lang}/virtualization/compare/`);
			const next = page.locator('[data-step-next]');
			await expect(next).toBeInViewport();
			// The label's words (its tooltip, shown on hover and focus, repeats the full name).
			const label = next.locator('.step-label');
			const words = await label.evaluate((b) => (b as HTMLElement).innerText.trim());
			expect(words.length).toBeGreaterThan(0);
			// Its visible words are part of its accessible name (WCAG 2.5.3).
			expect(ui[lang].start).toContain(words);
			expect(await filledButtons(page)).toEqual([ui[lang].start]);
			await next.tap();
			await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '1');
			const after = await label.evaluate((b) => (b as HTMLElement).innerText.trim());
			expect(after).toBe(ui[lang].nextShort);
			expect(ui[lang].next).toContain(after);
		});
	}
});
