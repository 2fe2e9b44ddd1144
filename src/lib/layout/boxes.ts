/**
 * Boxes layout: nested boxes (host ⊃ network namespace ⊃ interfaces). Every node sits in a cell of
 * its container's grid; widths are shared out top-down (frame → columns → cells → children) and
 * heights summed bottom-up (a row is as tall as its tallest child; a container is its label band,
 * its rows and its padding). Containers stretch to their cell's height so neighbours line up. A
 * docked node straddles its container's border (a veth end crossing the namespace boundary) and
 * takes no cell. Pure and deterministic.
 */
import type { BoxesLayoutSpec, BoxPlace, DiagramDef, Side, ViewDef } from '../content/types';
import { TYPE, type Format, type Rect } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';

export const BOX_SIZES = {
	wide: { pad: 16, gap: 30, inner: 14, band: 44, leaf: 58, maxLeaf: 300, dockW: 96, dockH: 40 },
	narrow: { pad: 6, gap: 18, inner: 7, band: 36, leaf: 48, maxLeaf: 999, dockW: 62, dockH: 32 },
	compact: { pad: 4, gap: 12, inner: 5, band: 22, leaf: 32, maxLeaf: 999, dockW: 50, dockH: 24 }
} as const;

/**
 * The places in effect for a format: phones merge `narrow` over `place`, field by field. Compact
 * frames (presenting, a 480×270 embed) are landscape and short: they keep the wide places, whose
 * rows are fewer (the phones' stacked places made them too tall to read at that height), with
 * `compact` merged over them where a view needs other column widths there.
 */
export function boxPlaces(spec: BoxesLayoutSpec, format: Format): Record<string, BoxPlace> {
	const over = format === 'narrow' ? spec.narrow : format === 'compact' ? spec.compact : undefined;
	if (!over) return spec.place;
	return Object.fromEntries(
		Object.entries(spec.place).map(([id, p]) => [id, { ...p, ...over[id] }])
	);
}

const span = (p: BoxPlace) => ({
	col: p.col ?? 0,
	row: p.row ?? 0,
	cols: p.cols ?? 1,
	rows: p.rows ?? 1
});

