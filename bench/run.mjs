// The benchmark: the production build against each page's no-JS floor and against Mermaid, in one
// interleaved run, at 1× and 4× CPU, headless Chromium through Playwright, gzip on loopback.
// Usage (from the repository root): npm run bench [-- options]
//   --quick         one round, English, one page per diagram, few interactions on two diagrams
//                   (what CI runs; well under 2 minutes)
//   --rounds=N      rounds (default 5)           --cpu=1,4     CPU slowdowns (default 1,4)
//   --lang=ko,en    languages of the load pages  --profile     trace and profile click → note
//   --lighthouse    Lighthouse 12.2.3, mobile    --out=FILE    where the Markdown goes
//   --build=DIR     measure another build than build/
//   --from=FILE     measure nothing: write the report again from a run's raw results (JSON)
// It asserts nothing about timing (shared machines are noisy); it fails only when it cannot measure.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch } from './lib/browser.mjs';
import { coldLoad } from './lib/load.mjs';
import { APP, MERMAID, withPage, clicks, steps, viewSwitches, heapSoak } from './lib/interact.mjs';
import { profileClicks } from './lib/profile.mjs';
import { findDiagrams, htmlParts, mermaidFor } from './lib/pages.mjs';
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
	rounds: Number(args.rounds ?? (quick ? 1 : 5)),
	cpus: String(args.cpu ?? '1,4')
		.split(',')
		.map(Number),
	langs: String(args.lang ?? (quick ? 'en' : 'ko,en')).split(','),
	reps: quick
		? { clicks: 3, steps: 2, views: 2, soak: 100 }
		: { clicks: 8, steps: 8, views: 8, soak: 1000 },
	profile: !!args.profile,
	lighthouse: !!args.lighthouse
};
const out = args.out
	? resolve(String(args.out))
	: quick
		? join(here, 'results', 'performance-quick.md')
		: join(root, 'docs', 'performance.md');

if (args.from) {
	const md = report(JSON.parse(readFileSync(String(args.from), 'utf8')));
	console.log(md);
	writeFileSync(out, md);
	process.exit(0);
}
if (!existsSync(join(build, 'index.html')))
	throw new Error('No build/: run `npm run build` first.');
const appCommit = commit(root);

const log = (...a) =>
	console.log(`[bench] ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`, ...a);
const server = await startServer({ root: build, port: Number(process.env.BENCH_PORT ?? 0) });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, executablePath } = await launch();

try {
	const interactLang = opts.langs.includes('en') ? 'en' : opts.langs[0];
	const all = findDiagrams(build, interactLang);
	if (!all.length) throw new Error('No diagram pages found in build/');
	// Quick mode (CI) touches two diagrams only, so it stays short as diagrams are added.
	const quickOnes = all.filter((d) => ['virtualization', 'runtime'].includes(d.id));
	const diagrams = quick ? (quickOnes.length ? quickOnes : all.slice(0, 2)) : all;
	const pages = opts.langs.flatMap((lang) =>
		findDiagrams(build, lang).flatMap((d) =>
			(quick ? [''] : d.views).map((v) => ({
				path: `/${lang}/${d.id}/${v ? v + '/' : ''}`,
				diagram: d.id
			}))
		)
	);
	log(
		`${pages.length} diagram pages, interactions on ${diagrams.map((d) => d.id).join(', ')}, ${opts.rounds} round(s) at ${opts.cpus.map((c) => c + '×').join(' and ')} CPU, serving ${origin}`
	);

	const load = {};
	const inter = {};
	const slot = (o, ...keys) => keys.reduce((x, k) => (x[k] ??= {}), o);
	const push = (o, k, v) => (o[k] ??= []).push(v);

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
				push(slot(load, cpu, `mermaid:${kind}`), 'app', m);
			}
			// Rotate the order each round so no page always runs first or last.
			const order = pages.map((_, i) => pages[(i + round) % pages.length]);
			for (const p of order) {
				const s = slot(load, cpu, p.path);
				const floor = await coldLoad(browser, `${origin}${p.path}?bench-floor`, {
					cpu,
					selector: APP.selector,
					settle: 100
				});
				const app = await coldLoad(browser, `${origin}${p.path}`, { cpu, selector: APP.selector });
				const mm = mermaid[mermaidFor(p.diagram)];
				push(s, 'app', app);
				push(s, 'floor', floor);
				push(s, 'xFloor', app.diagram / floor.diagram);
				push(s, 'xMermaid', app.diagram / mm.diagram);
				s.mermaid = mermaidFor(p.diagram);
				s.html ??= htmlParts(build, p.path);
			}

			log(`round ${round + 1}/${opts.rounds}, ${cpu}× CPU: interactions`);
			for (const d of diagrams) {
				const s = slot(inter, cpu, d.id);
				await withPage(
					browser,
					`${origin}/${interactLang}/${d.id}/`,
					{ cpu, target: APP },
					async (page) => {
						const c = await clicks(page, APP, opts.reps.clicks);
						(s.click ??= []).push(...c.painted);
						(s.inp ??= []).push(...c.inp);
						(s.steps ??= []).push(...(await steps(page, opts.reps.steps)));
						(s.views ??= []).push(...(await viewSwitches(page, opts.reps.views)));
					}
				);
			}
			const s = slot(inter, cpu, 'mermaid:pipeline');
			await withPage(
				browser,
				`${origin}/bench/pages/pipeline.html`,
				{ cpu, target: MERMAID },
				async (page) => {
					const c = await clicks(page, MERMAID, opts.reps.clicks);
					(s.click ??= []).push(...c.painted);
					(s.inp ??= []).push(...c.inp);
				}
			);
		}
	}

	log(`heap: ${opts.reps.soak} step changes per diagram at 1× CPU`);
	const heap = {};
	for (const d of quick ? diagrams.slice(0, 1) : diagrams)
		heap[d.id] = await withPage(
			browser,
			`${origin}/${interactLang}/${d.id}/`,
			{ cpu: 1, target: APP },
			(page, cdp) => heapSoak(page, cdp, opts.reps.soak)
		);

	let profile = null;
	if (opts.profile) {
		profile = [];
		for (const cpu of opts.cpus)
			for (const d of diagrams) {
				log(`profile: click → note, ${d.id}, ${cpu}× CPU`);
				profile.push(
					await profileClicks(browser, `${origin}/${interactLang}/${d.id}/`, {
						cpu,
						reps: 12,
						build,
						origin
					})
				);
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
	const results = { meta, opts, load, inter, heap, profile, lighthouse };
	const md = report(results);
	console.log('\n' + md);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, md);
	mkdirSync(join(here, 'results'), { recursive: true });
	writeFileSync(
		join(here, 'results', quick ? 'latest-quick.json' : 'latest.json'),
		JSON.stringify(results, null, '\t')
	);
	log(`wrote ${out} (${meta.seconds} s)`);
} finally {
	await browser.close();
	server.close();
}
