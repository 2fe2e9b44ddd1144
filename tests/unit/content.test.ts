import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ogHash } from '../../scripts/og-hash.mjs';
import { ui } from '../../src/lib/content/ui';
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
import { nodeAtStep, viewNodeIds } from '../../src/lib/content/query';
import { shownAtStep } from '../../src/lib/layout/scene';
import { sceneOf } from './scenes';
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
	/** Passages some node shows in some view: what a reader can actually open. */
	const drawn = new Set(
		diagrams.flatMap((d) =>
			d.views.flatMap((v) =>
				viewNodeIds(d, v.id).flatMap((id) => d.nodes.find((n) => n.id === id)?.notes ?? [])
			)
		)
	);
	const pending = Object.values(pendingPassages).flat();

	it.each(Object.keys(passages))('%s resolves in both languages', (key) => {
		for (const lang of LANGS) expect(resolvePassage(key, lang).text).not.toBe('');
	});

	it('names the missing passage when a key points nowhere', () => {
		expect(() => resolvePassage('no.such.key', 'ko')).toThrow(/no\.such\.key/);
	});

	it('every bullet of the summary is drawn, or listed as pending', () => {
		const reached = [...drawn, ...pending].map((k) => passages[k as keyof typeof passages]);
		const unreached = bulletPaths(SUMMARY_SECTION).filter(
			(b) => !reached.some((r) => sameOrBelow(r, b) || sameOrBelow(b, r))
		);
		expect(unreached).toEqual([]);
	});

	it('nothing is pending: with layers and processes, every bullet of the note is drawn', () => {
		expect(pending).toEqual([]);
	});

	it('the passages not drawn yet are exactly the pending ones', () => {
		// Fails both ways: a bullet nobody draws and nobody lists, and a pending bullet that is
		// in fact drawn now (then take it off pendingPassages).
		const undrawn = Object.keys(passages).filter((k) => !drawn.has(k));
		expect(undrawn.sort()).toEqual([...pending].sort());
	});

	it('no passage is both used by a node and listed as pending', () => {
		expect(pending.filter((k) => used.has(k))).toEqual([]);
	});

	it('every correction is displayed by some node, except those of pending passages', () => {
		const undisplayed = Object.keys(corrections).filter((k) => !drawn.has(k));
		expect(undisplayed.sort()).toEqual(pending.filter((k) => k in corrections).sort());
	});

	it('every correction is for a known passage, in both languages, with https sources', () => {
		for (const [key, c] of Object.entries(corrections)) {
			expect(key in passages).toBe(true);
			for (const lang of LANGS) expect(c!.text[lang].trim()).not.toBe('');
			expect(c!.sources.length).toBeGreaterThan(0);
			for (const s of c!.sources) expect(s.url).toMatch(/^https:\/\//);
		}
	});
});

