/**
 * Grid layout: nodes in equal cells (col, row), optionally spanning several; boxes centred in their
 * cells. A box spanning several rows fills them (less the gap between rows), so a box can stand for
 * the layers it later splits into.
 */
import type { GridLayoutSpec } from '../content/types';
import type { Format } from './geometry';
import type { BaseLayout } from './base';

const SIZES = {
	wide: { pad: 16, row: 118, box: 66, maxBox: 270, gapX: 40 },
	narrow: { pad: 6, row: 100, box: 56, maxBox: 999, gapX: 14 },
	compact: { pad: 4, row: 50, box: 36, maxBox: 999, gapX: 22 }
} as const;

export function layoutGrid(spec: GridLayoutSpec, format: Format, width: number): BaseLayout {
	const s = SIZES[format];
	const colW = (width - 2 * s.pad) / spec.cols;
	const nodes: BaseLayout['nodes'] = {};
	for (const [id, p] of Object.entries(spec.place)) {
		const cellX = s.pad + p.col * colW;
		const cellW = (p.cols ?? 1) * colW;
		const w = Math.min(s.maxBox * (p.cols ?? 1), cellW - s.gapX);
		const h = ((p.rows ?? 1) - 1) * s.row + s.box;
		nodes[id] = [
			{ x: cellX + (cellW - w) / 2, y: s.pad + p.row * s.row + (s.row - s.box) / 2, w, h }
		];
	}
	const height = 2 * s.pad + spec.rows * s.row;
	return {
		width,
		height,
		nodes,
		groups: [],
		rows: [],
		content: { x: 0, y: 0, w: width, h: height }
	};
}
