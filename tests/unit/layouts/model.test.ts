/** The model's step-level additions: packets, relabel, facts, route hints — validation and scene. */
import { describe, expect, it } from 'vitest';
import { validateDiagram, type DiagramError } from '../../../src/lib/content/validate';
import { sceneOf, wholePage } from '../scenes';
import { nodeAtStep, relabelsAtStep } from '../../../src/lib/content/query';
import type { DiagramDef, StepDef, ViewDef } from '../../../src/lib/content/types';
import { boxesFixture } from '../fixtures/boxes';
import { L } from './helpers';
import { render } from 'svelte/server';
import Diagram from '../../../src/lib/render/Diagram.svelte';
import { buildScene } from '../../../src/lib/layout/scene';
import { MotionSettings } from '../../../src/lib/motion.svelte';

/** The fixture with one step or view field replaced. */
function withStep(step: Partial<StepDef>, view: Partial<ViewDef> = {}): DiagramDef {
	const v = boxesFixture.views[0];
	return {
		...boxesFixture,
		views: [{ ...v, ...view, steps: [{ narration: L('n'), ...step }] }]
	};
}
const problems = (def: DiagramDef) => {
	try {
		validateDiagram(def);
		return [];
	} catch (e) {
		return (e as DiagramError).problems;
	}
};

describe('validation of the new fields', () => {
	it.each([
		{
			name: 'a packet over an unknown edge',
			def: withStep({ packets: [{ path: ['a-veth', 'nope'] }] }),
			error: 'view "bridge" step 1 packet 1: unknown edge "nope"'
		},
		{
			name: 'a packet whose hop does not start where the last ended',
			def: withStep({ packets: [{ path: ['a-veth', 'nat-up'] }] }),
			error:
				'view "bridge" step 1 packet 1: edge "nat-up" does not touch "veth-a", where the previous hop ended'
		},
		{
			name: 'a packet starting off the view',
			def: withStep({ packets: [{ path: ['a-veth'], from: 'ghost' }] }),
			error: 'view "bridge" step 1 packet 1: starts at node "ghost", which is not in the view'
		},
		{
			name: 'a rewrite at a node off the path',
			def: withStep({
				packets: [{ path: ['a-veth'], rewrite: [{ at: 'nat', label: L('x') }] }]
			}),
			error: 'view "bridge" step 1 packet 1: rewrite at node "nat", which is not on the path'
		},
		{
			name: 'a blocked packet without a reason in Korean',
			def: withStep({
				packets: [{ path: ['a-veth'], blocked: { reason: { en: 'DROP', ko: '' } } }]
			}),
			error: 'view "bridge" step 1 packet 1 blocked reason: no ko text'
		},
		{
			name: 'a blocked packet stopping outside its hop',
			def: withStep({ packets: [{ path: ['a-veth'], blocked: { reason: L('x'), at: 1.5 } }] }),
			error: 'view "bridge" step 1 packet 1: blocked.at must lie within [0, 1]'
		},
		{
			name: 'a packet over an edge not in the view',
			def: withStep({ packets: [{ path: ['a-veth'] }] }, { edges: ['b-veth'] }),
			error: 'view "bridge" step 1 packet 1: edge "a-veth" is not in the view'
		},
		{
			name: 'a relabel of a node not in the view',
			def: withStep({ relabel: { ghost: { label: L('x') } } }),
			error: 'view "bridge" step 1: relabel of node "ghost", which is not in the view'
		},
		{
			name: 'a relabel without English',
			def: withStep({ relabel: { br: { label: { en: '', ko: 'x' } } } }),
			error: 'view "bridge" step 1 relabel "br" label: no en text'
		},
		{
			name: 'a relabel fact without a value',
			def: withStep({ relabel: { br: { facts: [{ key: 'inet', value: ' ' }] } } }),
			error: 'view "bridge" step 1 relabel "br": fact 1 needs a key and a value'
		},
		{
			name: 'a route hint for an unknown edge',
			def: withStep({}, { routes: { nope: { style: 'straight' } } }),
			error: 'view "bridge": route hint for unknown edge "nope"'
		},
		{
			name: 'a waypoint through a node off the view',
			def: withStep({}, { routes: { 'a-veth': { via: ['ghost'] } } }),
			error: 'view "bridge": route of "a-veth" passes node "ghost", not in the view'
		},
		{
			name: 'a waypoint outside the content box',
			def: withStep({}, { routes: { 'a-veth': { via: [[0.5, 1.2]] } } }),
			error: 'view "bridge": route of "a-veth" has a waypoint outside [0, 1] × [0, 1]'
		}
	])('rejects $name', ({ def, error }) => {
		expect(problems(def)).toContain(error);
	});

	it('rejects a node fact without a value and an unknown tone', () => {
		const def: DiagramDef = {
			...boxesFixture,
			nodes: boxesFixture.nodes.map((n) =>
				n.id === 'br' ? { ...n, tone: 'plaid' as never, facts: [{ key: 'inet', value: '' }] } : n
			)
		};
		expect(problems(def)).toEqual([
			'node "br": unknown tone "plaid"',
			'node "br": fact 1 needs a key and a value'
		]);
	});

	it('rejects stacks places of unknown stacks, rows and spans, naming the node', () => {
		const def: DiagramDef = {
			id: 'st',
			title: L('t'),
			summary: L('s'),
			rows: [{ id: 'r', label: L('r') }],
			groups: [{ id: 'g', label: L('g') }],
			nodes: [{ id: 'a', label: L('a'), tone: 'app', about: L('a'), sources: [] }],
			edges: [],
			views: [
				{
					id: 'v',
					title: L('v'),
					summary: L('s'),
					layout: {
						kind: 'stacks',
						stacks: ['g'],
						place: { a: { stack: 'g', rows: ['x'], span: [4, 2] }, b: { stack: 'h', rows: ['r'] } }
					},
					steps: [{ narration: L('n') }]
				}
			],
			defaultView: 'v'
		};
		expect(problems(def)).toEqual([
			'view "v": stack place of "a": unknown row "x"',
			'view "v": stack place of "a": span must lie within [0, 12]',
			'view "v": stack place of "b": unknown node',
			'view "v": stack place of "b": unknown stack "h"'
		]);
	});
});

