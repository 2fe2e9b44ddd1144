import { describe, expect, it } from 'vitest';
import { allBullets, noteDocument } from '../../src/lib/server/noteDoc';
import { noteSections, type NoteItem } from '../../src/lib/content/notes';
import { passageHomes } from '../../src/lib/server/noteMap';
import { diagrams } from '../../src/lib/content/diagrams';
import { shownAtStep } from '../../src/lib/layout/scene';
import { sitemapPages, sitemapXml, robotsTxt } from '../../src/lib/server/sitemap';

const flat = (items: NoteItem[]): string[] => items.flatMap((i) => [i.text, ...flat(i.children)]);

describe('note document', () => {
	for (const lang of ['ko', 'en'] as const) {
		const bullets = allBullets(noteDocument(lang));
		it(`${lang}: holds every bullet of the note, verbatim and in order`, () => {
			expect(bullets.map((b) => b.text)).toEqual(noteSections(lang).flatMap((s) => flat(s.items)));
		});
		it(`${lang}: a drawn bullet links to a node that shows its passage, in a view that draws it`, () => {
			const linked = bullets.filter((b) => b.links.length);
			expect(linked.length).toBeGreaterThan(20);
			for (const b of linked) {
				const m = /^\/(ko|en)\/([^/]+)\/(?:([^/?]+)\/)?\?(?:step=(\d+)&)?node=([^&]+)$/.exec(
					b.links[0].href
				);
				expect(m, b.links[0].href).not.toBeNull();
				const [, l, diagram, viewId, step, node] = m!;
				expect(l).toBe(lang);
				const def = diagrams.find((d) => d.id === diagram)!;
				const view = def.views.find((v) => v.id === (viewId ?? def.defaultView))!;
				expect(def.nodes.find((n) => n.id === node)!.notes).toContain(b.key);
				const at = step ? Number(step) : view.steps.length;
				expect(shownAtStep(def, view, at).has(node), `${b.links[0].href}`).toBe(true);
			}
		});
		it(`${lang}: corrections sit on their bullets`, () => {
			expect(bullets.filter((b) => b.correction).length).toBeGreaterThan(3);
		});
	}
	it('links one node per diagram and passage', () => {
		for (const [, homes] of passageHomes())
			expect(new Set(homes.map((h) => h.diagram)).size).toBe(homes.length);
	});
});

describe('sitemap', () => {
	it('lists every view in both languages with hreflang alternates', () => {
		const xml = sitemapXml('https://atlas.example', true);
		for (const d of diagrams)
			for (const v of d.views)
				for (const lang of ['ko', 'en']) {
					const path = v.id === d.defaultView ? `/${lang}/${d.id}/` : `/${lang}/${d.id}/${v.id}/`;
					expect(xml).toContain(`<loc>https://atlas.example${path}</loc>`);
					expect(xml).toContain(`hreflang="${lang}" href="https://atlas.example${path}"`);
				}
		expect(xml).toContain('<loc>https://atlas.example/ko/note/</loc>');
		expect(xml).toContain('<loc>https://atlas.example/en/check/</loc>');
		expect(sitemapPages().length).toBe(4 + diagrams.reduce((n, d) => n + d.views.length, 0));
	});
	it('says when it has no absolute addresses; robots.txt points at the sitemap', () => {
		expect(sitemapXml('', false)).toContain('Built without SITE_URL');
		expect(robotsTxt('https://a.example/atlas', true)).toContain(
			'Sitemap: https://a.example/atlas/sitemap.xml'
		);
	});
});
