/**
 * Stacks layout: columns of layers aligned by role. Rows run bottom (hardware) to top (apps); a
 * node covers one or more rows and a share of its column in twelfths; `copies` repeat it side by
 * side (one per VM or container), or, when the column is too narrow for that, as one box the scene
 * labels with the count ("VM ×2"): overlapping cards would hide each other's labels.
 * Frames (a VM, a container) enclose the nodes whose rows they cover.
 */
import { LANGS, type DiagramDef, type Lang, type StacksLayoutSpec } from '../content/types';
import { viewNodeIds } from '../content/query';
import type { Format, Rect } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';
import { groupHeading } from './headings';

const SIZES = {
	wide: {
		pad: 16,
		rowLabel: 138,
		header: 66,
		gap: 30,
		row: 62,
		band: 42,
		rowGap: 8,
		framePad: 7,
		minCopy: 84,
		maxCol: 620
	},
	narrow: {
		pad: 6,
		rowLabel: 0,
		header: 96,
		gap: 12,
		row: 50,
		band: 24,
		rowGap: 6,
		framePad: 4,
		minCopy: 999,
		maxCol: 380
	},
	compact: {
		pad: 4,
		rowLabel: 0,
		header: 30,
		gap: 12,
		row: 30,
		band: 18,
		rowGap: 3,
		framePad: 3,
		minCopy: 999,
		maxCol: 400
	}
} as const;

