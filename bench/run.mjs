// The benchmark: the production build against each page's no-JS floor and against Mermaid, in one
// interleaved run, at 1× and 4× CPU, headless Chromium through Playwright, gzip on loopback.
// Usage (from the repository root): npm run bench [-- options]
//   --quick         one round, English, one page per diagram, few interactions on two diagrams
//                   (what CI runs; well under 2 minutes)
//   --rounds=N      rounds (default 2)           --cpu=1,4     CPU slowdowns (default 1,4)
//   --lang=ko,en    languages of the load pages
//   --profile       trace and profile click → note, a cold first click, view switches and a cold
//                   load of each diagram (--profile=click,cold,view,load: some of them); build
//                   with SOURCEMAP=1 for names
//   --diagrams=a,b  only these diagrams (loads, touch, profiles)
//   --lighthouse    Lighthouse 12.2.3, mobile    --out=FILE    where the Markdown goes
//   --build=DIR     measure another build than build/
//   --pages=all     cold loads of every view (default: each diagram's default view)
//   --touch=clicks  of the interactions, only the clicks (warm and cold): no steps, view switches
//   --soak=N        step changes of the heap soak (default 1000, quick 100; 0: none)
//   --cold=N        cold first clicks per diagram a round (fresh pages; default 2, quick 1)
//   --before=DIR    also measure that build (of the code before a change), interleaved with
//                   build/ in the same rounds, and report both: a BEFORE/AFTER table
//   --from=FILE     measure nothing: write the report again from a run's raw results (JSON)
//                   (with --before=FILE: that run's BEFORE results)
//   --before-commit=X  what the --before build was built from, for the report
// It asserts nothing about timing (shared machines are noisy); it fails only when it cannot measure.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch } from './lib/browser.mjs';
import { coldLoad } from './lib/load.mjs';
import {
	APP,
	MERMAID,
	withPage,
	clicks,
	coldClick,
	steps,
	viewSwitches,
	heapSoak
} from './lib/interact.mjs';
import { profileClicks, profileColdClick, profileLoad, profileViews } from './lib/profile.mjs';
import { findDiagrams, htmlParts, largestPage, mermaidFor } from './lib/pages.mjs';
import { commit, machine, report } from './lib/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const args = Object.fromEntries(
	process.argv.slice(2).map((a) => {
		const [k, v] = a.replace(/^--/, '').split('=');
		return [k, v ?? true];
	})
);
const started = Date.now();
const quick = !!args.quick;
// --build=DIR measures another build (e.g. one made with SOURCEMAP=1 for --profile).
const build = args.build ? resolve(String(args.build)) : join(root, 'build');
const opts = {
	quick,
	rounds: Number(args.rounds ?? (quick ? 1 : 2)),
	cpus: String(args.cpu ?? '1,4')
		.split(',')
		.map(Number),
	langs: String(args.lang ?? (quick ? 'en' : 'ko,en')).split(','),
	// Cold loads of each diagram's default view, or of every view (26 views × 2 languages is
	// over an hour a run on a shared 2-core machine). The HTML bytes of every page are counted
	// from the build either way.
	pages: String(args.pages ?? 'default'),
	reps: quick
		? { clicks: 3, steps: 2, views: 2, soak: 100, cold: 1 }
		: { clicks: 6, steps: 3, views: 3, soak: 1000, cold: 2 },
	...(args.soak !== undefined && { soakOverride: Number(args.soak) }),
	profile: args.profile
		? args.profile === true
			? ['click', 'cold', 'view', 'load']
			: String(args.profile).split(',')
		: null,
	only: args.diagrams ? String(args.diagrams).split(',') : null,
	touch: String(args.touch ?? 'all'),
	lighthouse: !!args.lighthouse,
	before: args.before ? String(args.before) : null
};
if (opts.soakOverride !== undefined) opts.reps.soak = opts.soakOverride;
if (args.cold !== undefined) opts.reps.cold = Number(args.cold);
const out = args.out
	? resolve(String(args.out))
	: quick
		? join(here, 'results', 'performance-quick.md')
		: join(root, 'docs', 'performance.md');

if (args.from) {
	const r = JSON.parse(readFileSync(String(args.from), 'utf8'));
	const md = report(r, args.before ? JSON.parse(readFileSync(String(args.before), 'utf8')) : null);
	console.log(md);
	writeFileSync(out, md);
	process.exit(0);
}
if (!existsSync(join(build, 'index.html')))
	throw new Error('No build/: run `npm run build` first.');
const appCommit = commit(root);
// --before=DIR: a build of the code before a change, measured in the same run, interleaved with
// build/ round by round (same machine, same load), and reported beside it.
const before = opts.before ? resolve(opts.before) : null;
if (before && !existsSync(join(before, 'index.html')))
	throw new Error(`No build in ${before} (--before)`);
