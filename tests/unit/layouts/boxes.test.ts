import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { layoutBoxes, BOX_SIZES } from '../../../src/lib/layout/boxes';
import { validateDiagram, DiagramError } from '../../../src/lib/content/validate';
import { factLines } from '../../../src/lib/layout/scene';
import { sceneOf, wholePage } from '../scenes';
import { ROUTE_POINTS } from '../../../src/lib/layout/edges';
import Diagram from '../../../src/lib/render/Diagram.svelte';
import { buildScene } from '../../../src/lib/layout/scene';
import { MotionSettings } from '../../../src/lib/motion.svelte';
import type { BoxesLayoutSpec, Lang } from '../../../src/lib/content/types';
import { TYPE, type Format } from '../../../src/lib/layout/geometry';
import { diagram, inside, node, overlap } from './helpers';
import { boxesFixture } from '../fixtures/boxes';

const frame = (id: string) => node(id, { shape: 'frame', tone: 'netns' });
const run = (spec: BoxesLayoutSpec, format: Format = 'wide', nodes = Object.keys(spec.place)) => {
	const def = diagram(
		spec,
		nodes.map((id) => (Object.values(spec.place).some((p) => p.in === id) ? frame(id) : node(id)))
	);
	return layoutBoxes(def, def.views[0], spec, format, format === 'wide' ? 1200 : 400);
};

describe('boxes layout', () => {
	const nested: BoxesLayoutSpec = {
		kind: 'boxes',
		place: {
			host: { col: 0, row: 0 },
			ns: { in: 'host', col: 0, row: 0 },
			eth0: { in: 'ns', col: 0, row: 0 },
			veth: { in: 'ns', dock: 'right' },
			br: { in: 'host', col: 1, row: 0 }
		}
	};

	it.each(['wide', 'narrow', 'compact'] as const)(
		'nests children inside containers (%s)',
		(format) => {
			const { nodes, labelAt, width, height } = run(nested, format);
			const s = BOX_SIZES[format];
			expect(inside(nodes.ns[0], nodes.host[0])).toBe(true);
			expect(inside(nodes.eth0[0], nodes.ns[0])).toBe(true);
			expect(inside(nodes.br[0], nodes.host[0])).toBe(true);
			expect(overlap(nodes.ns[0], nodes.br[0])).toBe(false);
			// Children start below the container's label band.
			expect(nodes.ns[0].y).toBeGreaterThanOrEqual(nodes.host[0].y + s.band - 1e-6);
			expect(labelAt).toEqual({ host: 'top', ns: 'top' });
			expect(inside(nodes.host[0], { x: 0, y: 0, w: width, h: height })).toBe(true);
		}
	);

	it('docks a node on its container border, half in and half out', () => {
		const { nodes } = run(nested);
		const ns = nodes.ns[0];
		const veth = nodes.veth[0];
		expect(veth.x + veth.w / 2).toBeCloseTo(ns.x + ns.w);
		expect(veth.y).toBeGreaterThan(ns.y);
		expect(veth.y + veth.h).toBeLessThanOrEqual(ns.y + ns.h);
		// The container keeps its inner cells clear of the dock.
		expect(overlap(veth, nodes.eth0[0])).toBe(false);
		expect(overlap(veth, nodes.br[0])).toBe(false);
	});

	it.each([
		{ side: 'top' as const, at: 0.25 },
		{ side: 'bottom' as const, at: 0.5 },
		{ side: 'left' as const, at: 0.5 }
	])('docks on the $side side at $at', ({ side, at }) => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: {
				ns: { col: 0, row: 0 },
				a: { in: 'ns', col: 0, row: 0 },
				d: { in: 'ns', dock: side, at }
			}
		};
		const { nodes } = run(spec);
		const [ns, d] = [nodes.ns[0], nodes.d[0]];
		const cx = d.x + d.w / 2;
		const cy = d.y + d.h / 2;
		if (side === 'left') expect(cx).toBeCloseTo(ns.x);
		else {
			expect(cy).toBeCloseTo(side === 'top' ? ns.y : ns.y + ns.h);
			expect(cx).toBeCloseTo(ns.x + ns.w * at);
		}
		expect(overlap(d, nodes.a[0])).toBe(false);
	});

	it('shares width by relative column widths and sums heights', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			grid: { cols: 2, widths: [2, 1] },
			place: { a: { col: 0, row: 0 }, b: { col: 1, row: 0 }, c: { col: 0, row: 1, cols: 2 } }
		};
		const { nodes, height } = run(spec);
		const s = BOX_SIZES.wide;
		// Column widths 2:1 of (1200 − pads − one gap); leaves are capped at maxLeaf.
		const free = 1200 - 2 * s.pad - s.gap;
		expect(nodes.a[0].w).toBe(Math.min((free * 2) / 3, s.maxLeaf));
		expect(nodes.b[0].x + nodes.b[0].w / 2).toBeCloseTo(s.pad + (free * 2) / 3 + s.gap + free / 6);
		expect(nodes.c[0].y).toBeGreaterThan(nodes.a[0].y + nodes.a[0].h);
		expect(height).toBe(2 * s.pad + 2 * s.leaf + s.gap);
	});

	it('lines up containers in a row at the height of the tallest', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: {
				a: { col: 0, row: 0 },
				b: { col: 1, row: 0 },
				a1: { in: 'a', col: 0, row: 0 },
				a2: { in: 'a', col: 0, row: 1 },
				b1: { in: 'b', col: 0, row: 0 }
			}
		};
		const { nodes } = run(spec);
		expect(nodes.a[0].h).toBe(nodes.b[0].h);
		expect(nodes.a[0].y).toBe(nodes.b[0].y);
	});

	it('grows a leaf for each fact it shows', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: { a: { col: 0, row: 0 }, b: { col: 1, row: 0 } }
		};
		const def = diagram(spec, [
			node('a', {
				facts: [
					{ key: 'inet', value: '10.0.0.1/8' },
					{ key: 'MAC', value: 'x', panelOnly: true }
				]
			}),
			node('b')
		]);
		const { nodes } = layoutBoxes(def, def.views[0], spec, 'wide', 1200);
		expect(nodes.a[0].h).toBeGreaterThan(nodes.b[0].h);
		expect(nodes.a[0].h - nodes.b[0].h).toBeCloseTo(12 * 1.25);
	});

	it('uses the phone places on narrow formats only', () => {
		const spec: BoxesLayoutSpec = {
			kind: 'boxes',
			place: { a: { col: 0, row: 0 }, b: { col: 1, row: 0 } },
			narrow: { b: { col: 0, row: 1 } }
		};
		const wide = run(spec, 'wide').nodes;
		const narrow = run(spec, 'narrow').nodes;
		expect(wide.b[0].y).toBe(wide.a[0].y);
		expect(narrow.b[0].y).toBeGreaterThan(narrow.a[0].y + narrow.a[0].h);
	});

	it('is deterministic', () => {
		expect(run(nested)).toEqual(run(nested));
	});
});

