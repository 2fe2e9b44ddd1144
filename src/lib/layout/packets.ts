/**
 * Packets: a StepDef's multi-hop packets turned into geometry — each hop's route in travel
 * direction, the label shown on each hop (after rewrites), and where a blocked one stops.
 */
import type { PageDef, PagePacket } from '../content/page';
import { pointAlong, type Route } from './edges';
import { textWidthEm, type Point } from './geometry';
import type { PacketTags } from './tags';

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
	/**
	 * Top-left of the tag where the packet stands still: `stops[0]` waiting at its origin,
	 * `stops[k]` between hop k and hop k + 1, the last one arrived (layout/tags.ts, computed at
	 * build time); travelling, the tag glides from one stop to the next. `reasonAt`: a blocked
	 * packet's reason.
	 */
	stops: Point[];
	reasonAt?: Point;
}

/** Height of a packet's label pill at type size `size` (Packet.svelte draws it so). */
export const pillHeight = (size: number) => size * 1.5;

/** Label widths: the estimate errs wide; 12 units of padding around it. */
const width = (text: string, size: number) => (text ? textWidthEm(text) * size + 12 : 0);

export function buildPackets(
	def: PageDef,
	packets: PagePacket[],
	routes: Map<string, Route>,
	size: number,
	tags: PacketTags[] = []
): ScenePacket[] {
	return packets.map((p, i) => {
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
		const point = last.length ? pointAlong(last, stop) : ([0, 0] as Point);
		// Without the build's stops (a page's data always has them), above each node it reaches.
		const stops =
			tags[i]?.stops ??
			[hops[0]?.[0] ?? point, ...hops.map((h) => h[h.length - 1] ?? point)].map(([x, y]): Point => [
				x - 20,
				y - 2 * size
			]);
		return {
			path: p.path,
			hops,
			labels,
			widths: labels.map((l) => width(l, size)),
			final: label,
			finalWidth: width(label, size),
			blocked: p.blocked && {
				at: stop,
				point,
				reason: p.blocked.reason,
				width: width(p.blocked.reason, size)
			},
			stops,
			reasonAt: tags[i]?.reason
		};
	});
}
