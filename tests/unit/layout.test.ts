import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { ROUTE_POINTS } from '../../src/lib/layout/edges';
import { shownAtStep } from '../../src/lib/layout/scene';
import { sceneOf } from './scenes';
import { counterparts } from '../../src/lib/layout/counterparts';
import type { Rect } from '../../src/lib/layout/geometry';
import { nodeAtStep } from '../../src/lib/content/query';

const virt = diagrams.find((d) => d.id === 'virtualization')!;
const runtime = diagrams.find((d) => d.id === 'runtime')!;
const scene = (def = virt, view = 'compare', step = 1, format: 'wide' | 'narrow' = 'wide') =>
	sceneOf(def, view, step, format, 'en');
const node = (s: ReturnType<typeof scene>, id: string) => s.nodes.find((n) => n.id === id)!;
const inside = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.w <= outer.x + outer.w &&
	inner.y + inner.h <= outer.y + outer.h;

describe('stacks layout (compare)', () => {
	const s = scene();
	it.each([
		['hardware', ['hosted-hardware', 'bare-hardware', 'ctr-hardware']],
		['host OS row', ['hosted-host-os', 'bare-no-host-os', 'ctr-kernel']],
		['virtualization row', ['hosted-hypervisor', 'bare-hypervisor', 'ctr-engine']],
		['guest kernel row', ['hosted-guest-os', 'bare-guest-os', 'ctr-no-guest-kernel']]
	])('aligns the %s across the three stacks', (_, ids) => {
		const ys = ids.map((id) => node(s, id).rects[0].y);
		expect(new Set(ys).size).toBe(1);
		const xs = ids.map((id) => node(s, id).rects[0].x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('draws hardware at the bottom and apps at the top', () => {
		expect(node(s, 'ctr-hardware').rects[0].y).toBeGreaterThan(node(s, 'ctr-kernel').rects[0].y);
		expect(node(s, 'ctr-apps').rects[0].y).toBeLessThan(node(s, 'ctr-userland').rects[0].y);
	});

	it('shows a ghost where a stack lacks a layer', () => {
		expect(node(s, 'bare-no-host-os').shape).toBe('ghost');
		expect(node(s, 'ctr-no-guest-kernel').shape).toBe('ghost');
	});

	it('puts each copy of a guest OS inside its own VM frame', () => {
		const vms = node(s, 'hosted-vm').rects;
		const guests = node(s, 'hosted-guest-os').rects;
		expect(guests).toHaveLength(2);
		guests.forEach((g, i) => expect(inside(g, vms[i])).toBe(true));
	});

	it('keeps host apps beside the type-2 hypervisor, not above it', () => {
		const hv = node(s, 'hosted-hypervisor').rects[0];
		const apps = node(s, 'hosted-host-apps').rects[0];
		expect(apps.x).toBeGreaterThanOrEqual(hv.x + hv.w);
	});

	it('pairs counterparts by role across stacks', () => {
		expect(counterparts(virt, 'compare', 'ctr-kernel').sort()).toEqual([
			'bare-no-host-os',
			'hosted-host-os'
		]);
		expect(counterparts(virt, 'hosted', 'hosted-host-os')).toEqual([]);
	});

	it('fits the narrow format in 400 units and piles copies instead of squeezing them', () => {
		const n = scene(virt, 'compare', 1, 'narrow');
		// The boxes fit 400 units; the viewBox grows a few units for the side routes beside them.
		const right = Math.max(
			...n.nodes.filter((x) => x.shown).map((x) => x.rects[0].x + x.rects[0].w)
		);
		const left = Math.min(...n.nodes.filter((x) => x.shown).map((x) => x.rects[0].x));
		expect(right - left).toBeLessThanOrEqual(400);
		expect(n.viewBox.w).toBeLessThanOrEqual(410);
		const [a, b] = node(n, 'ctr-apps').rects;
		expect(b.x).toBeLessThan(a.x + a.w);
	});
});

describe('compact format (small landscape frames)', () => {
	it.each([
		['virtualization', 'compare'],
		['runtime', 'docker-run'],
		['runtime', 'process-tree']
	])(
		'%s/%s fits 480 units, drops detail lines from one-row boxes and keeps labels whole',
		(d, v) => {
			const def = diagrams.find((x) => x.id === d)!;
			const s = sceneOf(def, v, 1, 'compact', 'ko');
			expect(s.viewBox.w).toBeLessThanOrEqual(480 + 16);
			expect(s.viewBox.h).toBeLessThan(s.viewBox.w);
			for (const n of s.nodes.filter((n) => n.shown)) {
				if (n.shape !== 'frame' && n.rects[0].h < 40) expect(n.detail).toEqual([]);
				expect(n.label.join('')).not.toContain('…');
			}
		}
	);
});

describe('view changes and steps', () => {
	it('collapses the guest OS copies into the shared kernel when only containers are shown', () => {
		const s = scene(virt, 'container');
		const kernel = node(s, 'ctr-kernel').rects[0];
		const guest = node(s, 'hosted-guest-os');
		expect(guest.shown).toBe(false);
		guest.rects.forEach((r) => expect(r).toEqual(kernel));
	});

	it('builds a single stack from the bottom, one step at a time', () => {
		const view = virt.views.find((v) => v.id === 'hosted')!;
		const counts = view.steps.map((_, i) => shownAtStep(virt, view, i + 1).size);
		expect(counts[0]).toBeGreaterThan(0);
		counts.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(counts[i]));
		expect(shownAtStep(virt, view, 1).has('hosted-hardware')).toBe(true);
	});

	it('dims what a step is not about', () => {
		const s = scene(virt, 'compare', 1);
		expect(node(s, 'ctr-hardware').emphasis).toBe('active');
		expect(node(s, 'ctr-apps').emphasis).toBe('dim');
	});

	it('shows runc only while it runs during docker run (afterwards, at most as exited)', () => {
		const view = runtime.views.find((v) => v.id === 'docker-run')!;
		const runcShown = view.steps.map((_, i) => shownAtStep(runtime, view, i + 1).has('runc'));
		const runcExited = view.steps.map(
			(_, i) => nodeAtStep(runtime, 'docker-run', i + 1, 'runc')?.detail?.en === 'exited'
		);
		expect(runcShown[0]).toBe(false);
		expect(runcShown.at(-1) === false || runcExited.at(-1)).toBe(true);
		expect(runcShown.some((shown, i) => shown && !runcExited[i])).toBe(true);
	});

	it('lays the process tree out one process per line, children indented', () => {
		const s = scene(runtime, 'process-tree');
		const sys = node(s, 'systemd').rects[0];
		const shim = node(s, 'containerd-shim').rects[0];
		const nginx = node(s, 'nginx').rects[0];
		expect(shim.x).toBeGreaterThan(sys.x);
		expect(nginx.x).toBeGreaterThan(shim.x);
		expect(nginx.y).toBeGreaterThan(shim.y);
	});

	it('routes every edge with the same number of points so routes can tween into each other', () => {
		for (const def of diagrams)
			for (const v of def.views)
				for (const e of sceneOf(def, v.id, 1, 'wide', 'ko').edges)
					expect(e.points).toHaveLength(ROUTE_POINTS);
	});

	it('clamps an out-of-range step to the nearest valid one', () => {
		const last = virt.views.find((v) => v.id === 'hosted')!.steps.length;
		expect(scene(virt, 'hosted', 99)).toEqual(scene(virt, 'hosted', last));
		expect(scene(virt, 'hosted', -3)).toEqual(scene(virt, 'hosted', 0));
		expect(scene(virt, 'hosted', -3)).not.toEqual(scene(virt, 'hosted', 1));
	});

	it('draws the overview (step 0) as the last step shows it, with nothing dimmed or travelling', () => {
		for (const def of diagrams) {
			for (const view of def.views) {
				const last = scene(def, view.id, view.steps.length);
				const overview = scene(def, view.id, 0);
				const ids = (s: typeof last) => s.nodes.filter((n) => n.shown).map((n) => n.id);
				expect(ids(overview)).toEqual(ids(last));
				expect(overview.nodes.every((n) => n.emphasis === 'normal')).toBe(true);
				expect(overview.edges.every((e) => e.emphasis === 'normal')).toBe(true);
				expect(overview.tokens).toEqual([]);
			}
		}
	});
});