describe('boxes on small frames', () => {
	const sideBySide: BoxesLayoutSpec = {
		kind: 'boxes',
		place: { a: { col: 0, row: 0 }, b: { col: 1, row: 0 }, wide: { col: 0, row: 1, cols: 2 } },
		narrow: { b: { col: 0, row: 1 }, wide: { col: 0, row: 2, cols: 1 } }
	};

	it('stacks by the narrow places on phones only: landscape compact frames keep the wide ones', () => {
		const phone = run(sideBySide, 'narrow').nodes;
		expect(phone.b[0].y).toBeGreaterThan(phone.a[0].y + phone.a[0].h);
		const compact = layoutBoxes(
			diagram(
				sideBySide,
				['a', 'b', 'wide'].map((id) => node(id))
			),
			diagram(sideBySide, []).views[0],
			sideBySide,
			'compact',
			480
		).nodes;
		expect(compact.b[0].y).toBeCloseTo(compact.a[0].y);
		expect(compact.b[0].x).toBeGreaterThan(compact.a[0].x + compact.a[0].w);
	});

	it('lets a leaf over several columns grow past one leaf’s width', () => {
		const { nodes } = run(sideBySide);
		expect(nodes.wide[0].w).toBeGreaterThan(BOX_SIZES.wide.maxLeaf);
		expect(nodes.wide[0].w).toBeLessThanOrEqual(2 * BOX_SIZES.wide.maxLeaf);
	});
});

describe('fact lines', () => {
	const r = { x: 0, y: 0, w: 150, h: 200 };
	const f = (key: string, value: string) => ({ key, value, label: key });
	const lines = (facts: ReturnType<typeof f>[]) =>
		factLines(facts, r, 'center', 1, 0, TYPE.narrow, 1);

	it('shows "key value" where it fits, else the value alone, never a cut address', () => {
		// 150 units less margins hold 17 monospace characters at the phone's fact size.
		expect(lines([f('ip', '10.0.0.2')])).toEqual(['ip 10.0.0.2']);
		expect(lines([f('inet', '172.18.0.2/16')])).toEqual(['172.18.0.2/16']);
		const long = f('inet6', '2001:db8::1234:5678/64');
		expect(lines([long])).toEqual([]);
		expect(lines([long, f('mtu', '1500')])).toEqual(['mtu 1500']);
	});
});

