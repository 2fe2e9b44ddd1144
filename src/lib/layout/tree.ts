/**
 * Tree layout drawn like `ps -ef --forest`: one process per line, children indented under their
 * parent, lines in depth-first order (children in the order of the `parent` entries). A plain
 * depth-first walk: d3-hierarchy's stratify would cost 2.2 KB gzipped on every page, and the
 * validator already rejects cycles and missing parents with the ids named.
 */
import type { TreeLayoutSpec } from '../content/types';
import type { Format } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';

const SIZES = {
	wide: { pad: 16, row: 86, box: 60, indent: 140, maxBox: 340 },
	narrow: { pad: 8, row: 72, box: 54, indent: 34, maxBox: 300 },
	compact: { pad: 4, row: 37, box: 31, indent: 40, maxBox: 260 }
} as const;

export function layoutTree(spec: TreeLayoutSpec, format: Format, width: number): BaseLayout {
	const s = SIZES[format];
	const order = treeOrder(spec);
	const depth = Math.max(0, ...order.map((d) => d.depth));
	const w = Math.min(s.maxBox, width - 2 * s.pad - depth * s.indent);
	const treeW = w + depth * s.indent;
	const left = (width - treeW) / 2;
	const nodes: BaseLayout['nodes'] = {};
	let line = 0;
	order.forEach((d) => {
		nodes[d.id] = [
			{ x: left + d.depth * s.indent, y: s.pad + line * s.row + (s.row - s.box) / 2, w, h: s.box }
		];
		line++;
	});
	const height = 2 * s.pad + line * s.row;
	return {
		width,
		height,
		nodes,
		groups: [],
		rows: [],
		content: { x: left - s.pad, y: 0, w: treeW + 2 * s.pad, h: height }
	};
}

/**
 * The tree's nodes in depth-first pre-order with their depth. Never loops: a node is visited once,
 * and nodes not reachable from the root (a cycle, an unknown parent) are left out.
 */
export function treeOrder(spec: TreeLayoutSpec): { id: string; depth: number }[] {
	const children = new Map<string | null, string[]>();
	for (const [id, parent] of Object.entries(spec.parent))
		children.set(parent, [...(children.get(parent) ?? []), id]);
	const out: { id: string; depth: number }[] = [];
	const seen = new Set<string>();
	const visit = (id: string, depth: number) => {
		if (seen.has(id)) return;
		seen.add(id);
		out.push({ id, depth });
		for (const c of children.get(id) ?? []) visit(c, depth + 1);
	};
	for (const root of children.get(null) ?? []) visit(root, 0);
	return out;
}

export const treeKind: LayoutKind<TreeLayoutSpec> = {
	layout: (_def, _view, spec, format, width) => layoutTree(spec, format, width),
	route: 'elbow',
	validate(spec, { inView, nodes, fail, where }) {
		const roots = Object.entries(spec.parent).filter(([, p]) => p === null);
		if (roots.length !== 1)
			fail(
				`${where}: a tree needs exactly one root, found ${roots.length ? roots.map(([id]) => `"${id}"`).join(', ') : 'none'}`
			);
		for (const [id, p] of Object.entries(spec.parent)) {
			if (!nodes.has(id)) fail(`${where}: tree node "${id}" is unknown`);
			if (p !== null && !(p in spec.parent))
				fail(`${where}: parent "${p}" of "${id}" is not in the tree`);
		}
		for (const id of inView)
			if (!(id in spec.parent)) fail(`${where}: node "${id}" has no parent entry in the tree`);
		// Walk up from every node: meeting a node twice is a cycle (d3 would only say "cycle").
		const reported = new Set<string>();
		for (const start of Object.keys(spec.parent)) {
			const seen: string[] = [];
			let at: string | null | undefined = start;
			while (at != null && at in spec.parent && !seen.includes(at)) {
				seen.push(at);
				at = spec.parent[at];
			}
			if (at != null && seen.includes(at) && !reported.has(at)) {
				const loop = seen.slice(seen.indexOf(at));
				loop.forEach((id) => reported.add(id));
				fail(`${where}: tree cycle ${[...loop, at].map((id) => `"${id}"`).join(' → ')}`);
			}
		}
	}
};
