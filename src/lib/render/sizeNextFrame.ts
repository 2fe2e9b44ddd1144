/**
 * `{@attach sizeNextFrame('clientWidth', (w) => (x = w))}`: like `bind:clientWidth={x}`, but a
 * change that ResizeObserver reports is passed on in the next animation frame, not inside the
 * observer's callback. The first measurement, at mount, is still immediate.
 *
 * Why: the diagram page sizes its figure from the stage's width and from the height of the
 * figure's own caption (step controls and narration). Set inside the callback, a new value
 * resized the figure within the same frame, and with it the observed elements themselves: the
 * caption (as wide as the figure) and the stage (as tall as the figure). A size that changes
 * after its notification has been delivered makes the browser report "ResizeObserver loop
 * completed with undelivered notifications" as an error event — seen in WebKit, Firefox and
 * Chromium on /en/runtime/restart/?step=2&node=dockerd and /en/layers/shell/?step=2&node=kernel
 * (tests/engines/). In the next frame the new sizes are simply observed again.
 */
import type { Attachment } from 'svelte/attachments';

export function sizeNextFrame(
	key: 'clientWidth' | 'clientHeight',
	set: (size: number) => void
): Attachment<HTMLElement> {
	return (element) => {
		set(element[key]);
		let frame = 0;
		const observer = new ResizeObserver(() => {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => set(element[key]));
		});
		observer.observe(element);
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
		};
	};
}
