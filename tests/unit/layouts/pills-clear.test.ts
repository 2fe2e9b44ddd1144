/**
 * A packet's label pill at rest — where it pauses at the end of each hop, and where it stays once
 * arrived (what reduced motion and a restored URL show) — covers no shown node's label: a pill on
 * "veth (cache)" or "dockerd" hides what the step is about. Travelling, it may pass over labels.
 * Every diagram, view, step and format of the index, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../../src/lib/content/diagrams';
import { LANGS } from '../../../src/lib/content/types';
import { sceneOf } from '../scenes';
import { pillHeight } from '../../../src/lib/layout/packets';
import { labelBoxes, overlapArea, placePackets, restPills } from '../../../src/lib/layout/pills';
import type { Format } from '../../../src/lib/layout/geometry';

const FORMATS: Format[] = ['wide', 'narrow', 'compact'];
const cases = diagrams.flatMap((def) =>
	def.views
		.filter((v) => v.steps.some((s) => s.packets?.length))
		.flatMap((v) =>
			FORMATS.flatMap((format) => LANGS.map((lang) => ({ def, view: v, format, lang })))
		)
);

describe('packet pills at rest', () => {
	it('has views with packets to check', () => expect(cases.length).toBeGreaterThan(0));
	it.each(cases.map((c) => [`${c.def.id}/${c.view.id} ${c.format} ${c.lang}`, c] as const))(
		'%s: clear of every shown label',
		(_, c) => {
			for (let step = 1; step <= c.view.steps.length; step++) {
				const scene = sceneOf(c.def, c.view.id, step, c.format, c.lang);
				const h = pillHeight(scene.fontSize.small);
				const labels = scene.nodes
					.filter((n) => n.shown)
					.flatMap((n) => labelBoxes(n, scene.fontSize).map((r) => ({ id: n.id, r })));
				for (const p of placePackets(scene)) {
					const rests = [
						// A blocked packet stops short of its last hop's end: that pill never rests.
						...p.pills
							.map((at, i) => ({ at, w: p.widths[i], what: `hop ${i + 1}` }))
							.slice(0, p.blocked ? -1 : undefined),
						{ at: p.rest, w: p.finalWidth, what: 'arrival' },
						...(p.reasonAt && p.blocked
							? [{ at: p.reasonAt, w: p.blocked.width, what: 'reason' }]
							: [])
					].filter((x) => x.w > 0);
					for (const { at, w, what } of rests) {
						const pill = { x: at[0], y: at[1], w, h };
						for (const l of labels)
							expect(
								overlapArea(pill, l.r),
								`step ${step}, ${p.path.join(' ')} ${what}: pill on ${l.id}'s label`
							).toBeLessThanOrEqual(1);
						const vb = scene.viewBox;
						expect(pill.x >= vb.x && pill.x + w <= vb.x + vb.w + 0.5).toBe(true);
					}
				}
			}
		}
	);
});

describe('restPills', () => {
	const bounds = { x: 0, y: 0, w: 400, h: 300 };
	const packet = (hop: [number, number][], w: number) => ({
		path: ['e'],
		hops: [hop],
		labels: ['x'],
		widths: [w],
		final: 'x',
		finalWidth: w
	});
	it('keeps the preferred place when it is clear', () => {
		// Travelling right: the pill sits left of the dot, above the line.
		const [p] = restPills(
			[
				packet(
					[
						[0, 100],
						[200, 100]
					],
					60
				)
			],
			[],
			12,
			bounds
		);
		expect(p.rest[0] + 60).toBeLessThanOrEqual(200);
		expect(p.rest[1] + pillHeight(12)).toBeLessThanOrEqual(100);
	});
	it('moves off a label in the way', () => {
		const label = { x: 120, y: 60, w: 80, h: 40 };
		const [p] = restPills(
			[
				packet(
					[
						[0, 100],
						[200, 100]
					],
					60
				)
			],
			[label],
			12,
			bounds
		);
		expect(overlapArea({ x: p.rest[0], y: p.rest[1], w: 60, h: pillHeight(12) }, label)).toBe(0);
	});
	it('keeps two arrivals at one spot apart', () => {
		const hop: [number, number][] = [
			[0, 100],
			[200, 100]
		];
		const [a, b] = restPills([packet(hop, 60), packet(hop, 60)], [], 12, bounds);
		const h = pillHeight(12);
		expect(
			overlapArea(
				{ x: a.rest[0], y: a.rest[1], w: 60, h },
				{ x: b.rest[0], y: b.rest[1], w: 60, h }
			)
		).toBe(0);
	});
});
