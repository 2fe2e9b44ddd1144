// The releases a diagram was checked against reach the reader: the page data carries them in the
// page's language, and CheckedAgainst renders each as a link naming what and which version.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CheckedAgainst from '../../src/lib/render/CheckedAgainst.svelte';
import { diagrams } from '../../src/lib/content/diagrams';
import { loadPage, loadView } from '../../src/lib/server/loadView';
import { LANGS } from '../../src/lib/content/types';
import { localize } from '../../src/lib/content/page';

const cases = diagrams.flatMap((d) => LANGS.map((lang) => [d.id, lang] as const));

describe('checked against', () => {
	it.each(cases)('%s (%s): the page data carries every release, in its language', (id, lang) => {
		const def = diagrams.find((d) => d.id === id)!;
		for (const load of [loadPage, loadView]) {
			const data = load({ lang, diagram: id, view: def.defaultView });
			expect(data.def.checked?.map((c) => c.url)).toEqual(def.checked!.map((c) => c.url));
			// In the page's language only, as a plain string.
			expect(data.def.checked?.map((c) => c.version)).toEqual(
				def.checked!.map((c) => c.version[lang])
			);
		}
	});

	it.each(cases)('%s (%s): each release is a link with what and version', (id, lang) => {
		const def = diagrams.find((d) => d.id === id)!;
		const { body } = render(CheckedAgainst, {
			props: { checked: localize(def, lang).checked, lang }
		});
		const links = [...body.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)];
		expect(links.map((m) => m[1])).toEqual(def.checked!.map((c) => c.url));
		def.checked!.forEach((c, i) => {
			expect(links[i][2]).toContain(c.what);
			expect(links[i][2]).toContain(c.version[lang].replace(/&/g, '&amp;'));
		});
	});

	it('renders nothing without releases (a test fixture)', () => {
		const { body } = render(CheckedAgainst, { props: { lang: 'en' } });
		expect(body).not.toContain('<p');
	});
});
