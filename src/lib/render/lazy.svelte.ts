/**
 * Code a diagram page needs only once someone uses it (the note panel, the share menu, the key
 * help, the print handout, travelling tokens and packets) loads on the first sign of use instead
 * of with the page, so that a diagram page stays within its JavaScript budget
 * (`scripts/bundle-size.mjs`; the prerendered SVG needs none of it).
 */
import type { Component } from 'svelte';

/** A component loaded on first `load()`; `current` is null until it has arrived. */
export class Lazy<C> {
	current = $state<C | null>(null);
	#pending: Promise<C> | null = null;
	#importer: () => Promise<{ default: C }>;
	constructor(importer: () => Promise<{ default: C }>) {
		this.#importer = importer;
	}
	/** Makes it available at once: the server renders with it (hooks.server.ts, the print page). */
	provide(value: C): void {
		this.current = value;
		this.#pending = Promise.resolve(value);
	}
	load(): Promise<C> {
		return (this.#pending ??= this.#importer().then((m) => (this.current = m.default)));
	}
}

export type AnyComponent = Component<any>;

/** Token and Packet, the marks that travel along edges while a step plays (`Diagram.svelte`). */
export const travelling = new Lazy(() => import('./travelling'));

const SIGNS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

const waiting = new Set<() => void>();

/**
 * Runs `load` once, on the first pointer movement, touch, key press or focus anywhere in the
 * page, or when the page calls `useNow` once it is idle, whichever comes first: a mouse passes
 * over the page before it clicks a node or a menu, and Ctrl comes before P, so what loads here is
 * there by the time it is wanted. Returns a cleanup.
 */
export function onFirstUse(load: () => void): () => void {
	const once = () => {
		stop();
		load();
	};
	const stop = () => {
		waiting.delete(once);
		SIGNS.forEach((e) => window.removeEventListener(e, once, true));
	};
	waiting.add(once);
	SIGNS.forEach((e) => window.addEventListener(e, once, { capture: true, passive: true }));
	return stop;
}

/**
 * Loads now what waits for the first use (the diagram page calls it once idle after its restore):
 * otherwise the pointer movement of a first click fetched and ran the key help's, the share
 * menu's and travelling's code while the click was handled (issue 24).
 */
export const useNow = (): void => waiting.forEach((once) => once());
