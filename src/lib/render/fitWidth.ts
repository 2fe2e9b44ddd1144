/**
 * Keeps an SVG text line inside the width it was laid out for, whatever font the reader has.
 * Layout estimates text width from character classes (it must be pure and runs on the server);
 * a wide system font (DejaVu Sans, common on Linux) can still overrun a box by a few percent.
 * After rendering, this measures the line once (per text and size) and, only if it is too long,
 * condenses it to fit with `textLength`. Lines that fit are left exactly as drawn.
 */
import type { Action } from 'svelte/action';

const natural = new Map<string, number>();

function apply(el: SVGTextContentElement, max: number) {
	const key = `${el.getAttribute('font-size')}|${getComputedStyle(el).fontWeight}|${el.textContent}`;
	let len = natural.get(key);
	if (len === undefined) {
		el.removeAttribute('textLength');
		len = el.getComputedTextLength();
		// Not laid out yet (hidden, or fonts pending): measure again on the next update.
		if (len > 0) natural.set(key, len);
	}
	if (len > max && max > 0) {
		el.setAttribute('textLength', String(max));
		el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
	} else {
		el.removeAttribute('textLength');
		el.removeAttribute('lengthAdjust');
	}
}

/**
 * `use:fitWidth={[maxWidth, text, fontSize]}`: text and size are there so that a change of either
 * re-fits the line. Applied after the update has reached the DOM (a microtask later).
 */
export const fitWidth: Action<SVGTextContentElement, [number, string, number]> = (el, p) => {
	let latest = p[0];
	const later = (max: number) => {
		latest = max;
		queueMicrotask(() => latest === max && el.isConnected && apply(el, max));
	};
	later(p[0]);
	return { update: (next) => later(next[0]) };
};
