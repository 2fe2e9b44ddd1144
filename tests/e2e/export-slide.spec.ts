/**
 * Share → Slide SVG / Slide PNG: the current step as a standalone 1920×1080 slide, the narration
 * as a plain-text caption. The SVG is checked as a slide tool would get it: one <svg>, no
 * paint-order or foreignObject, everything inside the slide, caption clear of the diagram and
 * the same words as the narration; rsvg-convert (scripts/ensure-rsvg.mjs) draws it at 1920×1080
 * with ink in every caption line, the title and every node label.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { rsvg, inkShares } from './rsvg';
import { runtime, findView } from './helpers';
import { plainText } from '../../src/lib/content/speech';

test.use({ reducedMotion: 'reduce' });
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

async function download(page: Page, path: string, kind: 'slide-svg' | 'slide-png') {
	await page.goto(path);
	await expect(page.locator('svg[data-diagram] [data-node][tabindex="0"]')).toHaveCount(1);
	await expect(page.locator('html.restoring')).toHaveCount(0);
	const menu = page.locator('[data-share-menu]');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-export="${kind}"]`).click()
	]);
	return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

for (const lang of ['en', 'ko'] as const) {
	const path = `/${lang}/runtime/docker-run/?step=10`;
	test(`a slide of ${path}: 1920×1080, the narration as its caption, drawn by rsvg`, async ({
		page
	}) => {
		const { name, data } = await download(page, path, 'slide-svg');
		expect(name).toBe(`container-atlas-runtime-docker-run-step10-${lang}-slide.svg`);
		const svg = data.toString('utf8');
		expect(svg.match(/<svg\b/g)).toHaveLength(1);
		expect(svg).not.toMatch(/paint-order|foreignObject|`/);

		await page.goto('about:blank');
		await page.setContent(svg);
		const m = await page.evaluate(() => {
			const root = document.querySelector('svg')!;
			const box = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { x: r.x, y: r.y, w: r.width, h: r.height };
			};
			const lines = [...root.querySelectorAll('[data-slide-caption] text')];
			const nodeLabels = [...root.querySelectorAll('[data-node] text')];
			return {
				size: [root.getAttribute('width'), root.getAttribute('height')],
				caption: lines.map((l) => l.textContent).join(' '),
				lines: lines.map(box),
				heads: [...root.querySelectorAll(':scope > text')].map(box),
				diagram: box(root.querySelector('[data-slide-diagram]')!),
				// The smallest node label as drawn on the 1920-wide slide (cap height ≈ box height).
				minLabel: Math.min(...nodeLabels.map((t) => t.getBoundingClientRect().height)),
				labels: nodeLabels.length
			};
		});
		expect(m.size).toEqual(['1920', '1080']);
		const narration = findView(runtime, 'docker-run').steps[9].narration[lang];
		expect(m.caption).toBe(plainText(narration).replace(/\s+/g, ' ').trim());
		expect(m.labels).toBeGreaterThan(4);
		// Legible when the slide is shown at 1280×720: ≥ 12 px there is ≥ 18 px here.
		expect(m.minLabel).toBeGreaterThanOrEqual(18);
		for (const b of [...m.lines, ...m.heads, m.diagram]) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.w).toBeLessThanOrEqual(1920);
			expect(b.y + b.h).toBeLessThanOrEqual(1080);
		}
		const [top] = m.lines.map((l) => l.y);
		expect(m.diagram.y + m.diagram.h).toBeLessThanOrEqual(top);
		for (const h of m.heads) expect(h.y + h.h).toBeLessThanOrEqual(m.diagram.y);

		// rsvg-convert: the stated size, and ink where every caption line, heading and node
		// label is (compared with the same slide without its text).
		const withText = rsvg(svg, `slide-${lang}-with`);
		const bare = await page.evaluate(() => {
			const root = document.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
			root.querySelectorAll('text').forEach((t) => t.remove());
			return new XMLSerializer().serializeToString(root);
		});
		const without = rsvg(bare, `slide-${lang}-without`);
		expect(pngSize(withText)).toEqual([1920, 1080]);
		const boxes = await page.evaluate(() =>
			[...document.querySelectorAll('[data-slide-caption] text, svg > text, [data-node] text')].map(
				(t) => {
					const r = t.getBoundingClientRect();
					return {
						what: t.textContent,
						x: Math.floor(r.x),
						y: Math.floor(r.y),
						w: Math.ceil(r.width),
						h: Math.ceil(r.height)
					};
				}
			)
		);
		const ink = await inkShares(page, withText, without, boxes);
		const missing = ink.filter((l) => l.share < 0.02).map((l) => `${l.what} (${l.share})`);
		expect(missing, `text without ink in rsvg-convert's drawing:\n${missing.join('\n')}`).toEqual(
			[]
		);
	});
}

test('Slide PNG is a 1920×1080 picture of the step', async ({ page }) => {
	const { name, data } = await download(page, '/en/runtime/docker-run/', 'slide-png');
	expect(name).toBe('container-atlas-runtime-docker-run-overview-en-slide.png');
	expect(data.subarray(1, 4).toString()).toBe('PNG');
	expect(pngSize(data)).toEqual([1920, 1080]);
});
