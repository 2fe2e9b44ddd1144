// A page's inline data carries its own view only (server/loadView.ts): the other views as tabs,
// only the nodes and edges it draws. And the diagram merges two pages' data to morph between
// their views (layout/merge.ts).
import { describe, expect, it } from 'vitest';
import { diagrams, findDiagram } from '../../src/lib/content/diagrams';
import { LANGS, TONES } from '../../src/lib/content/types';
import { readFileSync } from 'node:fs';
import { loadPage, loadView, panelContent } from '../../src/lib/server/loadView';
import { withPanel } from '../../src/lib/content/panel';
import { localize, type PageDef } from '../../src/lib/content/page';
import { nodeAtStep, viewEdgeIds, viewNodeIds } from '../../src/lib/content/query';
import { queryContext } from '../../src/lib/state/url';
import { mergeDefs } from '../../src/lib/layout/merge';
import { buildScene } from '../../src/lib/layout/scene';
import { sceneOf } from './scenes';
import type { Rect } from '../../src/lib/layout/geometry';
import { slideCaption } from '../../src/lib/render/exportSlide';
import { stepSpeech } from '../../src/lib/content/speech';

const cases = diagrams.flatMap((d) => d.views.map((v) => [d.id, v.id] as const));

describe('a view page carries its own view only', () => {
	it.each(cases)('%s/%s', (diagram, view) => {
		const full = findDiagram(diagram)!;
		for (const lang of LANGS) {
			const data = loadPage({ lang, diagram, view });
			const { def } = data;
			const json = JSON.stringify(data);
			// Its own view in full; every view as a tab, in order, with its step count and nodes.
			expect(def.views.map((v) => v.id)).toEqual([view]);
			expect(def.tabs).toEqual(
				full.views.map((v) => ({
					id: v.id,
					title: v.title[lang],
					steps: v.steps.length,
					nodes: viewNodeIds(full, v.id)
				}))
			);
			// No narration or summary of another view (texts shared with this view aside).
			const own = full.views.find((v) => v.id === view)!;
			const mine = new Set([own.summary[lang], ...own.steps.map((s) => s.narration[lang])]);
			for (const v of full.views)
				if (v.id !== view)
					for (const text of [v.summary[lang], ...v.steps.map((s) => s.narration[lang])])
						if (!mine.has(text)) expect(json, `${v.id}: ${text}`).not.toContain(text);
			// Only the nodes and edges the view shows, placed in this view only.
			expect(def.nodes.map((n) => n.id).sort()).toEqual(viewNodeIds(full, view).sort());
			const edges = new Set(viewEdgeIds(full, view));
			for (const e of def.edges) {
				expect(edges.has(e.id), e.id).toBe(true);
				// No panel shows an edge's description: it stays with the search index.
				expect(Object.keys(e), e.id).not.toContain('about');
				expect(Object.keys(e), e.id).not.toContain('sources');
			}
			expect(Object.keys(def.placed ?? {})).toEqual([view]);
			// Its panel's note text, corrections and links only for those nodes.
			const ids = new Set(def.nodes.map((n) => n.id));
			const panel = panelContent({ lang, diagram, view });
			const notes = new Set(full.nodes.filter((n) => ids.has(n.id)).flatMap((n) => n.notes ?? []));
			for (const k of Object.keys(panel.passages)) expect(notes.has(k), k).toBe(true);
			for (const k of Object.keys(panel.corrections)) expect(notes.has(k), k).toBe(true);
			for (const k of Object.keys(panel.related)) expect(ids.has(k), k).toBe(true);
			// What the scene draws for every step needs nothing else (tokens and packets included).
			for (let step = 0; step <= own.steps.length; step++) {
				const scene = buildScene(def, view, step, 'wide');
				expect(scene.nodes.every((n) => ids.has(n.id))).toBe(true);
			}
		}
	});
});

describe("a diagram page leaves the note panel's content to /panel/…json", () => {
	it.each(cases)('%s/%s', (diagram, view) => {
		const full = findDiagram(diagram)!;
		for (const lang of LANGS) {
			const page = loadPage({ lang, diagram, view });
			const print = loadView({ lang, diagram, view });
			const content = panelContent({ lang, diagram, view });
			// The page's data: nothing only the panel reads.
			expect(Object.keys(page).sort()).toEqual(['def', 'lang', 'view']);
			for (const n of page.def.nodes) {
				for (const k of ['about', 'sources', 'notes'])
					expect(Object.keys(n), n.id).not.toContain(k);
				const about = full.nodes.find((f) => f.id === n.id)!.about[lang];
				expect(JSON.stringify(page), n.id).not.toContain(JSON.stringify(about));
			}
			// The print page gets the same definition, and the panel's content with it.
			expect(print.def).toEqual(page.def);
			expect(print.panel).toEqual(content);
			// The JSON: exactly the view's nodes' content, which puts back what the page left out.
			const ids = page.def.nodes.map((n) => n.id);
			expect(Object.keys(content.nodes).sort()).toEqual([...ids].sort());
			for (const n of page.def.nodes) {
				const { about, sources, notes } = full.nodes.find((f) => f.id === n.id)!;
				expect(withPanel(n, content)).toEqual({ ...n, about: about[lang], sources, notes });
			}
			for (const k of Object.keys(content.related)) expect(ids, k).toContain(k);
		}
	});
});

