// Where the time of click → note painted goes: a Chrome performance trace (main-thread self time
// by phase: script, style, layout, paint…) and a sampled JS profile (self time by function, mapped
// to the original source when the build has source maps: `SOURCEMAP=1 npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { APP, clicks, coldClick, untilIdle, viewSwitches, withPage } from './interact.mjs';
import { openPage } from './browser.mjs';

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'v8.execute'
];

/**
 * The [start, end] windows (trace clock, µs) of the user-timing measures named `name` that the
 * probe made: `bench:click` (click → note painted), `bench:frames` (click on Next or a view tab →
 * the transition's last change), `bench:load` (navigation → settled).
 */
export function windowsOf(events, name) {
	const open = new Map();
	const out = [];
	for (const e of events) {
		if (e.name !== name) continue;
		const k = `${e.pid}:${e.id ?? e.id2?.local}`;
		if (e.ph === 'b') open.set(k, e.ts);
		if (e.ph === 'e' && open.has(k)) {
			out.push([open.get(k), e.ts]);
			open.delete(k);
		}
	}
	return out;
}
export const clickWindows = (events) => windowsOf(events, 'bench:click');
const inside = (windows, ts) => windows.some(([a, b]) => ts >= a && ts <= b);

/** Self time per trace event name on the renderer's main thread, inside the click windows. */
export function tracePhases(events, windows) {
	const main = mainThreads(events);
	const byThread = new Map();
	for (const e of events) {
		if (e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
		if (!windows.some(([a, b]) => e.ts < b && e.ts + e.dur > a)) continue;
		const k = `${e.pid}:${e.tid}`;
		if (!byThread.has(k)) byThread.set(k, []);
		byThread.get(k).push(e);
	}
	const self = new Map();
	for (const list of byThread.values()) {
		list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
		const stack = [];
		for (const e of list) {
			while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
			const parent = stack.at(-1);
			// Only the part inside the windows counts (a task can start before the click).
			const [a, b] = windows.find(([a, b]) => e.ts < b && e.ts + e.dur > a);
			const clipped = Math.min(e.ts + e.dur, b) - Math.max(e.ts, a);
			self.set(e.name, (self.get(e.name) ?? 0) + clipped / 1000);
			if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - clipped / 1000);
			stack.push(e);
		}
	}
	return [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/**
 * Self time per function of a CPU profile inside the click windows (the profile's clock is the
 * trace's), mapped through the build's source maps if present.
 */
export function profileFunctions(profile, build, origin, windows) {
	const time = new Map();
	let ts = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		const d = profile.timeDeltas[i] ?? 0;
		ts += d;
		if (!inside(windows, ts)) continue;
		time.set(profile.samples[i], (time.get(profile.samples[i]) ?? 0) + d / 1000);
	}
	const maps = new Map();
	const mapFor = (url) => {
		if (!url.startsWith(origin)) return null;
		if (!maps.has(url)) {
			const file = join(build, new URL(url).pathname) + '.map';
			maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
		}
		return maps.get(url);
	};
	const byFn = new Map();
	for (const node of profile.nodes) {
		const ms = time.get(node.id) ?? 0;
		if (!ms) continue;
		const { functionName, url, lineNumber, columnNumber } = node.callFrame;
		let where = url ? `${url.replace(origin, '')}:${lineNumber + 1}:${columnNumber + 1}` : '';
		let name = functionName || '(anonymous)';
		const map = url && mapFor(url);
		if (map) {
			const o = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
			if (o.source) {
				where = `${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}`;
				if (o.name) name = o.name;
			}
		}
		if (url && !url.startsWith(origin)) where = '(Playwright / DevTools)';
		const key = `${name} ${where}`;
		byFn.set(key, { name, where, ms: (byFn.get(key)?.ms ?? 0) + ms });
	}
	const fns = [...byFn.values()].sort((a, b) => b.ms - a.ms);
	const byFile = new Map();
	for (const f of fns) {
		const file = f.where.replace(/:\d+(:\d+)?$/, '') || f.name;
		byFile.set(file, (byFile.get(file) ?? 0) + f.ms);
	}
	return {
		functions: fns.filter((f) => f.name !== '(idle)'),
		files: [...byFile]
			.map(([file, ms]) => ({ file, ms }))
			.filter((f) => f.file !== '(idle)')
			.sort((a, b) => b.ms - a.ms)
	};
}

/** The renderer main threads of a trace, as "pid:tid". */
function mainThreads(events) {
	return new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
}

/**
 * The main thread's tasks over `min` ms that overlap `windows`, each with its own self time by
 * trace event (what the task was: script, style, layout…) and the JS functions sampled in it.
 */
export function longTasksIn(events, windows, { min = 50, profile = null, build, origin } = {}) {
	const main = mainThreads(events);
	const tasks = events
		.filter(
			(e) =>
				e.ph === 'X' &&
				e.name === 'RunTask' &&
				e.dur > min * 1000 &&
				main.has(`${e.pid}:${e.tid}`) &&
				windows.some(([a, b]) => e.ts < b && e.ts + e.dur > a)
		)
		.sort((a, b) => b.dur - a.dur);
	return tasks.map((t) => {
		const w = [[t.ts, t.ts + t.dur]];
		const fns = profile ? profileFunctions(profile, build, origin, w).functions : [];
		return {
			ms: t.dur / 1000,
			phases: tracePhases(events, w).filter((p) => p.name !== 'RunTask'),
			functions: fns
		};
	});
}

/** Starts a trace and a sampled JS profile of `page`; the returned function stops both. */
async function record(browser, page, cdp) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await browser.startTracing(page, { categories: CATEGORIES });
	await cdp.send('Profiler.start');
	return async () => {
		const { profile } = await cdp.send('Profiler.stop');
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		return { profile, events: Array.isArray(trace) ? trace : trace.traceEvents };
	};
}

