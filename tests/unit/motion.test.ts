// The hand-written tween of Motion (src/lib/motion.svelte.ts), driven by a fake frame clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DURATION, Motion, MotionSettings } from '../../src/lib/motion.svelte';
import { cubicInOut } from 'svelte/easing';

let frames: FrameRequestCallback[] = [];
let now = 0;
/** Runs the frame callbacks waiting at time `t`. */
function frameAt(t: number) {
	now = t;
	const run = frames;
	frames = [];
	for (const f of run) f(t);
}

beforeEach(() => {
	frames = [];
	now = 0;
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
	vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
	// Let every tween of the test finish: the frame loop is shared by the module.
	for (let i = 0; frames.length && i < 10; i++) frameAt(now + 10 * DURATION);
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const num = (initial: number) =>
	new Motion(
		initial,
		(v) => [v],
		(n) => n[0]
	);
const animated = () => {
	const s = new MotionSettings();
	s.instant = false;
	return s;
};

describe('Motion', () => {
	it('eases from the current value to the target over DURATION, then stops asking for frames', () => {
		const m = num(0);
		m.to(100, animated());
		expect(m.current).toBe(0);
		frameAt(DURATION / 4);
		expect(m.current).toBeCloseTo(100 * cubicInOut(0.25), 6);
		frameAt(DURATION / 2);
		expect(m.current).toBeCloseTo(50, 6);
		frameAt(DURATION + 1);
		expect(m.current).toBe(100);
		expect(frames).toHaveLength(0);
	});

	it('is instant when the settings say so, without a frame', () => {
		const m = num(0);
		m.to(7, new MotionSettings());
		expect(m.current).toBe(7);
		expect(frames).toHaveLength(0);
	});

	it('a new target mid-flight starts from where the value is, and the last target wins', () => {
		const m = num(0);
		const s = animated();
		m.to(100, s);
		frameAt(DURATION / 2);
		m.to(-100, s);
		frameAt(DURATION / 2 + 1);
		expect(m.current).toBeGreaterThan(40);
		frameAt(DURATION / 2 + DURATION / 2);
		expect(m.current).toBeCloseTo(50 - 150 / 2, 6);
		frameAt(DURATION * 2);
		expect(m.current).toBe(-100);
		expect(frames).toHaveLength(0);
	});

	it('an equal target starts nothing; a list of another length jumps', () => {
		const m = new Motion(
			[1, 2],
			(v) => v,
			(n) => n
		);
		m.to([1, 2], animated());
		expect(frames).toHaveLength(0);
		m.to([5, 6, 7], animated());
		frameAt(1);
		expect(m.current).toEqual([5, 6, 7]);
	});

	it('one frame loop drives every running tween', () => {
		const a = num(0);
		const b = num(0);
		a.to(1, animated());
		b.to(2, animated());
		expect(frames).toHaveLength(1);
		frameAt(DURATION);
		expect([a.current, b.current]).toEqual([1, 2]);
	});
});
