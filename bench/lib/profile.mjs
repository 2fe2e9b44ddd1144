// Where the time of click → note painted goes: a Chrome performance trace (main-thread self time
// by phase: script, style, layout, paint…) and a sampled JS profile (self time by function, mapped
// to the original source when the build has source maps: `SOURCEMAP=1 npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { APP, clicks, withPage } from './interact.mjs';

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'v8.execute'
];

/** The [start, end] windows (trace clock, µs) of the `bench:click` measures the probe made. */
export function clickWindows(events) {
	const open = new Map();
	const out = [];
	for (const e of events) {
		if (e.name !== 'bench:click') continue;
		const k = `${e.pid}:${e.id ?? e.id2?.local}`;
		if (e.ph === 'b') open.set(k, e.ts);
		if (e.ph === 'e' && open.has(k)) {
			out.push([open.get(k), e.ts]);
			open.delete(k);
		}
	}
	return out;
}
const inside = (windows, ts) => windows.some(([a, b]) => ts >= a && ts <= b);

/** Self time per trace event name on the renderer's main thread, inside the click windows. */
export function tracePhases(events, windows) {
	const main = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
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

/** `reps` clicks that open or switch the note panel, traced and profiled. */
export async function profileClicks(browser, url, { cpu, reps, build, origin, reopen = false }) {
	return withPage(browser, url, { cpu, target: APP }, async (page, cdp) => {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await browser.startTracing(page, { categories: CATEGORIES });
		await cdp.send('Profiler.start');
		const { painted } = await clicks(page, APP, reps, { reopen });
		const { profile } = await cdp.send('Profiler.stop');
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		const events = Array.isArray(trace) ? trace : trace.traceEvents;
		const windows = clickWindows(events);
		if (!windows.length) throw new Error('no bench:click measure in the trace');
		return {
			url,
			cpu,
			reps: windows.length,
			painted,
			windowMs: windows.reduce((n, [a, b]) => n + (b - a) / 1000, 0),
			phases: tracePhases(events, windows),
			...profileFunctions(profile, build, origin, windows)
		};
	});
}
