/**
 * The one motion wrapper: a tween over a flat list of numbers, instant on the server, under
 * prefers-reduced-motion, and when the caller asks (state restored from a URL). Interpolation is
 * a plain lerp and easing Svelte's cubicInOut: d3-interpolate and d3-ease keep d3-color and every
 * easing curve in the bundle (their module-level IIFEs defeat tree-shaking), 5 KB gzipped for
 * what one line does here.
 * Setting a new target mid-flight retargets from the current value, so fast stepping never leaves
 * a diagram half-drawn: the last target always wins.
 */
import { untrack } from 'svelte';
import type { Point, Rect } from './layout/geometry';
import { cubicInOut } from 'svelte/easing';

export const DURATION = 650;
/** Travel time of one hop of a packet, ms. */
export const HOP = 620;

/** Shared by a diagram and its marks: set `instant` for one update to skip animation. */
export class MotionSettings {
	instant = $state(true);
}

// Read when a motion starts (nothing re-runs when it changes): a plain MediaQueryList, without
// svelte/motion's `prefersReducedMotion` or svelte/reactivity's MediaQuery in the page's bundle.
const reduced =
	typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-reduced-motion: reduce)');
export function reducedMotion(): boolean {
	return !!reduced?.matches;
}

/**
 * How one number of a tween travels within a run, where it should not simply ease from start to
 * end over the whole duration (fractions of the duration, 0–1):
 * - `{ during: [a, b] }`: it eases from its start to its target between a and b, and holds
 *   before and after (a label that fades out early, or in late);
 * - `{ via: v, hold: [a, b] }`: it eases to `v` by a, holds there until b, then eases to its
 *   target by the end (a label that fades out while its box moves, and back in once it is there).
 * The run's length is the same: choreography only shares the duration out.
 */
export type Lane = { during: [number, number] } | { via: number; hold: [number, number] };
/** A tween's lanes for a run from `from` to `to` (packed): one per number, or none for plain. */
export type Choreography = (from: number[], to: number[]) => (Lane | undefined)[];

/** Where a number on `lane` is at `t` (0–1) of a run from `a` to `b`. */
export function alongLane(lane: Lane | undefined, a: number, b: number, t: number): number {
	const ease = (x: number, from: number, to: number) =>
		x <= 0 ? from : x >= 1 ? to : from + (to - from) * cubicInOut(x);
	if (!lane) return ease(t, a, b);
	if ('during' in lane) {
		const [s, e] = lane.during;
		return ease(e > s ? (t - s) / (e - s) : t < s ? 0 : 1, a, b);
	}
	const [s, e] = lane.hold;
	return t < e
		? ease(s > 0 ? t / s : 1, a, lane.via)
		: ease(e < 1 ? (t - e) / (1 - e) : 1, lane.via, b);
}

/** One frame loop for every running tween; a step starts dozens at once. */
type Run = (now: number) => boolean;
const running = new Set<Run>();
function frame(now: number) {
	for (const run of running) if (!run(now)) running.delete(run);
	if (running.size) requestAnimationFrame(frame);
}

/**
 * Tweens any value that packs into a fixed-length list of numbers (rectangles, route points,
 * opacity). If the length changes, the value jumps instead of interpolating garbage.
 * Hand-written rather than svelte/motion's Tween (which this replaces, with the same timing and
 * easing): half a kilobyte less in every page, and a mark removed mid-flight stops its tween
 * instead of running it to the end with itself held in the frame loop.
 */
export class Motion<T> {
	#value = $state.raw<number[]>([]);
	#unpack: (n: number[]) => T;
	#pack: (v: T) => number[];
	#target: number[];
	#run: Run | null = null;
	#choreography?: Choreography;
	#fixed: number;
	/**
	 * `choreography`, if given, says for each run how each number travels (Lane); without it every
	 * number eases from start to end over the whole duration. `fixed`: how many leading numbers
	 * every packed value has, which still tween when the rest changes length (and jumps).
	 */
	constructor(
		initial: T,
		pack: (v: T) => number[],
		unpack: (n: number[]) => T,
		choreography?: Choreography,
		fixed = 0
	) {
		this.#pack = pack;
		this.#unpack = unpack;
		this.#choreography = choreography;
		this.#fixed = fixed;
		this.#value = this.#target = pack(initial);
		$effect(() => () => (this.#run = null));
	}
	get current(): T {
		return this.#unpack(this.#value);
	}
	to(target: T, settings: MotionSettings): void {
		// Read without tracking: flipping `instant` back off must not re-run the caller's effect.
		const instant = untrack(() => settings.instant) || reducedMotion();
		const next = this.#pack(target);
		// Every step builds a new scene, so most marks get a target equal to the one they have:
		// tweening those would redraw every node and edge each frame of the transition for nothing.
		if (same(next, this.#target)) return;
		this.#target = next;
		this.#run = null;
		// (Effects call this: never on the server.)
		if (instant) {
			this.#value = next;
			return;
		}
		const from = untrack(() => this.#value);
		const begin = performance.now();
		// Numbers that tween (the rest jump to their target).
		const tween = from.length === next.length ? next.length : this.#fixed;
		if (!tween) {
			this.#value = next;
			return;
		}
		const lanes = tween ? (this.#choreography?.(from, next) ?? []) : [];
		const at = (t: number) =>
			next.map((v, i) => (i < tween ? alongLane(lanes[i], from[i], v, t) : v));
		// A lane that leaves its start at once (a label hidden as its words are redrawn) does so in
		// this frame, not the next: the change is painted before the loop's first frame runs. So
		// does whatever jumps.
		if (tween < next.length || lanes.some((l) => l && alongLane(l, 0, 1, 0) !== 0))
			this.#value = at(0);
		const run: Run = (now) => {
			if (run !== this.#run) return false;
			const t = Math.min(1, Math.max(0, (now - begin) / DURATION));
			this.#value = t === 1 ? next : at(t);
			return t < 1;
		};
		this.#run = run;
		if (!running.size) requestAnimationFrame(frame);
		running.add(run);
	}
}

const same = (a: number[], b: number[]) =>
	a.length === b.length && a.every((v, i) => v === b[i] || (Number.isNaN(v) && Number.isNaN(b[i])));

export const packRects = (rects: Rect[]): number[] => rects.flatMap((r) => [r.x, r.y, r.w, r.h]);
export const unpackRects = (n: number[]): Rect[] =>
	Array.from({ length: n.length / 4 }, (_, i) => ({
		x: n[4 * i],
		y: n[4 * i + 1],
		w: n[4 * i + 2],
		h: n[4 * i + 3]
	}));
export const packPoints = (points: Point[]): number[] => points.flat();
export const unpackPoints = (n: number[]): Point[] =>
	Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i], n[2 * i + 1]]);
