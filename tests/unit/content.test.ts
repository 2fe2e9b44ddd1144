import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { diagrams } from '../../src/lib/content/diagrams';
import {
	bulletPaths,
	noteSections,
	noteSources,
	resolvePassage
} from '../../src/lib/content/notes';
import {
	passages,
	pendingPassages,
	SUMMARY_SECTION,
	type PassageLocator
} from '../../src/lib/content/passages';
import { corrections } from '../../src/lib/content/corrections';
import { DiagramError, validateDiagram } from '../../src/lib/content/validate';
import { viewNodeIds } from '../../src/lib/content/query';
import { LANGS, type DiagramDef } from '../../src/lib/content/types';

const sameOrBelow = (a: PassageLocator, b: PassageLocator) =>
	a.section === b.section &&
	a.path.length >= b.path.length &&
	b.path.every((v, i) => a.path[i] === v);

describe('the note', () => {
	const shared = new URL('../../../shared/notes/docker-ch2.ko.md', import.meta.url);
	it.skipIf(!existsSync(shared))('is the author’s text, byte for byte', () => {
		expect(noteSources.ko).toBe(readFileSync(shared, 'utf8'));
	});

	it('has an English translation of the same shape', () => {
		const shape = (lang: 'ko' | 'en') =>
			noteSections(lang).map((s) => [
				s.depth,
				JSON.stringify(s.items, (k, v) => (k === 'text' ? undefined : v))
			]);
		expect(shape('en')).toEqual(shape('ko'));
	});
});

