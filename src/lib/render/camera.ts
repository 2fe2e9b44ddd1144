/**
 * The diagram's camera move (in the travelling chunk, lazy.svelte.ts: a page that never changes
 * view never loads it). The <svg>'s viewBox attribute is always the scene's (what exports, tests
 * and the prerendered page read); when it changes, the picture moves there with a CSS transform
 * on the <svg> that starts where the old viewBox showed the drawing and ends at none.
 * Tweening the viewBox attribute instead, as before, relaid out every text of the diagram in
 * every frame of a morph (3–4 ms a frame on networking at 1× CPU, ×4 at 4×); a Web Animation of
 * `transform` runs on the compositor, and nothing of it remains at rest (text is crisp).
 */
import { cubicInOut } from 'svelte/easing';
import type { Rect } from '$lib/layout/geometry';
import { DURATION, reducedMotion, type MotionSettings } from '$lib/motion.svelte';

const lerp = (a: Rect, b: Rect, e: number): Rect => ({
	x: a.x + (b.x - a.x) * e,
	y: a.y + (b.y - a.y) * e,
	w: a.w + (b.w - a.w) * e,
	h: a.h + (b.h - a.h) * e
});

/**
 * The CSS transform (about the box's centre, CSS's default origin) that makes an <svg> of box
 * `width` × `height` whose viewBox is `view` look as if its viewBox were `camera`, both fitted
 * as preserveAspectRatio's default (xMidYMid meet) fits them.
 */
export function cameraTransform(camera: Rect, view: Rect, width: number, height: number): string {
	const s = Math.min(width / view.w, height / view.h);
	const k = Math.min(width / camera.w, height / camera.h);
	// A user point p is drawn at c + s·(p − view's centre), c the box's centre, and should be at
	// c + k·(p − camera's centre): scaled by k/s about c, then shifted by k·(the centres' offset).
	const dx = k * (view.x + view.w / 2 - camera.x - camera.w / 2);
	const dy = k * (view.y + view.h / 2 - camera.y - camera.h / 2);
	return `translate(${dx}px, ${dy}px) scale(${k / s})`;
}

/** Samples of the path: linear between them reads as the easing, and the path is the lerp of rects. */
const FRAMES = 16;

export interface CameraMove {
	/** The rect the camera shows now (where a retarget starts from). */
	shown(): Rect;
	cancel(): void;
}

/**
 * Moves `svg`'s picture to its viewBox `to` (already set) from where the camera is: where `prev`,
 * the move in flight if any, has got to, else `at`, the last viewBox. Nothing moves when `settings.instant`
 * (state restored from the URL), under reduced motion, or on the first call. Starts in the next frame,
 * before it paints: that frame lays out the new view anyway, so measuring the box there costs
 * nothing, where in the navigation's task it forced a layout of the half-updated page.
 * `since` (0: now): when the view changed, if that was earlier (this code arrived after the
 * change): the move is then as far along as it would have been, and ends with the nodes' tweens.
 */
export function moveCamera(
	svg: SVGSVGElement,
	prev: CameraMove | undefined,
	at: Rect,
	to: Rect,
	settings: MotionSettings,
	since?: number
): CameraMove | undefined {
	const from = prev?.shown() ?? at;
	prev?.cancel();
	// (Called untracked.)
	if (from === to || settings.instant || reducedMotion()) return;
	let anim: Animation | undefined;
	let start = 0;
	const frame = requestAnimationFrame(() => {
		const [w, h] = [svg.clientWidth, svg.clientHeight];
		if (!w || !h) return;
		const frames = Array.from({ length: FRAMES + 1 }, (_, i) => ({
			transform:
				i < FRAMES ? cameraTransform(lerp(from, to, cubicInOut(i / FRAMES)), to, w, h) : 'none'
		}));
		start = Math.min(since || Infinity, performance.now());
		if (performance.now() - start >= DURATION) return;
		anim = svg.animate(frames, { duration: DURATION });
		anim.currentTime = performance.now() - start;
	});
	return {
		shown: () =>
			anim ? lerp(from, to, cubicInOut(Math.min(1, (performance.now() - start) / DURATION))) : from,
		cancel() {
			cancelAnimationFrame(frame);
			anim?.cancel();
		}
	};
}