export function layoutStacks(
	def: DiagramDef,
	viewId: string,
	spec: StacksLayoutSpec,
	format: Format,
	width: number,
	langs: readonly Lang[] = LANGS
): BaseLayout {
	const s = SIZES[format];
	const ids = new Set(viewNodeIds(def, viewId));
	const nodes = def.nodes.filter((n) => ids.has(n.id) && spec.place[n.id]);
	const placeOf = (n: { id: string }) => spec.place[n.id];
	const rows = def.rows ?? [];

	// A row whose every node is a frame holds only the frame's label band.
	const isBand = (rowId: string) => {
		const starting = nodes.filter((n) => placeOf(n).rows[0] === rowId);
		return starting.length > 0 && starting.every((n) => n.shape === 'frame');
	};
	const rowH = rows.map((r) => (isBand(r.id) ? s.band : s.row));
	const bodyH = rowH.reduce((a, b) => a + b, 0) + s.rowGap * (rows.length - 1);

	const n = spec.stacks.length;
	const colW = Math.min(s.maxCol, (width - 2 * s.pad - s.rowLabel - (n - 1) * s.gap) / n);
	// The headings' room: the format's own, or more when a title wraps further than it allows for,
	// in any of `langs` (a page is placed for its own language only: layout/place.ts).
	const header = Math.max(
		s.header,
		...spec.stacks.flatMap((id) => {
			const group = def.groups.find((g) => g.id === id);
			return group
				? langs.map((lang) => groupHeading(group, colW, format, lang).height + s.framePad + 2)
				: [];
		})
	);
	const top = s.pad + header;
	// Row i counted from the bottom: y of its top edge.
	const rowTop = (i: number) =>
		top + bodyH - rowH.slice(0, i + 1).reduce((a, b) => a + b, 0) - s.rowGap * i;
	const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
	const contentW = s.rowLabel + n * colW + (n - 1) * s.gap;
	const left = (width - contentW) / 2;
	const colX = (i: number) => left + s.rowLabel + i * (colW + s.gap);

	const base: Record<string, Rect> = {};
	for (const node of nodes) {
		const p = placeOf(node);
		const col = spec.stacks.indexOf(p.stack);
		const [a, b] = p.span ?? [0, 12];
		const lo = rowIndex.get(p.rows[0])!;
		const hi = rowIndex.get(p.rows[p.rows.length - 1])!;
		const y = rowTop(hi);
		base[node.id] = {
			x: colX(col) + (colW * a) / 12,
			y,
			w: (colW * (b - a)) / 12,
			h: rowTop(lo) + rowH[lo] - y
		};
	}
	// Frames reach a little above their top row so the nodes inside sit on a visible border.
	for (const node of nodes)
		if (node.shape === 'frame') {
			base[node.id].y -= s.framePad;
			base[node.id].h += s.framePad;
		}

	const out: Record<string, Rect[]> = {};
	const pileOf = (count: number, r: Rect) => {
		const side = (r.w - (count - 1) * s.framePad) / count;
		if (count === 1 || side >= s.minCopy) {
			return Array.from({ length: count }, (_, i) => ({
				...r,
				x: r.x + i * (side + s.framePad),
				w: side
			}));
		}
		return Array.from({ length: count }, () => ({ ...r }));
	};
	for (const node of nodes) out[node.id] = pileOf(node.copies ?? 1, base[node.id]);

	// Nodes inside a frame (same stack, rows strictly within, spans overlapping) follow its copies.
	for (const frame of nodes.filter((f) => f.shape === 'frame')) {
		const fp = placeOf(frame);
		const flo = rowIndex.get(fp.rows[0])!;
		const fhi = rowIndex.get(fp.rows[fp.rows.length - 1])!;
		for (const node of nodes) {
			const p = placeOf(node);
			if (node === frame || p.stack !== fp.stack) continue;
			const lo = rowIndex.get(p.rows[0])!;
			const hi = rowIndex.get(p.rows[p.rows.length - 1])!;
			if (lo <= flo || hi > fhi) continue;
			const [fa, fb] = fp.span ?? [0, 12];
			const [a, b] = p.span ?? [0, 12];
			if (b <= fa || a >= fb) continue;
			const frames = out[frame.id];
			out[node.id] = out[node.id].map((_, i) => {
				const f = frames[Math.min(i, frames.length - 1)];
				const r = base[node.id];
				const bf = base[frame.id];
				return {
					x: f.x + s.framePad,
					w: f.w - 2 * s.framePad,
					y: r.y + f.y + f.h - (bf.y + bf.h),
					h: r.h
				};
			});
		}
	}

	return {
		width,
		height: top + bodyH + s.pad,
		nodes: out,
		groups: spec.stacks.map((id, i) => ({ id, x: colX(i), y: s.pad, w: colW, h: header - 10 })),
		rows:
			format === 'wide'
				? rows.map((r, i) => ({ id: r.id, x: left, y: rowTop(i), w: s.rowLabel - 14, h: rowH[i] }))
				: [],
		// Halfway across the gap from a node inset in a frame, never past the gap (wide: as before).
		gutter: Math.min(14, s.framePad + s.gap / 2),
		content: { x: left, y: 0, w: contentW, h: top + bodyH + s.pad }
	};
}

export const stacksKind: LayoutKind<StacksLayoutSpec> = {
	layout: (def, view, spec, format, width, langs) =>
		layoutStacks(def, view.id, spec, format, width, langs),
	route: 'side',
	validate(spec, { def, inView, nodes, fail, where }) {
		const groups = new Set(def.groups.map((g) => g.id));
		const rows = new Set((def.rows ?? []).map((r) => r.id));
		for (const s of spec.stacks) if (!groups.has(s)) fail(`${where}: unknown stack "${s}"`);
		for (const id of inView) if (!spec.place[id]) fail(`${where}: node "${id}" has no stack place`);
		for (const [id, p] of Object.entries(spec.place)) {
			const at = `${where}: stack place of "${id}"`;
			if (!nodes.has(id)) fail(`${at}: unknown node`);
			if (!groups.has(p.stack)) fail(`${at}: unknown stack "${p.stack}"`);
			for (const r of p.rows) if (!rows.has(r)) fail(`${at}: unknown row "${r}"`);
			const [a, b] = p.span ?? [0, 12];
			if (!(a >= 0 && b <= 12 && a < b)) fail(`${at}: span must lie within [0, 12]`);
		}
	}
};