describe('readers of def.views work with tabs', () => {
	it.each(cases)('%s/%s', (diagram, view) => {
		const full = findDiagram(diagram)!;
		const lang = 'en';
		const def = loadPage({ lang, diagram, view }).def;
		const whole = localize(full, lang);
		for (const v of full.views) {
			// Links to the other views (tabs, language switch, embed goto) check steps and nodes.
			const want = queryContext(whole, v.id);
			const got = queryContext(def, v.id);
			expect(got.steps).toBe(want.steps);
			expect([...got.nodes]).toEqual([...want.nodes]);
		}
		expect(def.tabs.map((t) => t.id)).toEqual(full.views.map((v) => v.id));
		const steps = full.views.find((v) => v.id === view)!.steps.length;
		for (let step = 0; step <= steps; step++) {
			expect(slideCaption(def, view, step)).toBe(slideCaption(whole, view, step));
			expect(stepSpeech(def, view, step, lang)).toEqual(stepSpeech(whole, view, step, lang));
			// As the note panel reads a node.
			for (const n of def.nodes)
				expect(nodeAtStep(def, view, step, n.id)).toEqual(nodeAtStep(whole, view, step, n.id));
		}
	});
});

// Made-up definitions: only what mergeDefs looks at.
const t = (s: string) => s;
const node = (id: string, label = id) => ({ id, label: t(label), tone: 'app' as const });
const edge = (id: string, from: string, to: string) => ({ id, from, to, label: t(id) });
const view = (id: string, nodes: string[]) => ({
	id,
	title: t(id),
	summary: t(id),
	layout: { kind: 'grid' as const, cols: 1, rows: 1, place: {} },
	nodes,
	steps: []
});
const tabs = ['a', 'b', 'c'].map((id) => ({ id, title: t(id), steps: 0, nodes: [] }));
const page = (id: string, v: string, nodes: string[], extra: Partial<PageDef> = {}): PageDef => ({
	id,
	title: t(id),
	summary: t(id),
	groups: [],
	nodes: nodes.map((n) => node(n)),
	edges: [],
	views: [view(v, nodes)],
	defaultView: 'a',
	tabs,
	placed: { [v]: {} },
	...(extra as object)
});
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
/** The page's placements are rounded to 1/2 unit (layout/place.ts): equal within that. */
const near = (a: Rect[] | undefined, b: Rect[] | undefined) => {
	const flat = (rs: Rect[] | undefined) => rs?.flatMap((r) => [r.x, r.y, r.w, r.h]) ?? [];
	const [fa, fb] = [flat(a), flat(b)];
	expect(fa.length, JSON.stringify([a, b])).toBe(fb.length);
	fa.forEach((v, i) =>
		expect(Math.abs(v - fb[i]), JSON.stringify([a, b])).toBeLessThanOrEqual(0.5)
	);
};

