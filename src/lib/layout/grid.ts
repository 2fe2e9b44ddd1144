/** Grid layout: nodes in equal cells (col, row), optionally spanning several; boxes centred in their cells. */
import type { GridLayoutSpec } from '../content/types';
import type { Format } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';

const SIZES = {
	wide: { pad: 16, row: 118, box: 66, maxBox: 270, gapX: 40 },
	narrow: { pad: 6, row: 100, box: 56, maxBox: 999, gapX: 14 },
	compact: { pad: 4, row: 38, box: 31, maxBox: 999, gapX: 14 }
} as const;

export function layoutGrid(spec: GridLayoutSpec, format: Format, width: number): BaseLayout {
	const s =
		format === 'compact' && spec.compact ? { ...SIZES.compact, ...spec.compact } : SIZES[format];
	const colW = (width - 2 * s.pad) / spec.cols;
	const nodes: BaseLayout['nodes'] = {};
	for (const [id, p] of Object.entries(spec.place)) {
		const cellX = s.pad + p.col * colW;
		const cellW = (p.cols ?? 1) * colW;
		const w = Math.min(s.maxBox * (p.cols ?? 1), cellW - s.gapX);
		const cellY = s.pad + p.row * s.row;
		const cellH = (p.rows ?? 1) * s.row;
		// A box over several rows reaches from its first row's box to its last's (so it can frame them).
		const h = s.box + ((p.rows ?? 1) - 1) * s.row;
		nodes[id] = [{ x: cellX + (cellW - w) / 2, y: cellY + (cellH - h) / 2, w, h }];
	}
	// The frame fits what is placed, not the whole grid: empty cells at the edges (the top row
	// a view does not use, margins of narrow boxes in wide cells) would be empty frame. Edge
	// labels and lifetime notes get a margin around the boxes.
	const all = Object.values(nodes).flat();
	const margin = { x: s.gapX, y: s.pad + (s.row - s.box) / 2 };
	const x0 = Math.max(0, Math.min(...all.map((r) => r.x)) - margin.x);
	const x1 = Math.min(width, Math.max(...all.map((r) => r.x + r.w)) + margin.x);
	const y0 = Math.max(0, Math.min(...all.map((r) => r.y)) - margin.y);
	const y1 = Math.max(...all.map((r) => r.y + r.h)) + margin.y;
	for (const rects of Object.values(nodes)) for (const r of rects) r.y -= y0;
	return {
		width,
		height: y1 - y0,
		nodes,
		groups: [],
		rows: [],
		content: { x: x0, y: 0, w: x1 - x0, h: y1 - y0 }
	};
}

export const gridKind: LayoutKind<GridLayoutSpec> = {
	layout: (_def, _view, spec, format, width) => layoutGrid(spec, format, width),
	route: 'direct',
	validate(spec, { inView, nodes, fail, where }) {
		for (const id of inView) if (!spec.place[id]) fail(`${where}: node "${id}" has no grid place`);
		for (const [id, p] of Object.entries(spec.place)) {
			if (!nodes.has(id)) fail(`${where}: grid place for unknown node "${id}"`);
			if (
				p.col < 0 ||
				p.row < 0 ||
				p.col + (p.cols ?? 1) > spec.cols ||
				p.row + (p.rows ?? 1) > spec.rows
			) {
				fail(`${where}: node "${id}" is placed outside the ${spec.cols}×${spec.rows} grid`);
			}
		}
	}
};
