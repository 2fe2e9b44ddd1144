/**
 * The one motion wrapper. A Tween whose interpolation and easing come from d3; instant on the
 * server, under prefers-reduced-motion, and when the caller asks (state restored from a URL).
 * Setting a new target mid-flight retargets from the current value, so fast stepping never leaves
 * a diagram half-drawn: the last target always wins.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { untrack } from 'svelte';
import { easeCubicInOut, interpolate } from 'd3';

export const DURATION = 650;

/** Shared by a diagram and its marks: set `instant` for one update to skip animation. */
export class MotionSettings {
	instant = $state(true);
}

export function reducedMotion(): boolean {
	return prefersReducedMotion.current;
}

export class Motion<T> {
	#tween: Tween<T>;
	constructor(initial: T) {
		this.#tween = new Tween(initial, {
			duration: DURATION,
			easing: easeCubicInOut,
			interpolate: (a: T, b: T) =>
				interpolate(a as object, b as object) as unknown as (t: number) => T
		});
	}
	get current(): T {
		return this.#tween.current;
	}
	to(target: T, settings: MotionSettings, delay = 0): void {
		// Read without tracking: flipping `instant` back off must not re-run the caller's effect.
		const instant = untrack(() => settings.instant) || reducedMotion();
		this.#tween.set(target, instant ? { duration: 0 } : { delay });
	}
}
