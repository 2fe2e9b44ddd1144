import type { ClientInit } from '@sveltejs/kit';

/**
 * SvelteKit awaits this before it hydrates (kit 2.10+, `start()` in runtime/client/client.js).
 *
 * The prerendered HTML already draws the whole page, diagram included. On a fast connection the
 * modules arrive before the browser has painted anything, and hydration (≈ 100 ms at 1× CPU,
 * several times that on a phone) then ran first: the picture that was ready waited for it. So
 * one frame is painted first — a task queued from a requestAnimationFrame callback runs after
 * that frame's style, layout and paint — and the page hydrates right after it.
 *
 * A hidden document (background tab) or a frame whose rendering the browser throttles (an embed
 * scrolled out of view, a deck's slide not shown) may not call requestAnimationFrame soon, and
 * an embed's `ready` message must not wait for it to be seen: the timer hydrates it anyway (the
 * promise settles once, on whichever comes first).
 *
 * This is render/schedule.ts's `afterPaint`, written out: imported here, the module became a chunk
 * of its own shared by the app's entry and the diagram page, 0.09 KB gzipped more per page.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve));
		setTimeout(resolve, document.hidden ? 0 : 200);
	});
