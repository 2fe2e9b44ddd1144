/**
 * Tree layout drawn like `ps -ef --forest`: one process per line, children indented under their
 * parent, lines in depth-first order. d3-hierarchy orders the nodes; the geometry is a simple indent.
 */
import { stratify } from 'd3';
import type { TreeLayoutSpec } from '../content/types';
import type { Format } from './geometry';
import type { BaseLayout } from './base';

const SIZES = {
	wide: { pad: 16, row: 86, box: 60, indent: 140, maxBox: 340 },
	narrow: { pad: 8, row: 72, box: 54, indent: 34, maxBox: 300 },
	compact: { pad: 4, row: 37, box: 31, indent: 40, maxBox: 260 }
} as const;

export function layoutTree(spec: TreeLayoutSpec, format: Format, width: number): BaseLayout {
	const s = SIZES[format];
	const root = stratify<[string, string | null]>()
		.id(([id]) => id)
		.parentId(([, parent]) => parent)(Object.entries(spec.parent));
	const depth = root.height;
	const w = Math.min(s.maxBox, width - 2 * s.pad - depth * s.indent);
	const treeW = w + depth * s.indent;
	const left = (width - treeW) / 2;
	const nodes: BaseLayout['nodes'] = {};
	let line = 0;
	root.eachBefore((d) => {
		nodes[d.id!] = [
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
