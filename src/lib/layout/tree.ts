/**
 * Tree layout drawn like `ps -ef --forest`: one process per line, children indented under their
 * parent, lines in depth-first order (children in the order of the `parent` entries). The order
 * and depths are d3-hierarchy's (`stratify`, then a pre-order walk): layout kinds run at build
 * time only (layout/place.ts), so d3 costs the browser nothing here.
 */
import type { TreeLayoutSpec } from '../content/types';
import type { Format } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';
import { stratify } from 'd3-hierarchy';

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
 * The tree's nodes in depth-first pre-order with their depth. Never throws nor loops: nodes not
 * reachable from a root (a cycle, an unknown parent), which the validator reports with their ids
 * named, are left out before d3 sees them (its `stratify` would only say "cycle" or "missing").
 * Several roots (also a validation error) hang under one virtual root, which is not listed.
 */
export function treeOrder(spec: TreeLayoutSpec): { id: string; depth: number }[] {
	const reachesRoot = (id: string) => {
		const seen = new Set<string>();
		let at: string | null = id;
		while (at !== null && at in spec.parent && !seen.has(at)) {
			seen.add(at);
			at = spec.parent[at];
		}
		return at === null;
	};
	const rows: { id: string; parent: string | null }[] = Object.entries(spec.parent)
		.filter(([id]) => reachesRoot(id))
		.map(([id, parent]) => ({ id, parent: parent ?? TOP }));
	const root = stratify<{ id: string; parent: string | null }>()
		.id((d) => d.id)
		.parentId((d) => d.parent)([{ id: TOP, parent: null }, ...rows]);
	const out: { id: string; depth: number }[] = [];
	root.eachBefore((n) => {
		if (n !== root) out.push({ id: n.data.id, depth: n.depth - 1 });
	});
	return out;
}

/** The virtual root's id: no node id is empty-prefixed with a NUL. */
const TOP = '\0tree';

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