export function layoutBoxes(
	def: DiagramDef,
	view: ViewDef,
	spec: BoxesLayoutSpec,
	format: Format,
	width: number
): BaseLayout {
	const s = BOX_SIZES[format];
	const place = boxPlaces(spec, format);
	const ids = Object.keys(place);
	const inCells = (parent: string | undefined) =>
		ids.filter((id) => place[id].in === parent && !place[id].dock);
	const docked = (parent: string) => ids.filter((id) => place[id].in === parent && place[id].dock);
	const isContainer = (id: string) => ids.some((c) => place[c].in === id);
	const docks = (id: string, side: Side) => docked(id).some((d) => place[d].dock === side);

	// A leaf grows by one line per fact it may show in this view (its own or a relabel's).
	const factLine = TYPE[format].fact * 1.25;
	const factCount = (id: string) =>
		Math.max(
			0,
			...[
				def.nodes.find((n) => n.id === id)?.facts,
				...view.steps.map((st) => st.relabel?.[id]?.facts)
			].map((f) => (f ?? []).filter((x) => !x.panelOnly).length)
		);
	const leafH = (id: string) => s.leaf + Math.min(3, factCount(id)) * factLine;

	const gridOf = (children: string[], grid?: { cols?: number; widths?: number[] }) => {
		const cols =
			grid?.cols ?? Math.max(1, ...children.map((c) => span(place[c]).col + span(place[c]).cols));
		const rows = Math.max(1, ...children.map((c) => span(place[c]).row + span(place[c]).rows));
		const weights = grid?.widths?.length === cols ? grid.widths : Array(cols).fill(1);
		return { cols, rows, weights };
	};

	// Heights, bottom-up (memoised: a node's height depends only on its subtree).
	const heights = new Map<string, number>();
	const rowHeights = new Map<string | undefined, number[]>();
	const rowsOf = (parent: string | undefined, children: string[], rows: number): number[] => {
		const rh: number[] = Array(rows).fill(0);
		const sorted = children.toSorted((a, b) => span(place[a]).rows - span(place[b]).rows);
		for (const c of sorted) {
			const { row, rows: n } = span(place[c]);
			const have = rh.slice(row, row + n).reduce((t, h) => t + h, 0) + s.gap * (n - 1);
			const need = heightOf(c) + outer(c, 'top') + outer(c, 'bottom');
			if (need > have) rh[row + n - 1] += need - have;
		}
		const out = rh.map((h) => h || s.leaf / 2);
		rowHeights.set(parent, out);
		return out;
	};
	const dockPad = (id: string, side: Side) =>
		docks(id, side) ? (side === 'left' || side === 'right' ? s.dockW / 2 : s.dockH / 2) : 0;
	// How far a container's docked nodes stick out of it: its cell keeps that much free.
	const outer = (id: string, side: Side) => (isContainer(id) ? dockPad(id, side) : 0);
	function heightOf(id: string): number {
		const known = heights.get(id);
		if (known !== undefined) return known;
		heights.set(id, s.leaf); // guards against a containment cycle the validator reports
		let h: number;
		if (!isContainer(id)) h = leafH(id);
		else {
			const children = inCells(id);
			const { rows } = gridOf(children, place[id].grid);
			const rh = rowsOf(id, children, rows);
			h =
				s.band +
				dockPad(id, 'top') +
				(children.length ? rh.reduce((t, x) => t + x, 0) + s.gap * (rows - 1) : 0) +
				s.inner +
				dockPad(id, 'bottom');
		}
		heights.set(id, h);
		return h;
	}

	const nodes: Record<string, Rect[]> = {};
	const labelAt: Record<string, 'top'> = {};
	// Places the children of `parent` inside the rectangle `inner`, then recurses.
	const placeGrid = (parent: string | undefined, inner: Rect, grid?: BoxesLayoutSpec['grid']) => {
		const children = inCells(parent);
		const { cols, rows, weights } = gridOf(children, grid);
		const rh = rowHeights.get(parent) ?? rowsOf(parent, children, rows);
		const total = weights.reduce((t, w) => t + w, 0);
		const free = inner.w - s.gap * (cols - 1);
		const colX: number[] = [];
		let x = inner.x;
		for (let i = 0; i < cols; i++) {
			colX.push(x);
			x += (free * weights[i]) / total + s.gap;
		}
		colX.push(inner.x + inner.w + s.gap);
		const rowY: number[] = [];
		let y = inner.y;
		for (let i = 0; i < rows; i++) {
			rowY.push(y);
			y += rh[i] + s.gap;
		}
		rowY.push(y);
		for (const c of children) {
			const p = span(place[c]);
			const x0 = colX[p.col] + outer(c, 'left');
			const y0 = rowY[p.row] + outer(c, 'top');
			const cell: Rect = {
				x: x0,
				y: y0,
				w: colX[p.col + p.cols] - s.gap - outer(c, 'right') - x0,
				h: rowY[p.row + p.rows] - s.gap - outer(c, 'bottom') - y0
			};
			if (isContainer(c)) {
				nodes[c] = [cell];
				labelAt[c] = 'top';
				const top = cell.y + s.band + dockPad(c, 'top');
				const left = cell.x + s.inner + dockPad(c, 'left');
				placeGrid(
					c,
					{
						x: left,
						y: top,
						w: cell.x + cell.w - s.inner - dockPad(c, 'right') - left,
						h: cell.y + cell.h - s.inner - dockPad(c, 'bottom') - top
					},
					place[c].grid
				);
				for (const d of docked(c)) nodes[d] = [dockRect(cell, place[d])];
			} else {
				// A leaf over several columns may be as wide as that many leaves side by side; one
				// over several rows takes their height (room for a detail of two lines on a phone).
				const w = Math.min(cell.w, s.maxLeaf * span(place[c]).cols);
				const h = span(place[c]).rows > 1 ? cell.h : leafH(c);
				nodes[c] = [{ x: cell.x + (cell.w - w) / 2, y: cell.y + (cell.h - h) / 2, w, h }];
			}
		}
	};
	const dockRect = (c: Rect, p: BoxPlace): Rect => {
		const at = p.at ?? 0.5;
		const { dockW: w, dockH: h } = s;
		if (p.dock === 'left' || p.dock === 'right') {
			const lo = c.y + s.band;
			const cy = lo + (c.y + c.h - lo) * at;
			const cx = p.dock === 'left' ? c.x : c.x + c.w;
			return { x: cx - w / 2, y: Math.max(lo, Math.min(cy - h / 2, c.y + c.h - h)), w, h };
		}
		const cx = c.x + c.w * at;
		const cy = p.dock === 'top' ? c.y : c.y + c.h;
		return { x: Math.max(c.x, Math.min(cx - w / 2, c.x + c.w - w)), y: cy - h / 2, w, h };
	};

	const top = inCells(undefined);
	const { rows } = gridOf(top, spec.grid);
	const rh = rowsOf(undefined, top, rows);
	const height = 2 * s.pad + rh.reduce((t, h) => t + h, 0) + s.gap * (rows - 1);
	placeGrid(
		undefined,
		{ x: s.pad, y: s.pad, w: width - 2 * s.pad, h: height - 2 * s.pad },
		spec.grid
	);
	return {
		width,
		height,
		nodes,
		groups: [],
		rows: [],
		labelAt,
		content: { x: 0, y: 0, w: width, h: height }
	};
}