describe('diagram definitions', () => {
	// Every diagram was validated when the registry loaded (content/diagrams/index.ts); what can
	// fail here is that loading: a broken module must stop the import (and so the build) with the
	// problem named, not load quietly.
	it('the registry refuses to load a diagram that fails validation', async () => {
		const first = diagrams[0];
		const bad = structuredClone(first);
		bad.views[0].steps[0].narration = { ko: '설명', en: ' ' };
		vi.resetModules();
		vi.doMock(`../../src/lib/content/diagrams/${first.id}/index.ts`, () => ({ [first.id]: bad }));
		try {
			await expect(import('../../src/lib/content/diagrams')).rejects.toThrow(
				new RegExp(
					`Diagram "${first.id}"[^]*view "${first.views[0].id}" step 1 narration: no en text`
				)
			);
		} finally {
			vi.doUnmock(`../../src/lib/content/diagrams/${first.id}/index.ts`);
			vi.resetModules();
		}
	});

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
		],
		[
			'a checked release without a source URL',
			(d: DiagramDef) =>
				(d.checked = [{ what: 'runc', version: { en: 'main', ko: 'main' }, url: '' }]),
			/checked\[0\] "runc": needs an https URL/
		],
		[
			'a checked release without a Korean version',
			(d: DiagramDef) =>
				(d.checked = [
					{
						what: 'runc',
						version: { en: 'main', ko: '' },
						url: 'https://example.org/'
					}
				]),
			/checked\[0\] "runc" version: no ko text/
		],
		[
			'a step concealing a node outside its view',
			(d: DiagramDef) => (d.views[0].steps.at(-1)!.conceal = ['no-such-node']),
			new RegExp(
				`step ${diagrams[0].views[0].steps.length}: node "no-such-node" is not in the view`
			)
		],
		[
			'a narration missing its Korean text',
			(d: DiagramDef) => (d.views[0].steps[0].narration = { ko: '', en: 'Step' }),
			new RegExp(`view "${diagrams[0].views[0].id}" step 1 narration: no ko text`)
		],
		[
			'a source that is not https',
			(d: DiagramDef) => d.nodes[0].sources.push({ label: 'plain', url: 'http://example.org/' }),
			/source "plain" needs an https URL/
		],
		[
			'a default view that does not exist',
			(d: DiagramDef) => (d.defaultView = 'no-such-view'),
			/defaultView "no-such-view" is not a view/
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
	it('ends docker run with no runc process: runc is hidden or drawn as exited', () => {
		const view = runtime.views.find((v) => v.id === 'docker-run')!;
		const last = view.steps.length;
		expect(last).toBeGreaterThanOrEqual(10);
		expect(last).toBeLessThanOrEqual(14);
		const runc = nodeAtStep(runtime, 'docker-run', last, 'runc')!;
		if (shownAtStep(runtime, view, last).has('runc')) {
			expect(runc.detail?.en).toBe('exited');
			expect(view.steps[last - 1].highlight).not.toContain('runc');
		}
	});

	it('shows every actor of the docker run title in its overview (docker CLI, runc)', () => {
		// The overview is the last step's picture (buildScene, step 0).
		const scene = sceneOf(runtime, 'docker-run', 0, 'wide', 'en');
		for (const id of ['docker-cli', 'dockerd', 'containerd', 'containerd-shim', 'runc', 'nginx'])
			expect(scene.nodes.find((n) => n.id === id)?.shown, id).toBe(true);
	});

	const run = runtime.views.find((v) => v.id === 'docker-run')!;
	it.each([
		[7, 'containerd-bundle'],
		[12, 'dockerd-netns'],
		[14, 'shim-log-fifo']
	])('docker run step %i draws what it says travels (%s)', (step, edge) => {
		const s = run.steps[step - 1];
		expect(s.edges).toContain(edge);
		expect(s.tokens?.map((t) => t.edge)).toContain(edge);
	});

	it('every token of a runtime step travels on an edge that step draws', () => {
		for (const v of runtime.views)
			v.steps.forEach((s, i) => {
				const loose = (s.tokens ?? []).filter((t) => !s.edges?.includes(t.edge));
				expect(loose, `${v.id} step ${i + 1}`).toEqual([]);
			});
	});

	it.each(['wide', 'narrow'] as const)(
		'no docker run edge runs through a box other than its ends (%s)',
		(format) => {
			const crossing: string[] = [];
			for (let step = 1; step <= run.steps.length; step++) {
				const scene = sceneOf(runtime, 'docker-run', step, format, 'en');
				for (const e of scene.edges.filter((x) => x.shown)) {
					const def = runtime.edges.find((x) => x.id === e.id)!;
					for (const n of scene.nodes.filter(
						(x) => x.shown && x.id !== def.from && x.id !== def.to
					))
						for (const r of n.rects)
							for (let i = 1; i < e.points.length; i++) {
								const [[x1, y1], [x2, y2]] = [e.points[i - 1], e.points[i]];
								const hit =
									Math.max(x1, x2) > r.x + 1 &&
									Math.min(x1, x2) < r.x + r.w - 1 &&
									Math.max(y1, y2) > r.y + 1 &&
									Math.min(y1, y2) < r.y + r.h - 1;
								if (hit) crossing.push(`step ${step}: ${e.id} through ${n.id}`);
							}
				}
			}
			expect([...new Set(crossing)]).toEqual([]);
		}
	);
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
			// The image shows the overview (step 0) under the site's name and the titles.
			const snapshot = readFileSync(
				new URL(`${c.d.id}-${c.v.id}-0-${format}.svg`, snapshots),
				'utf8'
			);
			const label = ui[c.lang].diagramLabel(c.d.title[c.lang], c.v.title[c.lang]);
			expect(
				manifest[c.file],
				'stale Open Graph image: run `npm run serve` and `node scripts/og-images.mjs`'
			).toBe(ogHash(snapshot, ui[c.lang].siteName, label));
		}
	);
});

describe('versions and facts the sources fix (content-review-2.md)', () => {
	it.each(diagrams.map((d) => [d.id, d] as const))(
		'%s names the releases its facts were checked against',
		(_, def) => {
			expect(def.checked?.length).toBeGreaterThan(0);
			for (const c of def.checked!) expect(c.url).toMatch(/^https:\/\//);
		}
	);

	// Every piece of text of a diagram, with where it is, to look for a claim in all of them.
	const texts = (def: DiagramDef): [string, string][] => {
		const out: [string, string][] = [];
		const walk = (v: unknown, where: string) => {
			if (typeof v === 'string') out.push([where, v]);
			else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
		};
		walk(def, def.id);
		return out;
	};
	const all = diagrams.flatMap(texts);
	const namespacesDef = diagrams.find((d) => d.id === 'namespaces')!;

	it('never says runc makes namespaces by clone(2)ing with CLONE_NEW* flags (nsexec unshares them)', () => {
		// runc's nsexec: stage 1 try_unshare(config.cloneflags), then clone_parent() with no
		// CLONE_NEW* flag (libcontainer/nsenter/nsexec.c at 76d9cf5d; README at 01b17c43).
		const hits = all.filter(
			([, t]) =>
				/clone\s*\(\s*CLONE_NEW/.test(t) || /clone\(2\)`?s a child with the clone flags/.test(t)
		);
		expect(hits).toEqual([]);
		const lifecycle = namespacesDef.views.find((v) => v.id === 'lifecycle')!;
		const first = lifecycle.steps[0].narration.en;
		expect(first).toMatch(/unshare\(2\)/);
		expect(first.indexOf('unshare(2)')).toBeLessThan(first.indexOf('clone(2)'));
		const edge = namespacesDef.edges.find((e) => e.from === 'runc-init' && e.to === 'ctr-set')!;
		expect(edge.label.en).toMatch(/^unshare\(CLONE_NEW/);
	});

	it('gives nginx its image’s stop signal, SIGQUIT, wherever docker stop meets nginx', () => {
		// nginxinc/docker-nginx Dockerfile: STOPSIGNAL SIGQUIT.
		const stops = all.filter(([, t]) => /docker stop/.test(t) && /nginx/.test(t));
		expect(stops.length).toBeGreaterThan(0);
		for (const [where, t] of stops) {
			expect(t, where).toMatch(/SIGQUIT/);
			// SIGTERM may appear only as the default of images without a STOPSIGNAL.
			if (/SIGTERM/.test(t)) expect(t, where).toMatch(/STOPSIGNAL/);
		}
	});

	it('never runs ps inside the nginx container, whose image has no ps', () => {
		expect(all.filter(([, t]) => /docker exec (-\w+ )*web ps/.test(t))).toEqual([]);
	});
});
