/**
 * The prerendered HTML is complete without JavaScript: the diagram, every node of the view as its
 * overview (step 0) shows it, with nothing dimmed, every node label, the narration (the view's
 * summary) and the view tabs are in the static page.
 */
import { test, expect } from '@playwright/test';
import type { DiagramDef, Lang } from '../../src/lib/content/types';
import { viewNodeIds } from '../../src/lib/content/query';
import {
	DIAGRAMS,
	diagramSvg,
	exposedNodeIds,
	findView,
	narration,
	nodeEl,
	plain,
	runtime,
	shownIds,
	viewPath,
	virtualization
} from './helpers';

test.use({ javaScriptEnabled: false });

const cases: { lang: Lang; def: DiagramDef; view: string }[] = [
	{ lang: 'en', def: virtualization, view: 'compare' },
	{ lang: 'ko', def: runtime, view: 'docker-run' }
];

/** Label text with all whitespace removed: wrapping splits a label over several <tspan>s. */
const squash = (s: string) => s.replace(/\s+/g, '');

for (const { lang, def, view } of cases) {
	const url = viewPath(lang, def, view);

	test.describe(`static HTML of ${url}`, () => {
		test('is served with status 200 and has the diagram svg for the right view', async ({
			page
		}) => {
			const response = await page.goto(url);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const svg = diagramSvg(page);
			await expect(svg).toHaveCount(1);
			await expect(svg).toHaveAttribute('data-diagram', def.id);
			await expect(svg).toHaveAttribute('data-view', view);
			await expect(svg).toHaveAttribute('data-step', '0');
			// The overview: nothing dimmed, nothing travelling.
			await expect(svg.locator('.emph-dim')).toHaveCount(0);
			await expect(svg.locator('.token')).toHaveCount(0);
		});

		test('holds every node of the overview, and only those are exposed', async ({ page }) => {
			await page.goto(url);
			const expected = shownIds(def, view, 0);
			expect(expected.length).toBeGreaterThan(0);
			// Every node of the view is in the DOM (hidden ones can tween in later), and only those:
			// other views' nodes come with their pages (server/loadView.ts)…
			const own = viewNodeIds(def, view);
			await expect(diagramSvg(page).locator('[data-node]')).toHaveCount(own.length);
			// …and exactly the ones the overview shows are exposed.
			expect((await exposedNodeIds(page)).sort()).toEqual([...expected].sort());
			for (const id of expected) {
				const n = nodeEl(page, id);
				await expect(n).toHaveAttribute('role', 'button');
				await expect(n).toHaveAttribute('opacity', '1');
				await expect(n).toHaveAttribute('tabindex', /^(0|-1)$/);
			}
			// Roving tabindex: exactly one node is in the tab order.
			await expect(diagramSvg(page).locator('[data-node][tabindex="0"]')).toHaveCount(1);
			for (const id of own.filter((i) => !expected.includes(i))) {
				const n = nodeEl(page, id);
				await expect(n).toHaveAttribute('aria-hidden', 'true');
				await expect(n).not.toHaveAttribute('tabindex', /.*/);
			}
		});

		test('shows every label text of the nodes of the overview', async ({ page }) => {
			await page.goto(url);
			for (const id of shownIds(def, view, 0)) {
				const node = def.nodes.find((n) => n.id === id)!;
				const label = node.label[lang];
				const drawn = await nodeEl(page, id).locator('text.text').first().textContent();
				expect(squash(drawn ?? ''), `drawn label of ${id}`).toContain(squash(label));
				const name = await nodeEl(page, id).getAttribute('aria-label');
				expect(squash(name ?? ''), `accessible name of ${id}`).toContain(squash(label));
			}
		});

		test('has the overview narration, view tabs and no note panel', async ({ page }) => {
			await page.goto(url);
			const v = findView(def, view);
			await expect(narration(page)).toHaveText(plain(v.summary[lang]));
			await expect(page.locator('[data-narration]')).toHaveAttribute('aria-live', 'polite');
			for (const other of def.views) {
				const tab = page.locator(`a[data-view-link="${other.id}"]`);
				await expect(tab).toHaveAttribute('href', viewPath(lang, def, other.id));
				await expect(tab).toHaveText(other.title[lang]);
			}
			await expect(page.locator(`a[data-view-link="${view}"]`)).toHaveAttribute(
				'aria-current',
				'page'
			);
			await expect(page.locator('[data-note-panel]')).toHaveCount(0);
		});
	});
}

test('every view of every diagram is prerendered in both languages', async ({ request }) => {
	for (const lang of ['ko', 'en'] as const) {
		for (const def of DIAGRAMS) {
			for (const v of def.views) {
				const paths = [viewPath(lang, def, v.id), `/${lang}/${def.id}/${v.id}/`];
				for (const path of new Set(paths)) {
					const res = await request.get(path);
					expect(res.status(), path).toBe(200);
					const html = await res.text();
					expect(html, path).toContain(`data-view="${v.id}"`);
					expect(html, path).toContain(`data-diagram="${def.id}"`);
				}
			}
		}
	}
});
