/**
 * render/fitWidth.ts: when lines are measured. While the page hydrates (and a phone switches to
 * the narrow drawing in the next task) nothing is read until a frame has been painted after the
 * last of those updates; then all reads come before any write (one layout, not one per line);
 * afterwards a line of known length is fitted a microtask later, and new text is measured in the
 * next frame.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Log = string[];
/** A <tspan> as fitWidth uses it: attributes, and a natural length that logs each read. */
function line(name: string, length: number, log: Log) {
	const attrs = new Map<string, string>([
		['font-size', '12'],
		['class', 'label']
	]);
	return {
		isConnected: true,
		getAttribute: (k: string) => attrs.get(k) ?? null,
		hasAttribute: (k: string) => attrs.has(k),
		setAttribute: (k: string, v: string) => {
			log.push(`${name} set ${k}`);
			attrs.set(k, v);
		},
		removeAttribute: (k: string) => attrs.delete(k),
		getComputedTextLength: () => {
			log.push(`${name} read`);
			return length;
		},
		attrs
	};
}

let frames: (() => void)[] = [];
const frame = () => {
	const run = frames;
	frames = [];
	run.forEach((f) => f());
};
const microtasks = () => new Promise<void>((r) => queueMicrotask(r));
/** The timer after the frame (and what it starts). */
const timers = async () => {
	vi.runAllTimers();
	await vi.dynamicImportSettled();
	await microtasks();
};

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout'] });
	vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
	vi.resetModules();
	frames = [];
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

async function load() {
	const { fitWidth } = await import('../../src/lib/render/fitWidth');
	return (el: ReturnType<typeof line>, p: [number, string, number]) =>
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		(fitWidth as any)(el, p) as { update: (p: [number, string, number]) => void };
}

describe('fitWidth', () => {
	it('reads nothing until a frame is painted, then every line before writing any', async () => {
		const fit = await load();
		const log: Log = [];
		const a = line('a', 120, log);
		const b = line('b', 80, log);
		const c = line('c', 130, log);
		fit(a, [100, 'alpha', 12]);
		fit(b, [100, 'beta', 12]);
		fit(c, [100, 'gamma', 12]);
		await timers();
		expect(log).toEqual([]);
		frame();
		await timers();
		expect(log).toEqual([
			'a read',
			'b read',
			'c read',
			'a set textLength',
			'a set lengthAdjust',
			'c set textLength',
			'c set lengthAdjust'
		]);
		expect(a.attrs.get('textLength')).toBe('100');
		expect(b.attrs.has('textLength')).toBe(false);
	});

	it('waits for another frame when lines change after the frame it waited for', async () => {
		const fit = await load();
		const log: Log = [];
		const a = fit(line('a', 120, log), [100, 'alpha', 12]);
		frame();
		// The narrow drawing, in a task after that frame and before the timer.
		a.update([90, 'alpha', 12]);
		fit(line('b', 95, log), [90, 'beta', 12]);
		await timers();
		expect(log).toEqual([]);
		frame();
		await timers();
		expect(log.filter((l) => l.endsWith('read'))).toEqual(['a read', 'b read']);
	});

	it('once painted, fits a known line a microtask later and measures new text in the next frame', async () => {
		const fit = await load();
		const log: Log = [];
		const a = fit(line('a', 120, log), [100, 'alpha', 12]);
		frame();
		await timers();
		log.length = 0;
		a.update([130, 'alpha', 12]);
		await microtasks();
		// Same text and size: the cached length, re-fitted (now it fits) without a read.
		expect(log).toEqual([]);
		const b = line('b', 140, log);
		const c = line('c', 90, log);
		fit(b, [100, 'beta', 12]);
		a.update([100, 'alpha', 12]);
		fit(c, [100, 'gamma', 12]);
		await microtasks();
		// The known line is fitted at once; no new text is read in the update's task.
		expect(log).toEqual(['a set textLength', 'a set lengthAdjust']);
		expect(frames).toHaveLength(1);
		log.length = 0;
		frame();
		expect(log).toEqual(['b read', 'c read', 'b set textLength', 'b set lengthAdjust']);
		// Each text once: the same text again is fitted from the cache, without a read.
		log.length = 0;
		fit(line('b2', 140, log), [100, 'beta', 12]);
		await microtasks();
		expect(log).toEqual(['b2 set textLength', 'b2 set lengthAdjust']);
		expect(frames).toEqual([]);
	});
});