/** What a trace says about its windows: phases, functions, long tasks. */
function summary(events, profile, windows, { build, origin, what }) {
	if (!windows.length) throw new Error(`no ${what} measure in the trace`);
	return {
		reps: windows.length,
		windowMs: windows.reduce((n, [a, b]) => n + (b - a) / 1000, 0),
		phases: tracePhases(events, windows),
		...profileFunctions(profile, build, origin, windows),
		longTasks: longTasksIn(events, windows, { profile, build, origin })
	};
}

/**
 * Traces `run(page)` on a loaded page and summarises the windows of the `measure` it made;
 * `run` returns what the report shows beside them (its own numbers).
 */
function profileTouch(browser, url, { cpu, build, origin }, kind, measure, run) {
	return withPage(browser, url, { cpu, target: APP }, async (page, cdp) => {
		const stop = await record(browser, page, cdp);
		const own = await run(page);
		const { profile, events } = await stop();
		const windows = windowsOf(events, measure);
		return {
			kind,
			url,
			cpu,
			...own,
			...summary(events, profile, windows, { build, origin, what: measure })
		};
	});
}

/** `reps` clicks that open or switch the note panel, traced and profiled. */
export const profileClicks = (browser, url, opts) =>
	profileTouch(browser, url, opts, 'click', 'bench:click', async (page) => ({
		painted: (await clicks(page, APP, opts.reps, { reopen: !!opts.reopen })).painted
	}));

/** `reps` view switches through the view tabs, traced and profiled, click → last change. */
export const profileViews = (browser, url, opts) =>
	profileTouch(browser, url, opts, 'view', 'bench:frames', async (page) => ({
		frames: await viewSwitches(page, opts.reps)
	}));

/**
 * One cold load traced from navigation until the page has settled (load, network idle, then
 * 700 ms × the CPU slowdown): where the main thread's time goes and what each long task was.
 */
export async function profileLoad(browser, url, { cpu, build, origin }) {
	const { context, page, cdp } = await openPage(browser, { cpu, selector: APP.selector });
	try {
		const stop = await record(browser, page, cdp);
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(() => window.__bench.diagramPainted !== null);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(700 * cpu);
		const diagram = await page.evaluate(() => {
			performance.measure('bench:load', { start: 0, end: performance.now() });
			return window.__bench.diagramPainted;
		});
		const { profile, events } = await stop();
		const windows = windowsOf(events, 'bench:load');
		return {
			kind: 'load',
			url,
			cpu,
			diagram,
			...summary(events, profile, windows, { build, origin, what: 'bench:load' })
		};
	} finally {
		await context.close();
	}
}

/**
 * A cold first click (`coldClick`) on a fresh page traced from navigation: where the click's time
 * goes (click → note painted), and the long tasks of the load and of what the page ran once idle
 * (navigation → the click), each with what it was.
 */
export async function profileColdClick(browser, url, { cpu, build, origin }) {
	const r = await coldClick(browser, url, {
		cpu,
		target: APP,
		around: (page, cdp) => record(browser, page, cdp)
	});
	const { profile, events } = r.traced;
	const before = windowsOf(events, 'bench:idle');
	return {
		kind: 'cold',
		url,
		cpu,
		painted: [r.ms],
		id: r.id,
		fetched: r.fetched,
		loadLongTasks: longTasksIn(events, before, { profile, build, origin }),
		...summary(events, profile, windowsOf(events, 'bench:click'), {
			build,
			origin,
			what: 'bench:click'
		})
	};
}
