// render/schedule.ts with fake timers and a frame clock the test runs by hand.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { afterPaint, nextFrame, nextTask } from '../../src/lib/render/schedule';

let frames: FrameRequestCallback[] = [];
const runFrame = () => frames.splice(0).forEach((f) => f(0));
beforeEach(() => {
	vi.useFakeTimers();
	frames = [];
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
	vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

it('afterPaint runs once, in a task after the next frame', () => {
	const fn = vi.fn();
	afterPaint(fn);
	vi.advanceTimersByTime(0);
	expect(fn).not.toHaveBeenCalled();
	runFrame();
	expect(fn).not.toHaveBeenCalled();
	vi.advanceTimersByTime(0);
	expect(fn).toHaveBeenCalledTimes(1);
	vi.advanceTimersByTime(1000);
	expect(fn).toHaveBeenCalledTimes(1);
});

it('afterPaint runs at its fallback when no frame comes', () => {
	const fn = vi.fn();
	afterPaint(fn, 200);
	vi.advanceTimersByTime(199);
	expect(fn).not.toHaveBeenCalled();
	vi.advanceTimersByTime(1);
	expect(fn).toHaveBeenCalledTimes(1);
	runFrame();
	vi.advanceTimersByTime(0);
	expect(fn).toHaveBeenCalledTimes(1);
});

it('nextTask resolves after the current task’s microtasks, nextFrame can be cancelled', async () => {
	const order: string[] = [];
	const task = nextTask().then(() => order.push('task'));
	await Promise.resolve().then(() => order.push('microtask'));
	expect(order).toEqual(['microtask']);
	await vi.advanceTimersByTimeAsync(0);
	await task;
	expect(order).toEqual(['microtask', 'task']);
	const fn = vi.fn();
	nextFrame(fn)();
	runFrame();
	expect(fn).not.toHaveBeenCalled();
	nextFrame(fn);
	runFrame();
	expect(fn).toHaveBeenCalledTimes(1);
});
