/**
 * Keeps an SVG text line inside the width it was laid out for, whatever font the reader has.
 * Layout estimates text width from character classes (it must be pure and runs on the server);
 * a wide system font (DejaVu Sans, common on Linux) can still overrun a box by a few percent.
 * After rendering, this measures the line once (per text and size) and, only if it is too long,
 * condenses it to fit with `textLength`. Lines that fit are left exactly as drawn.
 *
 * While a node's box tweens, its width changes every frame: then only the cached length is
 * compared with the new width (no style read, no text measure) and attributes are written only
 * when they change. Reading computed style per line per frame forced a style recalculation for
 * each line, a layout thrash that made step animations drop frames at 4× CPU.
 */
import type { Action } from 'svelte/action';

const natural = new Map<string, number>();

/**
 * The line's natural length (0 when it is not laid out yet: hidden, or fonts pending). Keyed by
 * attributes and the caller's `text` (which names what else sets the font, e.g. a node's shape),
 * not by computed style: reading that forced a style recalculation of the page for every line
 * that appeared, even when its length was known.
 */
function measure(el: SVGTextContentElement, text: string): number {
	const key = `${el.getAttribute('font-size')}|${el.getAttribute('class')}|${text}`;
	let len = natural.get(key);
	if (len === undefined) {
		el.removeAttribute('textLength');
		len = el.getComputedTextLength();
		if (len > 0) natural.set(key, len);
	}
	return len;
}

function fit(el: SVGTextContentElement, len: number, max: number) {
	if (len > max && max > 0) {
		if (el.getAttribute('textLength') === String(max)) return;
		el.setAttribute('textLength', String(max));
		el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
	} else if (el.hasAttribute('textLength') || el.hasAttribute('lengthAdjust')) {
		el.removeAttribute('textLength');
		el.removeAttribute('lengthAdjust');
	}
}

/**
 * `use:fitWidth={[maxWidth, text, fontSize]}`: text and size are there so that a change of either
 * re-measures the line. `text` is the line's text, prefixed with anything outside the element that
 * changes its font (a ghost node's label is lighter than a block's); a change of width alone only re-fits it. Applied after the update has
 * reached the DOM (a microtask later).
 */
export const fitWidth: Action<SVGTextContentElement, [number, string, number]> = (el, p) => {
	let latest = p;
	// This element's natural length, once measured; dropped when its text or size changes.
	let len = 0;
	const later = (next: [number, string, number]) => {
		if (next[1] !== latest[1] || next[2] !== latest[2]) len = 0;
		latest = next;
		queueMicrotask(() => {
			if (latest !== next || !el.isConnected) return;
			if (!len) len = measure(el, next[1]);
			fit(el, len, next[0]);
		});
	};
	later(p);
	return { update: later };
};
