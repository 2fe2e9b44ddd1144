/**
 * How a step or view change shares its duration out between the words of the diagram (issue 23:
 * at no frame may two different labels overlap while both are more than 30 % opaque). Boxes and
 * lines still move and cross-fade over the whole change; the words do not cross-fade:
 * - a label that goes away fades out in the first part of the change (by OUT),
 * - a label that arrives fades in in the last part (from IN), once what left is gone and its box
 *   has nearly reached its place,
 * - a label whose mark moves fades out, travels unseen and fades in where it lands, so no word
 *   sweeps across another on the way,
 * - a label whose words change (a relabel) is drawn anew and fades in from IN.
 * So a word is never seen in flight, and the words that leave and those that arrive are never
 * seen together. Pure: the tweens (motion.svelte.ts) call these with each run's start and target.
 */
import type { Choreography, Lane } from '$lib/motion.svelte';

/** By this fraction of a change, a leaving or moving label is gone. */
export const OUT = 0.3;
/** From this fraction of a change, an arriving or moved label fades in (its box is 95 % there). */
export const IN = 0.7;
/** A mark that moves less than this (frame units) keeps its label in sight. */
export const STILL = 2;

/**
 * The lane of a label's own opacity from `a` to `b` (0–1) in a run where its mark moves by
 * `moved` units, or its words change (`relabelled`).
 */
export function labelLane(
	a: number,
	b: number,
	moved: number,
	relabelled = false
): Lane | undefined {
	if (relabelled && b > 0) return { via: 0, hold: [0, IN] };
	if (b < a) return { during: [0, OUT] };
	if (b > a) return { during: [IN, 1] };
	if (b > 0 && moved > STILL) return { via: 0, hold: [OUT, IN] };
	return undefined;
}

/** The largest change of the numbers from `start` to `end` (how far a mark's geometry moves). */
export function moved(from: number[], to: number[], start: number, end = from.length): number {
	let most = 0;
	for (let i = start; i < end; i++) most = Math.max(most, Math.abs(to[i] - from[i]));
	return most;
}

/** Numbers that mark a redrawing rather than move: they jump to their target. */
const JUMP: Lane = { during: [0, 0] };

/**
 * A node's tween packs [opacity, label opacity, relabel count, type size, ...rects]: the label's
 * lane follows from the others; opacity and rects ease over the whole change.
 */
export const nodeChoreography: Choreography = (from, to) => {
	// Another number of boxes (copies drawn as one, or apart) jumps: its words are drawn anew.
	const jumps = from.length !== to.length;
	return [
		undefined,
		labelLane(
			from[1],
			to[1],
			jumps ? Infinity : moved(from, to, 4),
			jumps || to[2] !== from[2] || to[3] !== from[3]
		),
		JUMP,
		JUMP
	];
};
/** How many numbers lead every node's packed value (before its rects). */
export const NODE_FIXED = 4;

/** An edge's tween packs [opacity, label opacity, type size, label x, label y, ...route points]. */
export const edgeChoreography: Choreography = (from, to) => {
	// Another number of route points jumps: the label is drawn anew.
	const jumps = from.length !== to.length;
	return [
		undefined,
		labelLane(from[1], to[1], jumps ? Infinity : moved(from, to, 3, 5), jumps || to[2] !== from[2]),
		JUMP
	];
};
/** How many numbers lead every edge's packed value (before its label's place and route). */
export const EDGE_FIXED = 3;
