/**
 * Packets: a StepDef's multi-hop packets turned into geometry — each hop's route in travel
 * direction, the label shown on each hop (after rewrites), and where a blocked one stops.
 */
import type { PageDef, PagePacket } from '../content/page';
import { pointAlong, type Route } from './edges';
import { textWidthEm, type Point, type Rect } from './geometry';

export interface ScenePacket {
	/** Edge ids, in travel order: the `data-path` hook. */
	path: string[];
	/** Route of each hop, from where the packet enters it to where it leaves. */
	hops: Point[][];
	/** The label while travelling each hop (a rewrite at a node applies to the hops after it). */
	labels: string[];
	/** Width of each label's background, in diagram units, at the `small` type size. */
	widths: number[];
	/** The label once it has arrived (after a rewrite at its last node), and its width. */
	final: string;
	finalWidth: number;
	/** Where a blocked packet stops, its ✕, and the reason (wrapped). */
	blocked?: {
		at: number;
		point: Point;
		reason: string;
		width: number;
	};
}

/** Height of a packet's label pill at type size `size` (Packet.svelte draws it so). */
export const pillHeight = (size: number) => size * 1.5;

/** Label widths: the estimate errs wide; 12 units of padding around it. */
const width = (text: string, size: number) => (text ? textWidthEm(text) * size + 12 : 0);

export function buildPackets(
	def: PageDef,
	packets: PagePacket[],
	routes: Map<string, Route>,
	size: number
): ScenePacket[] {
	return packets.map((p) => {
		const hops: Point[][] = [];
		const labels: string[] = [];
		let at = p.from ?? def.edges.find((e) => e.id === p.path[0])?.from;
		let label = p.label ?? '';
		for (const id of p.path) {
			const e = def.edges.find((x) => x.id === id)!;
			const points = routes.get(id)?.points ?? [];
			const forward = at !== e.to || e.from === e.to;
			hops.push(forward ? points : points.toReversed());
			labels.push(label);
			at = forward ? e.to : e.from;
			const rw = p.rewrite?.find((r) => r.at === at);
			if (rw) label = rw.label;
		}
		const last = hops[hops.length - 1] ?? [];
		const stop = p.blocked?.at ?? 1;
		return {
			path: p.path,
			hops,
			labels,
			widths: labels.map((l) => width(l, size)),
			final: label,
			finalWidth: width(label, size),
			blocked: p.blocked && {
				at: stop,
				point: last.length ? pointAlong(last, stop) : [0, 0],
				reason: p.blocked.reason,
				width: width(p.blocked.reason, size)
			}
		};
	});
}

/**
 * Where a packet's label pill goes: behind the dot, on the side it came from, so that on arrival
 * it lies beside the path outside the node it enters, not over that node's label. Travelling down
 * (entering a node from above) the pill sits above the dot, up below it (both on the left of the
 * line, the side a route's own label leaves free); travelling right, to its left; left, to its
 * right. Kept inside `bounds` (the viewBox).
 */
export function pillPlace(
	hop: readonly Point[],
	at: Readonly<Point>,
	w: number,
	h: number,
	bounds: Rect
): Point {
	let dx = 0;
	let dy = 0;
	for (let i = hop.length - 1; i > 0 && !dx && !dy; i--) {
		dx = hop[i][0] - hop[i - 1][0];
		dy = hop[i][1] - hop[i - 1][1];
	}
	const gap = 9;
	let x: number;
	let y: number;
	if (Math.abs(dy) >= Math.abs(dx)) {
		// Left of a vertical run: a direct route's own label reads on its right.
		x = at[0] - w - gap;
		y = dy > 0 ? at[1] - h - gap : at[1] + gap;
	} else {
		x = dx > 0 ? at[0] - w - gap : at[0] + gap;
		y = at[1] - h - gap;
	}
	return [
		Math.max(bounds.x + 2, Math.min(x, bounds.x + bounds.w - w - 2)),
		Math.max(bounds.y + 2, Math.min(y, bounds.y + bounds.h - h - 2))
	];
}
