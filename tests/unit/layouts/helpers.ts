/** Small made-up definitions for layout tests: nodes are built from ids, text is filler. */
import type { DiagramDef, LayoutSpec, NodeDef, StepDef } from '../../../src/lib/content/types';

export const L = (s: string) => ({ en: s, ko: s });

export function node(id: string, rest: Partial<NodeDef> = {}): NodeDef {
	return { id, label: L(id), tone: 'app', about: L(`about ${id}`), sources: [], ...rest };
}

/** A one-view diagram around a layout spec. */
export function diagram(
	layout: LayoutSpec,
	nodes: NodeDef[],
	extra: Partial<DiagramDef> = {},
	steps: StepDef[] = [{ narration: L('one') }]
): DiagramDef {
	return {
		id: 'synthetic',
		title: L('t'),
		summary: L('s'),
		groups: [],
		nodes,
		edges: [],
		views: [{ id: 'v', title: L('v'), summary: L('s'), layout, steps }],
		defaultView: 'v',
		...extra
	};
}

export const inside = (
	a: { x: number; y: number; w: number; h: number },
	b: { x: number; y: number; w: number; h: number }
) =>
	a.x >= b.x - 1e-6 &&
	a.y >= b.y - 1e-6 &&
	a.x + a.w <= b.x + b.w + 1e-6 &&
	a.y + a.h <= b.y + b.h + 1e-6;

export const overlap = (
	a: { x: number; y: number; w: number; h: number },
	b: { x: number; y: number; w: number; h: number }
) =>
	Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) &&
	Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