/** Checks one set of places (the wide one, or the phone one after merging `narrow`). */
function checkPlaces(
	place: Record<string, BoxPlace>,
	grid: BoxesLayoutSpec['grid'],
	nodes: Set<string>,
	fail: (msg: string) => void,
	where: string
) {
	const int = (n: number | undefined, min: number) =>
		n === undefined || (Number.isInteger(n) && n >= min);
	for (const [id, p] of Object.entries(place)) {
		const at = `${where}: box place of "${id}"`;
		if (!nodes.has(id)) fail(`${at}: unknown node`);
		if (p.in !== undefined && !(p.in in place))
			fail(`${at}: container "${p.in}" has no box place in the view`);
		if (p.in === id) fail(`${at}: a node cannot contain itself`);
		if (p.dock) {
			if (!p.in) fail(`${at}: docks on a border but has no container (in)`);
			if (!['top', 'right', 'bottom', 'left'].includes(p.dock))
				fail(`${at}: unknown side "${p.dock}"`);
			if (p.at !== undefined && !(p.at >= 0 && p.at <= 1)) fail(`${at}: at must lie within [0, 1]`);
		} else {
			if (p.col === undefined || p.row === undefined) fail(`${at}: needs col and row (or dock)`);
			if (!int(p.col, 0) || !int(p.row, 0) || !int(p.cols, 1) || !int(p.rows, 1))
				fail(`${at}: col and row must be whole numbers ≥ 0, cols and rows ≥ 1`);
		}
		if (p.grid?.widths && p.grid.cols !== undefined && p.grid.widths.length !== p.grid.cols)
			fail(`${at}: grid.widths needs ${p.grid.cols} entries`);
	}
	// Containment must be a forest: walk up from every node.
	const reported = new Set<string>();
	for (const start of Object.keys(place)) {
		const seen: string[] = [];
		let at: string | undefined = start;
		while (at !== undefined && at in place && !seen.includes(at)) {
			seen.push(at);
			at = place[at].in;
		}
		if (at !== undefined && seen.includes(at) && !reported.has(at)) {
			const loop = seen.slice(seen.indexOf(at));
			loop.forEach((x) => reported.add(x));
			fail(`${where}: boxes contain each other: ${[...loop, at].map((x) => `"${x}"`).join(' ⊃ ')}`);
		}
	}
	// Siblings may not share a cell, nor leave their container's grid.
	const containers = new Set<string | undefined>(Object.values(place).map((p) => p.in));
	for (const parent of containers) {
		const g = parent === undefined ? grid : place[parent]?.grid;
		const taken = new Map<string, string>();
		for (const [id, p] of Object.entries(place)) {
			if (p.in !== parent || p.dock || p.col === undefined || p.row === undefined) continue;
			const { col, row, cols, rows } = span(p);
			if (g?.cols !== undefined && col + cols > g.cols)
				fail(
					`${where}: "${id}" lies outside the ${g.cols} columns of ${parent ? `"${parent}"` : 'the top level'}`
				);
			for (let c = col; c < col + cols; c++)
				for (let r = row; r < row + rows; r++) {
					const other = taken.get(`${c},${r}`);
					if (other) fail(`${where}: "${id}" and "${other}" share cell (${c}, ${r})`);
					else taken.set(`${c},${r}`, id);
				}
		}
	}
}

export const boxesKind: LayoutKind<BoxesLayoutSpec> = {
	layout: layoutBoxes,
	route: 'direct',
	validate(spec, { inView, nodes, fail, where }) {
		for (const id of inView) if (!spec.place[id]) fail(`${where}: node "${id}" has no box place`);
		if (
			spec.grid?.widths &&
			spec.grid.cols !== undefined &&
			spec.grid.widths.length !== spec.grid.cols
		)
			fail(`${where}: grid.widths needs ${spec.grid.cols} entries`);
		checkPlaces(spec.place, spec.grid, nodes, fail, where);
		if (spec.narrow) {
			for (const id of Object.keys(spec.narrow))
				if (!spec.place[id]) fail(`${where}: narrow place for "${id}", which has no box place`);
			checkPlaces(boxPlaces(spec, 'narrow'), spec.grid, nodes, fail, `${where} (phones)`);
		}
		if (spec.compact) {
			for (const id of Object.keys(spec.compact))
				if (!spec.place[id]) fail(`${where}: compact place for "${id}", which has no box place`);
			checkPlaces(boxPlaces(spec, 'compact'), spec.grid, nodes, fail, `${where} (compact)`);
		}
	}
};
