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
	constructor(initial: T, pack: (v: T) => number[], unpack: (n: number[]) => T) {
		this.#pack = pack;
		this.#unpack = unpack;
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
		const run: Run = (now) => {
			if (run !== this.#run) return false;
			const t = Math.min(1, (now - begin) / DURATION);
			const e = cubicInOut(t);
			this.#value =
				t === 1 || from.length !== next.length ? next : from.map((v, i) => v + (next[i] - v) * e);
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
