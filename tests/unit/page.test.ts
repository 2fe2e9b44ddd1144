// A page's data is its diagram in one language (content/page.ts `localize`): every text a string,
// the fields only the note panel or the search index read left out, and its types say so.
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { LANGS, type DiagramDef, type Lang } from '../../src/lib/content/types';
import { forView, inLang, localize, type PageDef } from '../../src/lib/content/page';
import { loadPage, panelContent } from '../../src/lib/server/loadView';

/** Every path in `v` to an object keyed by the languages, with that object. */
function texts(v: unknown, path = '', out: [string, Record<string, unknown>][] = []) {
	if (v === null || typeof v !== 'object') return out;
	const keys = Object.keys(v);
	if (keys.length === LANGS.length && LANGS.every((l) => keys.includes(l)))
		out.push([path, v as Record<string, unknown>]);
	else for (const [k, x] of Object.entries(v)) texts(x, `${path}.${k}`, out);
	return out;
}

/** The value at a path `texts` wrote (".nodes.0.label"). */
const at = (v: unknown, path: string) =>
	path
		.split('.')
		.slice(1)
		.reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], v);

describe('inLang', () => {
	it('turns each text into its string and keeps what has no text as it was', () => {
		const shared = { label: 'NIST SP 800-125', url: 'https://doi.org/10.6028/NIST.SP.800-125' };
		const fact = { key: 'inet', value: '10.0.0.1', label: { ko: '주소', en: 'address' } };
		const value = {
			title: { ko: '제목', en: 'Title' },
			nodes: [{ id: 'a', sources: [shared], facts: [fact] }],
			relabel: { facts: [fact] },
			plain: { x: 1 }
		};
		const en = inLang(value, 'en');
		expect(en.title).toBe('Title');
		expect(en.nodes[0].facts[0]).toEqual({ key: 'inet', value: '10.0.0.1', label: 'address' });
		// Unchanged parts are the same objects, changed ones shared where the input shared them:
		// the page's serializer writes a shared object once.
		expect(en.nodes[0].sources[0]).toBe(shared);
		expect(en.relabel.facts[0]).toBe(en.nodes[0].facts[0]);
		expect(en.plain).toBe(value.plain);
		expect(value.title).toEqual({ ko: '제목', en: 'Title' });
		expect(inLang(value, 'ko').title).toBe('제목');
	});
});

/** `def` cut to one view as `forView` cuts a page: its nodes, edges, groups and view. */
function cutFull(def: DiagramDef, page: PageDef) {
	const has = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
	const [nodes, edges, groups] = [has(page.nodes), has(page.edges), has(page.groups)];
	return {
		...def,
		nodes: def.nodes.filter((n) => nodes.has(n.id)),
		edges: def.edges.filter((e) => edges.has(e.id)),
		groups: def.groups.filter((g) => groups.has(g.id)),
		views: def.views.filter((v) => v.id === page.views[0].id)
	};
}

describe.each(LANGS)('a diagram page in %s', (lang: Lang) => {
	it.each(diagrams.flatMap((d) => d.views.map((v) => [d.id, v.id] as const)))(
		'%s/%s carries each of its texts as its string in the page language, and nothing else',
		(diagram, view) => {
			const def = diagrams.find((d) => d.id === diagram)!;
			const page = loadPage({ lang, diagram, view }).def;
			expect(texts(page)).toEqual([]);
			const full = cutFull(def, page);
			const left = new Set(['about', 'sources', 'notes', 'related']);
			let seen = 0;
			for (const [path, t] of texts(full)) {
				if (path.split('.').some((k) => left.has(k))) continue;
				expect(at(page, path), `${diagram}/${view}${path}`).toBe(t[lang]);
				seen++;
			}
			expect(seen).toBeGreaterThan(0);
			for (const n of page.nodes)
				for (const k of left) expect(Object.keys(n), n.id).not.toContain(k);
			for (const e of page.edges)
				for (const k of left) expect(Object.keys(e), e.id).not.toContain(k);
			expect(page.tabs.map((t) => t.title)).toEqual(def.views.map((v) => v.title[lang]));
		}
	);

	it('has panel content in its language only', () => {
		for (const d of diagrams)
			expect(texts(panelContent({ lang, diagram: d.id, view: d.defaultView }))).toEqual([]);
	});
});

describe("a page's types", () => {
	it('do not offer what a page does not carry', () => {
		const full = diagrams.find((d) => d.id === 'runtime')!;
		const page = forView(localize(full, 'en'), 'docker-run');
		// A node and an edge whose definitions have each field read below.
		const node = page.nodes.find((n) => full.nodes.find((f) => f.id === n.id)?.notes?.length)!;
		const edge = page.edges.find((e) => full.edges.find((f) => f.id === e.id)?.about)!;
		const view = page.views[0];
		// Each line below fails `npm run check` if a page type offers the field again (the
		// directive then has no error to expect), and the test if the data carries it again.
		// @ts-expect-error A page's node has no description: the note panel fetches it.
		expect(node.about).toBeUndefined();
		// @ts-expect-error Nor its sources.
		expect(node.sources).toBeUndefined();
		// @ts-expect-error Nor its note keys.
		expect(node.notes).toBeUndefined();
		// @ts-expect-error An edge's description is the search index's.
		expect(edge.about).toBeUndefined();
		// @ts-expect-error A text is one string: there is no other language to read.
		expect(page.title.ko).toBeUndefined();
		// @ts-expect-error Nor a step's narration in another language.
		expect(view.steps[0].narration.en).toBeUndefined();
		expect(typeof view.steps[0].narration).toBe('string');
	});
});