describe('note passages', () => {
	const used = new Set(diagrams.flatMap((d) => d.nodes.flatMap((n) => n.notes ?? [])));
	// Passages on nodes that some view actually draws (a node outside every view shows nothing).
	const usedInViews = new Set(
		diagrams.flatMap((d) => {
			const drawn = new Set(d.views.flatMap((v) => viewNodeIds(d, v.id)));
			return d.nodes.filter((n) => drawn.has(n.id)).flatMap((n) => n.notes ?? []);
		})
	);

	it.each(Object.keys(passages))('%s resolves in both languages', (key) => {
		for (const lang of LANGS) expect(resolvePassage(key, lang).text).not.toBe('');
	});

	it('names the missing passage when a key points nowhere', () => {
		expect(() => resolvePassage('no.such.key', 'ko')).toThrow(/no\.such\.key/);
	});

	it('every bullet of the summary is reachable from a node, or listed as pending', () => {
		const pending = new Set(Object.values(pendingPassages).flat());
		const reached = [...used, ...pending].map((k) => passages[k as keyof typeof passages]);
		const unreached = bulletPaths(SUMMARY_SECTION).filter(
			(b) => !reached.some((r) => sameOrBelow(r, b) || sameOrBelow(b, r))
		);
		expect(unreached).toEqual([]);
	});

	it('every bullet of the summary is drawn on a node, none left pending', () => {
		const drawn = [...usedInViews].map((k) => passages[k as keyof typeof passages]);
		const undrawn = bulletPaths(SUMMARY_SECTION).filter(
			(b) => !drawn.some((r) => sameOrBelow(r, b) || sameOrBelow(b, r))
		);
		expect(undrawn).toEqual([]);
		expect(Object.values(pendingPassages).flat()).toEqual([]);
	});

	it('every correction is displayed: its passage is on a node some view shows', () => {
		const hidden = Object.keys(corrections).filter((k) => !usedInViews.has(k));
		expect(hidden).toEqual([]);
	});

	it('no passage is both drawn and listed as pending', () => {
		const pending = Object.values(pendingPassages).flat();
		expect(pending.filter((k) => used.has(k))).toEqual([]);
	});

	it('every correction is for a passage a node shows, in both languages, with https sources', () => {
		for (const [key, c] of Object.entries(corrections)) {
			expect(key in passages).toBe(true);
			for (const lang of LANGS) expect(c!.text[lang].trim()).not.toBe('');
			expect(c!.sources.length).toBeGreaterThan(0);
			for (const s of c!.sources) expect(s.url).toMatch(/^https:\/\//);
		}
	});
});

describe('diagram definitions', () => {
	it.each(diagrams.map((d) => [d.id, d] as const))(
		'%s is valid and complete in both languages',
		(_, def) => {
			expect(() => validateDiagram(def)).not.toThrow();
			for (const v of def.views)
				for (const s of v.steps) for (const lang of LANGS) expect(s.narration[lang]).not.toBe('');
		}
	);

	const broken = (change: (d: DiagramDef) => void) => {
		const copy = structuredClone(diagrams[0]);
		change(copy);
		return () => validateDiagram(copy);
	};
	it.each([
		[
			'an edge to a missing node',
			(d: DiagramDef) => d.edges.push({ ...d.edges[0], id: 'bad-edge', to: 'ghost-node' }),
			/edge "bad-edge".*ghost-node/
		],
		[
			'a missing note passage',
			(d: DiagramDef) => (d.nodes[0].notes = ['nope.key']),
			new RegExp(`node "${diagrams[0].nodes[0].id}".*nope\\.key`)
		],
		['a duplicate node id', (d: DiagramDef) => d.nodes.push({ ...d.nodes[0] }), /duplicate/],
		[
			'a missing English label',
			(d: DiagramDef) => (d.nodes[1].label = { ko: '라벨', en: '' }),
			new RegExp(`node "${diagrams[0].nodes[1].id}" label: no en text`)
		],
		[
			'a step highlighting a node outside its view',
			(d: DiagramDef) => (d.views[1].steps[0].highlight = ['no-such-node']),
			/step 1: node "no-such-node"/
		]
	])('rejects %s, naming the bad id', (_, change, message) => {
		expect(broken(change)).toThrow(DiagramError);
		expect(broken(change)).toThrow(message);
	});
});

describe('the runtime diagram follows the sources, not the note', () => {
	const runtime = diagrams.find((d) => d.id === 'runtime')!;
	it('has no edge between containerd and runc (the shim runs runc)', () => {
		expect(runtime.edges.filter((e) => [e.from, e.to].sort().join() === 'containerd,runc')).toEqual(
			[]
		);
		expect(runtime.edges.some((e) => e.from === 'containerd-shim' && e.to === 'runc')).toBe(true);
	});
	it('ends docker run with no runc process', () => {
		const view = runtime.views.find((v) => v.id === 'docker-run')!;
		const last = view.steps.length;
		expect(last).toBeGreaterThanOrEqual(10);
		expect(last).toBeLessThanOrEqual(14);
		const concealedLast = view.steps
			.map((s, i) => [i, s] as const)
			.filter(([, s]) => s.conceal?.includes('runc') || s.reveal?.includes('runc'))
			.at(-1);
		expect(concealedLast?.[1].conceal).toContain('runc');
	});
});

describe('Open Graph images', () => {
	const snapshots = new URL('./__snapshots__/', import.meta.url);
	const manifest = JSON.parse(
		readFileSync(new URL('../../static/og/manifest.json', import.meta.url), 'utf8')
	);
	const cases = diagrams.flatMap((d) =>
		d.views.flatMap((v) =>
			(['en', 'ko'] as const).map((lang) => ({ d, v, lang, file: `${lang}-${d.id}-${v.id}.png` }))
		)
	);
	it.each(cases.map((c) => [c.file, c] as const))(
		'%s exists and was drawn from the current diagram',
		(_, c) => {
			expect(existsSync(new URL(`../../static/og/${c.file}`, import.meta.url))).toBe(true);
			const format = c.lang === 'en' ? 'en-wide' : 'ko-narrow';
			const snapshot = readFileSync(
				new URL(`${c.d.id}-${c.v.id}-${c.v.steps.length}-${format}.svg`, snapshots)
			);
			expect(
				manifest[c.file],
				'stale Open Graph image: run `npm run serve` and `node scripts/og-images.mjs`'
			).toBe(createHash('sha256').update(snapshot).digest('hex'));
		}
	);
});