describe('boxes validation', () => {
	const base = (place: BoxesLayoutSpec['place'], extra: Partial<BoxesLayoutSpec> = {}) =>
		diagram(
			{ kind: 'boxes', place, ...extra },
			['host', 'ns', 'a', 'b'].map((id) => node(id))
		);
	const problems = (def: ReturnType<typeof base>) => {
		try {
			validateDiagram(def);
			return [];
		} catch (e) {
			return (e as DiagramError).problems;
		}
	};
	it.each([
		{
			name: 'containment cycle',
			place: { host: { in: 'ns', col: 0, row: 0 }, ns: { in: 'host', col: 0, row: 0 } },
			error: /boxes contain each other: "host" ⊃ "ns" ⊃ "host"|"ns" ⊃ "host" ⊃ "ns"/
		},
		{
			name: 'unknown container',
			place: { a: { in: 'nope', col: 0, row: 0 } },
			error: /container "nope"/
		},
		{
			name: 'unknown node',
			place: { ghost: { col: 0, row: 0 } },
			error: /box place of "ghost": unknown node/
		},
		{
			name: 'dock without container',
			place: { a: { dock: 'left' as const } },
			error: /"a": docks on a border/
		},
		{
			name: 'dock position',
			place: { ns: { col: 0, row: 0 }, a: { in: 'ns', dock: 'left' as const, at: 2 } },
			error: /"a": at must lie/
		},
		{ name: 'no cell', place: { a: {} }, error: /"a": needs col and row/ },
		{
			name: 'shared cell',
			place: { a: { col: 0, row: 0 }, b: { col: 0, row: 0, cols: 2 } },
			error: /"b" and "a" share cell \(0, 0\)/
		}
	])('rejects $name, naming the id', ({ place, error }) => {
		expect(problems(base(place as unknown as BoxesLayoutSpec['place'])).join('\n')).toMatch(error);
	});

	it('rejects a view node without a box place', () => {
		const def = base({ a: { col: 0, row: 0 } });
		def.views[0].nodes = ['a', 'b'];
		expect(problems(def)).toContain('view "v": node "b" has no box place');
	});

	it('rejects cells outside the grid and widths of the wrong length', () => {
		const def = base({ a: { col: 2, row: 0 } }, { grid: { cols: 2, widths: [1] } });
		expect(problems(def)).toEqual([
			'view "v": grid.widths needs 2 entries',
			'view "v": "a" lies outside the 2 columns of the top level'
		]);
	});

	it('accepts the fixture', () => {
		expect(() => validateDiagram(boxesFixture)).not.toThrow();
	});
});

describe('boxes fixture scenes', () => {
	it('routes hinted edges through their sides, with ROUTE_POINTS points', () => {
		const s = sceneOf(boxesFixture, 'bridge', 1, 'wide', 'en');
		const e = s.edges.find((x) => x.id === 'veth-br')!;
		const veth = s.nodes.find((n) => n.id === 'veth-a')!.rects[0];
		const br = s.nodes.find((n) => n.id === 'br')!.rects[0];
		expect(e.points).toHaveLength(ROUTE_POINTS);
		expect(e.points[0]).toEqual([veth.x + veth.w / 2, veth.y + veth.h]);
		expect(e.points.at(-1)).toEqual([br.x + br.w / 2, br.y]);
	});

	const cases = boxesFixture.views[0].steps.flatMap((_, i) =>
		(
			[
				['en', 'wide'],
				['ko', 'narrow']
			] as const
		).map(([lang, format]) => ({ step: i + 1, lang: lang as Lang, format }))
	);
	it.each(cases)(
		'step $step $lang $format matches its SVG snapshot',
		async ({ step, lang, format }) => {
			const { body } = render(Diagram, {
				props: {
					def: wholePage(boxesFixture, lang),
					view: 'bridge',
					step,
					lang,
					scene: buildScene(wholePage(boxesFixture, lang), 'bridge', step, format),
					selected: null,
					settings: new MotionSettings(),
					title: 'fixture',
					onselect: () => {}
				}
			});
			const svg = body
				.replace(/<!--[^]*?-->/g, '')
				.replace(/="[^"]*"/g, (a) =>
					a.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
				)
				.replace(/></g, '>\n<');
			await expect(svg + '\n').toMatchFileSnapshot(
				`./__snapshots__/boxes-${step}-${lang}-${format}.svg`
			);
		}
	);
});