const loadStart = os
	.loadavg()
	.map((l) => l.toFixed(1))
	.join(' ');

const log = (...a) =>
	console.log(`[bench] ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`, ...a);
const builds = [
	...(before
		? [
				{
					label: 'before',
					dir: before,
					commit: String(args['before-commit'] ?? `build in ${before}`)
				}
			]
		: []),
	{ label: before ? 'after' : 'build', dir: build }
];
for (const [i, b] of builds.entries()) {
	// BENCH_PORT and the next one when given, else any free ports.
	const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + i : 0;
	b.server = await startServer({ root: b.dir, port });
	b.origin = `http://127.0.0.1:${b.server.address().port}`;
}
const origin = builds.at(-1).origin;
const { browser, executablePath } = await launch();

try {
	const interactLang = opts.langs.includes('en') ? 'en' : opts.langs[0];
	const wanted = (d) => !opts.only || opts.only.includes(d.id);
	const all = findDiagrams(build, interactLang).filter(wanted);
	if (!all.length) throw new Error('No diagram pages found in build/');
	// Quick mode (CI) touches two diagrams only, so it stays short as diagrams are added.
	const quickOnes = all.filter((d) => ['virtualization', 'runtime'].includes(d.id));
	const diagrams = quick ? (quickOnes.length ? quickOnes : all.slice(0, 2)) : all;
	const pages = opts.langs.flatMap((lang) =>
		findDiagrams(build, lang)
			.filter(wanted)
			.flatMap((d) =>
				(quick || opts.pages !== 'all' ? [''] : d.views).map((v) => ({
					path: `/${lang}/${d.id}/${v ? v + '/' : ''}`,
					diagram: d.id
				}))
			)
	);
	log(
		`${pages.length} diagram pages, interactions on ${diagrams.map((d) => d.id).join(', ')}, ${opts.rounds} round(s) at ${opts.cpus.map((c) => c + '×').join(' and ')} CPU, ${builds.map((b) => `${b.label} ${b.origin}`).join(', ')}; load average ${loadStart}`
	);

	const slot = (o, ...keys) => keys.reduce((x, k) => (x[k] ??= {}), o);
	const push = (o, k, v) => (o[k] ??= []).push(v);
	for (const b of builds) {
		b.load = {};
		b.inter = {};
	}

	for (let round = 0; round < opts.rounds; round++) {
		for (const cpu of opts.cpus) {
			log(`round ${round + 1}/${opts.rounds}, ${cpu}× CPU: loads`);
			const mermaid = {};
			for (const kind of ['pipeline', 'stacks']) {
				const m = await coldLoad(browser, `${origin}/bench/pages/${kind}.html`, {
					cpu,
					selector: MERMAID.selector
				});
				mermaid[kind] = m;
				for (const b of builds) push(slot(b.load, cpu, `mermaid:${kind}`), 'app', m);
			}
			// Rotate the order each round so no page always runs first or last; the builds
			// take turns page by page.
			const order = pages.map((_, i) => pages[(i + round) % pages.length]);
			for (const p of order)
				for (const b of round % 2 ? [...builds].reverse() : builds) {
					const s = slot(b.load, cpu, p.path);
					const floor = await coldLoad(browser, `${b.origin}${p.path}?bench-floor`, {
						cpu,
						selector: APP.selector,
						settle: 100
					});
					const app = await coldLoad(browser, `${b.origin}${p.path}`, {
						cpu,
						selector: APP.selector
					});
					const mm = mermaid[mermaidFor(p.diagram)];
					push(s, 'app', app);
					push(s, 'floor', floor);
					push(s, 'xFloor', app.diagram / floor.diagram);
					push(s, 'xMermaid', app.diagram / mm.diagram);
					s.mermaid = mermaidFor(p.diagram);
					s.html ??= htmlParts(b.dir, p.path);
				}

			log(`round ${round + 1}/${opts.rounds}, ${cpu}× CPU: interactions`);
			for (const d of diagrams)
				for (const b of round % 2 ? [...builds].reverse() : builds) {
					const s = slot(b.inter, cpu, d.id);
					// Predictions off: a step that asks first would not move the picture (a build
					// without them drops the parameter).
					await withPage(
						browser,
						`${b.origin}/${interactLang}/${d.id}/?predict=off`,
						{ cpu, target: APP },
						async (page) => {
							const c = await clicks(page, APP, opts.reps.clicks);
							(s.click ??= []).push(...c.painted);
							(s.inp ??= []).push(...c.inp);
							if (opts.touch === 'clicks') return;
							(s.steps ??= []).push(...(await steps(page, opts.reps.steps)));
							(s.views ??= []).push(...(await viewSwitches(page, opts.reps.views)));
						}
					);
				}
			// Cold first clicks: a fresh page each, loaded and left until idle, then one click on
			// a node the pointer was never over (a different node each round).
			log(`round ${round + 1}/${opts.rounds}, ${cpu}× CPU: cold first clicks`);
			for (const d of diagrams)
				for (let k = 0; k < opts.reps.cold; k++)
					for (const b of (round + k) % 2 ? [...builds].reverse() : builds) {
						const s = slot(b.inter, cpu, d.id);
						(s.cold ??= []).push(
							await coldClick(browser, `${b.origin}/${interactLang}/${d.id}/`, {
								cpu,
								target: APP,
								pick: round * opts.reps.cold + k
							})
						);
					}
			const m = {};
			await withPage(
				browser,
				`${origin}/bench/pages/pipeline.html`,
				{ cpu, target: MERMAID },
				async (page) => {
					const c = await clicks(page, MERMAID, opts.reps.clicks);
					m.click = c.painted;
					m.inp = c.inp;
				}
			);
			for (const b of builds) {
				const s = slot(b.inter, cpu, 'mermaid:pipeline');
				(s.click ??= []).push(...m.click);
				(s.inp ??= []).push(...m.inp);
			}
		}
	}

	// The soak: on the two diagrams with the most to draw (nodes in the build's largest page),
	// in quick mode one.
	const soakOn = quick
		? diagrams.slice(0, 1)
		: diagrams.filter((d) => ['networking', 'runtime'].includes(d.id));
	log(`heap: ${opts.reps.soak} step changes on ${soakOn.map((d) => d.id).join(', ')} at 1× CPU`);
	for (const b of builds) b.heap = {};
	for (const d of opts.reps.soak ? (soakOn.length ? soakOn : diagrams.slice(0, 1)) : [])
		for (const b of builds)
			b.heap[d.id] = await withPage(
				browser,
				`${b.origin}/${interactLang}/${d.id}/?predict=off`,
				{ cpu: 1, target: APP },
				(page, cdp) => heapSoak(page, cdp, opts.reps.soak)
			);

	let profile = null;
	if (opts.profile) {
		profile = [];
		const how = { build, origin };
		const kinds = {
			click: (url, cpu) => profileClicks(browser, url, { ...how, cpu, reps: 12 }),
			cold: (url, cpu) => profileColdClick(browser, url, { ...how, cpu }),
			view: (url, cpu) => profileViews(browser, url, { ...how, cpu, reps: 6 }),
			load: (url, cpu) => profileLoad(browser, url, { ...how, cpu })
		};
		for (const kind of opts.profile) {
			if (!kinds[kind]) throw new Error(`--profile=${kind}: one of ${Object.keys(kinds)}`);
			for (const cpu of opts.cpus)
				for (const d of diagrams) {
					if (kind === 'view' && d.views.length < 2) continue;
					log(`profile: ${kind}, ${d.id}, ${cpu}× CPU`);
					profile.push(await kinds[kind](`${origin}/${interactLang}/${d.id}/`, cpu));
				}
		}
	}

	let lighthouse = null;
	if (opts.lighthouse) {
		const { lighthouseRuns } = await import('./lib/lighthouse.mjs');
		const urls = [`${origin}/`, ...pages.map((p) => origin + p.path)];
		log(`Lighthouse (mobile) on ${urls.length} pages`);
		lighthouse = await lighthouseRuns(urls, executablePath);
		for (const l of lighthouse) l.url = l.url.replace(origin, '');
	}

	const meta = await machine(browser, opts, Math.round((Date.now() - started) / 1000), appCommit);
	meta.loadStart = loadStart;
	const resultsOf = (b, extra = {}) => ({
		meta: { ...meta, build: b.label, commit: b.commit ?? meta.commit },
		opts,
		load: b.load,
		inter: b.inter,
		heap: b.heap,
		largest: ['ko', 'en'].map((lang) => largestPage(b.dir, lang)),
		...extra
	});
	const results = resultsOf(builds.at(-1), { profile, lighthouse });
	const beforeResults = before ? resultsOf(builds[0]) : null;
	const md = report(results, beforeResults);
	console.log('\n' + md);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, md);
	mkdirSync(join(here, 'results'), { recursive: true });
	const name = quick ? 'latest-quick' : 'latest';
	writeFileSync(join(here, 'results', `${name}.json`), JSON.stringify(results, null, '\t'));
	if (beforeResults)
		writeFileSync(
			join(here, 'results', `${name}-before.json`),
			JSON.stringify(beforeResults, null, '\t')
		);
	log(`wrote ${out} (${meta.seconds} s)`);
} finally {
	await browser.close();
	for (const b of builds) b.server.close();
}
