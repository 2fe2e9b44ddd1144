// The label choreography (src/lib/render/choreo.ts) and the lanes of the motion engine: the oracle
// is the rule of issue 23, stated on the numbers (a label leaving is gone before one arriving shows).
import { describe, expect, it } from 'vitest';
import { alongLane } from '../../src/lib/motion.svelte';
import { IN, OUT, labelLane, nodeChoreography } from '../../src/lib/render/choreo';

const ts = Array.from({ length: 101 }, (_, i) => i / 100);

describe('alongLane', () => {
	it('without a lane eases over the whole run, ends on the target', () => {
		expect(alongLane(undefined, 0, 10, 0)).toBe(0);
		expect(alongLane(undefined, 0, 10, 0.5)).toBeCloseTo(5, 9);
		expect(alongLane(undefined, 0, 10, 1)).toBe(10);
	});
	it('`during` holds the start before its window and the target after it', () => {
		const lane = { during: [0.6, 0.8] as [number, number] };
		expect(alongLane(lane, 0, 1, 0.59)).toBe(0);
		expect(alongLane(lane, 0, 1, 0.7)).toBeCloseTo(0.5, 9);
		expect(alongLane(lane, 0, 1, 0.81)).toBe(1);
	});
	it('`via` reaches its value by the hold, stays there, and ends on the target', () => {
		const lane = { via: 0, hold: [0.3, 0.7] as [number, number] };
		expect(alongLane(lane, 1, 1, 0.15)).toBeCloseTo(0.5, 9);
		for (const t of [0.3, 0.5, 0.69]) expect(alongLane(lane, 1, 1, t)).toBe(0);
		expect(alongLane(lane, 1, 1, 1)).toBe(1);
	});
});

describe('labels of a change', () => {
	const leaving = labelLane(1, 0, 0);
	const arriving = labelLane(0, 1, 0);
	it('a leaving and an arriving label are never both above 30 % at once', () => {
		for (const t of ts)
			expect(
				Math.min(alongLane(leaving, 1, 0, t), alongLane(arriving, 0, 1, t)),
				`t=${t}`
			).toBeLessThanOrEqual(0.3);
	});
	it('the leaving one is gone by OUT, the arriving one starts at IN', () => {
		expect(alongLane(leaving, 1, 0, OUT)).toBe(0);
		expect(alongLane(arriving, 0, 1, IN)).toBe(0);
		expect(alongLane(arriving, 0, 1, 1)).toBe(1);
	});
	it('a label whose box moves is out of sight between OUT and IN and back at the end', () => {
		const lane = labelLane(1, 1, 50);
		for (const t of ts.filter((t) => t >= OUT && t <= IN)) expect(alongLane(lane, 1, 1, t)).toBe(0);
		expect(alongLane(lane, 1, 1, 1)).toBe(1);
		// A box that barely moves keeps its words in sight.
		expect(labelLane(1, 1, 0.5)).toBeUndefined();
	});
	it('a node redrawn with other words hides them at once', () => {
		// [opacity, label, relabel count, type size, ...one rect]
		const lanes = nodeChoreography([1, 1, 0, 15, 0, 0, 100, 40], [1, 1, 1, 15, 0, 0, 100, 40]);
		expect(alongLane(lanes[1], 1, 1, 0)).toBe(0);
		expect(alongLane(lanes[1], 1, 1, 1)).toBe(1);
		// Another type size (a change of format) too.
		const sized = nodeChoreography([1, 1, 0, 15, 0, 0, 100, 40], [1, 1, 0, 12, 0, 0, 100, 40]);
		expect(alongLane(sized[1], 1, 1, 0)).toBe(0);
	});
});
