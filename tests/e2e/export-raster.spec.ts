/**
 * An exported SVG drawn by rsvg-convert (librsvg) shows every label: each node's and each edge's
 * text box holds ink that is not there when the text is removed. The SVG is also drawn with any
 * `paint-order` stripped — what LibreOffice, PowerPoint and Keynote do — so a halo that relies on
 * it (and would paint over the glyphs there) fails here too. rsvg-convert comes from
 * scripts/ensure-rsvg.mjs (npm run test:e2e).
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { rsvg, inkShares } from './rsvg';

async function exportedSvg(page: Page, path: string): Promise<string> {
	await page.goto(path);
	await expect(page.locator('svg[data-diagram] [data-node][tabindex="0"]')).toHaveCount(1);
	await expect(page.locator('html.restoring')).toHaveCount(0);
	// The exports sit in the share menu (a <details>).
	const menu = page.locator('[data-share-menu]');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export="svg"]').click()
	]);
	return readFileSync((await download.path())!).toString('utf8');
}

for (const path of ['/en/runtime/docker-run/?step=10', '/ko/runtime/docker-run/?step=10']) {
	test(`rsvg-convert draws every label of the SVG export of ${path}`, async ({ page }) => {
		const svg = await exportedSvg(page, path);
		expect(svg, 'slide tools ignore paint-order').not.toContain('paint-order');
		// A blank page measures the labels in the exported file itself and makes the variants.
		await page.goto('about:blank');
		await page.setContent(svg);
		const { boxes, plain, bare } = await page.evaluate(() => {
			const root = document.querySelector('svg')!;
			const vb = root.viewBox.baseVal;
			const labels = [
				...[...root.querySelectorAll('[data-node] text')].map((t) => ({
					what: `node ${t.closest('[data-node]')!.getAttribute('data-node')}: ${t.textContent}`,
					t
				})),
				// Each edge label is drawn twice: its halo, then the text on top.
				...[...root.querySelectorAll('[data-edge]')].flatMap((g) => {
					const texts = g.querySelectorAll('text');
					const t = texts[texts.length - 1];
					return t ? [{ what: `edge ${g.getAttribute('data-edge')}: ${t.textContent}`, t }] : [];
				})
			];
			const boxes = labels.map(({ what, t }) => {
				// Screen boxes of the glyphs, in the file's pixels (1 user unit = 1 px from the viewBox origin).
				const r = (t as SVGGraphicsElement).getBoundingClientRect();
				const s = root.getBoundingClientRect();
				const k = vb.width / s.width;
				return {
					what,
					x: Math.floor((r.x - s.x) * k),
					y: Math.floor((r.y - s.y) * k),
					w: Math.ceil(r.width * k),
					h: Math.ceil(r.height * k)
				};
			});
			for (const el of root.querySelectorAll('[paint-order]')) el.removeAttribute('paint-order');
			const plain = new XMLSerializer().serializeToString(root);
			root.querySelectorAll('[data-node] text, [data-edge] text').forEach((x) => x.remove());
			return { boxes, plain, bare: new XMLSerializer().serializeToString(root) };
		});
		expect(boxes.filter((b) => b.what.startsWith('edge')).length).toBeGreaterThan(4);

		const lang = path.slice(1, 3);
		const withText = rsvg(plain, `${lang}-with`);
		const without = rsvg(bare, `${lang}-without`);
		// Ink: pixels clearly darker with the text than without it (light theme: dark text).
		const ink = await inkShares(page, withText, without, boxes);
		console.log(
			`${ink.length} labels; least ink: ${ink
				.toSorted((a, b) => a.share - b.share)
				.slice(0, 3)
				.map((l) => `${l.what} ${l.share.toFixed(3)}`)
				.join(', ')}`
		);
		const missing = ink.filter((l) => l.share < 0.02).map((l) => `${l.what} (${l.share})`);
		expect(missing, `labels without ink in rsvg-convert's drawing:\n${missing.join('\n')}`).toEqual(
			[]
		);
	});
}