describe('mergeDefs', () => {
	const A = page('d', 'a', ['x', 'y'], { edges: [edge('xy', 'x', 'y')] });
	const B = page('d', 'b', ['y', 'z'], {
		nodes: [node('y', 'Y in b'), node('z')],
		edges: [edge('yz', 'y', 'z')]
	});
	const C = page('d', 'c', ['w']);
	const rows: [string, PageDef, PageDef, Record<string, string[]>][] = [
		[
			'a then b: b first, then what only a had',
			A,
			B,
			{ nodes: ['y', 'z', 'x'], edges: ['yz', 'xy'], views: ['b', 'a'], placed: ['a', 'b'] }
		],
		[
			'b then a',
			B,
			A,
			{ nodes: ['x', 'y', 'z'], edges: ['xy', 'yz'], views: ['a', 'b'], placed: ['b', 'a'] }
		],
		[
			'merged a+b then c: the view just left comes right after',
			mergeDefs(A, B),
			C,
			{
				nodes: ['w', 'y', 'z', 'x'],
				edges: ['yz', 'xy'],
				views: ['c', 'b', 'a'],
				placed: ['a', 'b', 'c']
			}
		],
		[
			'another diagram shares nothing',
			A,
			page('e', 'b', ['q']),
			{ nodes: ['q'], edges: [], views: ['b'], placed: ['b'] }
		]
	];
	it.each(rows)('%s', (_, prev, next, want) => {
		const m = mergeDefs(prev, next);
		expect(ids(m.nodes)).toEqual(want.nodes);
		expect(ids(m.edges)).toEqual(want.edges);
		expect(ids(m.views)).toEqual(want.views);
		expect(Object.keys(m.placed ?? {})).toEqual(want.placed);
		expect(m.tabs).toBe(next.tabs);
		// Neither input is changed.
		expect(ids(prev.views).length).toBeLessThanOrEqual(2);
	});
	it('the new page wins where both have something', () => {
		const m = mergeDefs(A, B);
		expect(m.nodes.find((n) => n.id === 'y')!.label).toBe('Y in b');
		expect(m.title).toBe(B.title);
		expect(mergeDefs(B, B)).toBe(B);
	});
	it('grows only to the diagram: visiting every view again and again', () => {
		const full = findDiagram('networking')!;
		let drawn: PageDef = loadPage({ lang: 'en', diagram: 'networking' }).def;
		for (let round = 0; round < 3; round++)
			for (const v of full.views)
				drawn = mergeDefs(drawn, loadPage({ lang: 'en', diagram: 'networking', view: v.id }).def);
		expect(drawn.nodes.length).toBe(full.nodes.length);
		expect(drawn.views.length).toBe(full.views.length);
		expect(Object.keys(drawn.placed!).length).toBe(full.views.length);
		expect(new Set(ids(drawn.edges)).size).toBe(drawn.edges.length);
	});
});

describe('a view change morphs with the merged definition', () => {
	const pageOf = (diagram: string, view: string) => loadPage({ lang: 'en', diagram, view }).def;
	const rectsIn = (def: PageDef, view: string, id: string) =>
		buildScene(def, view, 0, 'wide').nodes.find((n) => n.id === id)?.rects;
	it.each([
		['virtualization', 'hosted', 'container'],
		['virtualization', 'container', 'hosted'],
		['runtime', 'architecture', 'docker-run'],
		['runtime', 'docker-run', 'architecture']
	])('%s: %s → %s', (diagram, from, to) => {
		const full = findDiagram(diagram)!;
		const prev = pageOf(diagram, from);
		const next = pageOf(diagram, to);
		const merged = mergeDefs(prev, next);
		const old = new Set(viewNodeIds(full, from));
		const now = new Set(viewNodeIds(full, to));
		const before = buildScene(merged, from, 0, 'wide');
		const after = buildScene(merged, to, 0, 'wide');
		// The old view, drawn with the merged data, looks as it did: arrivals are hidden.
		for (const n of before.nodes)
			if (old.has(n.id)) expect(n.rects).toEqual(rectsIn(prev, from, n.id));
			else expect(n.shown).toBe(false);
		// The new view looks as its own page draws it; what left is hidden.
		for (const n of after.nodes)
			if (now.has(n.id)) expect(n.rects).toEqual(rectsIn(next, to, n.id));
			else expect(n.shown).toBe(false);
		// Arrivals start in their exitTo counterpart of the old view, as with the full definition.
		for (const id of now)
			if (!old.has(id) && full.nodes.find((n) => n.id === id)!.exitTo?.some((t) => old.has(t)))
				near(
					before.nodes.find((n) => n.id === id)!.rects,
					sceneOf(full, from, 0, 'wide').nodes.find((n) => n.id === id)!.rects
				);
		// Leaving nodes end in their counterpart of the new view, or where they were.
		for (const id of old)
			if (!now.has(id)) {
				const into = full.nodes.find((n) => n.id === id)!.exitTo?.some((t) => now.has(t));
				const got = after.nodes.find((n) => n.id === id)!.rects;
				if (into) near(got, sceneOf(full, to, 0, 'wide').nodes.find((n) => n.id === id)!.rects);
				else expect(got, id).toEqual(rectsIn(prev, from, id));
			}
	});
});

describe('tone rules', () => {
	// Nodes carry their tone as a class, not as inline custom properties (bytes on every node).
	const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
	it.each(TONES)('%s has its rule and its tokens', (tone) => {
		const rule = css.match(new RegExp(`\\.tone-${tone} \\{([^}]*)\\}`))?.[1] ?? '';
		expect(rule).toContain(`--fill: var(--${tone}-fill)`);
		expect(rule).toContain(`--stroke: var(--${tone}-stroke)`);
		expect(rule).toContain(`--frame-fill: var(--${tone}-frame, var(--vm-fill))`);
		expect(css).toContain(`--${tone}-fill:`);
		expect(css).toContain(`--${tone}-stroke:`);
	});
});
