/**
 * Each step is composed (layout/scene/compose.ts): gaps a step's hidden nodes leave are closed,
 * and the camera frames what the step shows at the frame's aspect. The oracles are the geometry
 * itself (overview rects, the frame) read from scenes, never compose.ts's own numbers.
 */
import { describe, expect, test } from 'vitest';
import { closeGaps, stepCamera, MAX_ZOOM } from '../../src/lib/layout/scene/compose';
import { diagrams } from '../../src/lib/content/diagrams';
import { FORMATS } from '../../src/lib/layout/place';
import { sceneOf } from './scenes';

const runtime = diagrams.find((d) => d.id === 'runtime')!;

describe('closeGaps', () => {
	test('a gap wider than the widest kept closes to it; what lies past moves back by the rest', () => {
		const f = closeGaps(
			[
				[0, 10],
				[100, 110]
			],
			// The view's widest gap, as placed: 20.
			[
				[0, 10],
				[30, 110]
			]
		);
		expect([f(0), f(10), f(30), f(100), f(110), f(200)]).toEqual([0, 10, 30, 30, 40, 130]);
	});
	test('gaps no wider than the widest, and overlapping marks, stay as they are', () => {
		const f = closeGaps(
			[
				[0, 50],
				[40, 60],
				[70, 90]
			],
			[
				[0, 10],
				[20, 30]
			]
		);
		for (const v of [0, 45, 65, 90, 500]) expect(f(v)).toBe(v);
	});
});

describe('stepCamera', () => {
	const frame = { x: 0, y: 0, w: 1200, h: 300 };
	test('the frame’s aspect, holding the content, centred on it', () => {
		const content = { x: 100, y: 50, w: 300, h: 200 };
		const c = stepCamera(content, frame);
		expect(c.w / c.h).toBeCloseTo(frame.w / frame.h, 9);
		expect(c.x).toBeLessThanOrEqual(content.x);
		expect(c.y).toBeLessThanOrEqual(content.y);
		expect(c.x + c.w).toBeGreaterThanOrEqual(content.x + content.w);
		expect(c.y + c.h).toBeGreaterThanOrEqual(content.y + content.h);
		expect(c.x + c.w / 2).toBeCloseTo(250, 9);
		expect(c.y + c.h / 2).toBeCloseTo(150, 9);
	});
	test('zooms in no more than MAX_ZOOM on a small content', () => {
		const c = stepCamera({ x: 10, y: 10, w: 20, h: 10 }, frame);
		expect(c.w).toBeCloseTo(frame.w / MAX_ZOOM, 9);
	});
});

describe('scenes', () => {
	test('every step keeps its view’s frame, at whose aspect it frames every node it shows', () => {
		const problems: string[] = [];
		const out = (r: { x: number; y: number; w: number; h: number }, b: typeof r) =>
			r.x < b.x - 0.01 ||
			r.y < b.y - 0.01 ||
			r.x + r.w > b.x + b.w + 0.01 ||
			r.y + r.h > b.y + b.h + 0.01;
		for (const def of diagrams)
			for (const view of def.views)
				for (const format of FORMATS) {
					const frame = sceneOf(def, view.id, 0, format).frame;
					for (let step = 0; step <= view.steps.length; step++) {
						const s = sceneOf(def, view.id, step, format);
						const at = `${def.id}/${view.id} ${format} step ${step}`;
						if (JSON.stringify(s.frame) !== JSON.stringify(frame)) problems.push(`${at}: frame`);
						if (Math.abs(s.viewBox.w / s.viewBox.h - frame.w / frame.h) > 1e-9)
							problems.push(`${at}: aspect`);
						for (const n of s.nodes.filter((n) => n.shown))
							if (n.rects.some((r) => out(r, s.viewBox))) problems.push(`${at}: ${n.id} outside`);
					}
				}
		expect(problems).toEqual([]);
	}, 30_000);

	test('docker-run: the kernel moves up under containerd while the rows between are hidden, and back once shown', () => {
		const rect = (step: number, id: string) =>
			sceneOf(runtime, 'docker-run', step, 'wide').nodes.find((n) => n.id === id)!.rects[0];
		// The pipeline's own gap between rows, as placed: the overview shows every node.
		const gap = rect(0, 'containerd').y - (rect(0, 'dockerd').y + rect(0, 'dockerd').h);
		const shown = (step: number, id: string) =>
			sceneOf(runtime, 'docker-run', step, 'wide').nodes.find((n) => n.id === id)!.shown;
		expect(shown(4, 'containerd-shim')).toBe(false);
		const k4 = rect(4, 'kernel');
		const c4 = rect(4, 'containerd');
		expect(k4.y - (c4.y + c4.h)).toBeCloseTo(gap, 6);
		expect(k4.h).toBe(rect(0, 'kernel').h);
		const last = runtime.views.find((v) => v.id === 'docker-run')!.steps.length;
		expect(rect(last, 'kernel')).toEqual(rect(0, 'kernel'));
	});
});