describe('relabel', () => {
	const view = boxesFixture.views[0];
	it('holds from its step on, replayed in step order', () => {
		expect(relabelsAtStep(view, 3).has('b-eth0')).toBe(false);
		expect(relabelsAtStep(view, 4).get('b-eth0')?.facts?.[0].value).toBe('172.18.0.4/16');
	});
	it('changes the node on the diagram and in the panel, and only from that step', () => {
		const fact = (step: number) =>
			sceneOf(boxesFixture, 'bridge', step, 'wide', 'en').nodes.find((n) => n.id === 'b-eth0')!
				.facts;
		expect(fact(3)).toEqual(['inet 172.18.0.3/16']);
		expect(fact(4)).toEqual(['inet 172.18.0.4/16']);
		expect(nodeAtStep(boxesFixture, 'bridge', 4, 'b-eth0')?.facts?.[0].value).toBe('172.18.0.4/16');
		expect(nodeAtStep(boxesFixture, 'bridge', 1, 'b-eth0')?.facts?.[0].value).toBe('172.18.0.3/16');
	});
	it('returns to the definition with {} and drops the detail with null', () => {
		const def = withStep({});
		def.views[0].steps = [
			{ narration: L('1'), relabel: { nat: { label: L('nft'), detail: null } } },
			{ narration: L('2'), relabel: { nat: {} } }
		];
		const nat = (step: number) =>
			sceneOf(def, 'bridge', step, 'wide', 'en').nodes.find((n) => n.id === 'nat')!;
		expect([nat(1).label, nat(1).detail]).toEqual([['nft'], []]);
		expect([nat(2).label, nat(2).detail]).toEqual([['iptables'], ['nat · filter']]);
	});
	it('keeps panel-only facts off the node', () => {
		const a = sceneOf(boxesFixture, 'bridge', 1, 'wide', 'en').nodes.find(
			(n) => n.id === 'a-eth0'
		)!;
		expect(a.facts).toEqual(['inet 172.18.0.2/16']);
	});
});

describe('packets in the scene', () => {
	const scene = sceneOf(boxesFixture, 'bridge', 3, 'wide', 'en');
	const [out, blocked] = scene.packets;
	it('walks the path hop by hop, each hop starting where the last ended', () => {
		expect(out.path).toEqual(['a-veth', 'veth-br', 'br-nat', 'nat-up']);
		// Hop i ends on the border of the node where hop i + 1 starts.
		const on = (p: [number, number], id: string) => {
			const r = scene.nodes.find((n) => n.id === id)!.rects[0];
			return p[0] >= r.x - 1 && p[0] <= r.x + r.w + 1 && p[1] >= r.y - 1 && p[1] <= r.y + r.h + 1;
		};
		['veth-a', 'br', 'nat'].forEach((id, i) => {
			expect(on(out.hops[i].at(-1)!, id)).toBe(true);
			expect(on(out.hops[i + 1][0], id)).toBe(true);
		});
	});
	it('travels an edge against its direction when the path says so', () => {
		const s2 = sceneOf(boxesFixture, 'bridge', 2, 'wide', 'en');
		const route = s2.edges.find((e) => e.id === 'vethb-br')!.points;
		expect(s2.packets[0].hops[2]).toEqual(route.toReversed());
	});
	it('rewrites the label after the node where it happens', () => {
		expect(out.labels).toEqual([
			'TCP 172.18.0.2 → 1.1.1.1:443',
			'TCP 172.18.0.2 → 1.1.1.1:443',
			'TCP 172.18.0.2 → 1.1.1.1:443',
			'TCP 192.168.1.10 → 1.1.1.1:443'
		]);
		expect(out.final).toBe('TCP 192.168.1.10 → 1.1.1.1:443');
		expect(out.widths.every((w) => w > 100)).toBe(true);
	});
	it('stops a blocked packet at the end of its last hop, with the reason', () => {
		expect(blocked.blocked).toMatchObject({ at: 1, reason: 'DROP (FORWARD policy)' });
		expect(blocked.blocked!.point).toEqual(blocked.hops.at(-1)!.at(-1));
	});
	it('shows the end state when rendered (server, restore): the final label and the ✕', () => {
		const { body } = render(Diagram, {
			props: {
				def: wholePage(boxesFixture),
				view: 'bridge',
				step: 3,
				lang: 'en',
				scene: buildScene(wholePage(boxesFixture), 'bridge', 3, 'wide'),
				selected: null,
				settings: new MotionSettings(),
				title: 't',
				onselect: () => {}
			}
		});
		expect(body).toContain('data-path="a-veth veth-br br-nat nat-up"');
		expect(body).toContain('TCP 192.168.1.10 → 1.1.1.1:443');
		expect(body).not.toContain('>TCP 172.18.0.2 → 1.1.1.1:443<');
		expect(body).toMatch(/data-blocked[^>]*>[^]*class="cross"[^]*DROP \(FORWARD policy\)/);
	});
});
