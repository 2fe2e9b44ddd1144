/**
 * The app's ways of waiting for the browser, in one place (docs/first-paint.md lists who waits for
 * what, and why). A frame callback runs before that frame's style, layout and paint; a task queued
 * from it runs after them. Hidden pages and throttled frames (a background tab, an embed scrolled
 * out of view) get no frames, so whatever waits for a paint has a timer too.
 */

/** Runs `fn` in the next animation frame; returns what cancels it. */
export function nextFrame(fn: () => void): () => void {
	const id = requestAnimationFrame(fn);
	return () => cancelAnimationFrame(id);
}

/** Resolves in a task of its own, after the current one and its microtasks. */
export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done));

/**
 * Runs `fn` once, after the next frame has been painted, or after `fallback` ms if no frame comes
 * first (0: as soon as a task can run).
 */
export function afterPaint(fn: () => void, fallback = 200): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		fn();
	};
	const timer = setTimeout(once, fallback);
	requestAnimationFrame(() => setTimeout(once));
}

/**
 * Runs `fn` once the browser is idle (within `timeout` ms at the latest); where there is no
 * requestIdleCallback (WebKit), a timer of `fallback` ms stands in. Returns what cancels it.
 */
export function whenIdle(fn: () => void, timeout = 3000, fallback = 400): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => fn(), { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, fallback);
	return () => clearTimeout(id);
}
