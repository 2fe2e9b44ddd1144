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
 * A line's natural length (0 when it is not laid out yet: hidden, or fonts pending) is cached by
 * attributes and the caller's `text` (which names what else sets the font, e.g. a node's shape),
 * not by computed style: reading that forced a style recalculation of the page for every line
 * that appeared, even when its length was known.
 */
type Line = { el: SVGTextContentElement; p: [number, string, number]; len: number };
const keyOf = ({ el, p }: Line) =>
	`${el.getAttribute('font-size')}|${el.getAttribute('class')}|${p[1]}`;

/**
 * Lines waiting to be measured and fitted (each once, as last updated), done together: all the
 * writes that clear a condensed line, then all the reads, then all the writes. One line at a time
 * (read, write, read…) forced a layout of the page for each line after the first condensed one:
 * 70 ms of layouts at 4× CPU when a phone's page switched to the narrow drawing.
 */
const queue = new Set<Line>();
/** `measure` false: only the lines whose length is known (the rest stay queued). */
function flush(measure = true) {
	const lines: Line[] = [];
	for (const l of queue)
		if (!l.el.isConnected) queue.delete(l);
		else if (measure || (l.len ||= natural.get(keyOf(l)) ?? 0)) {
			queue.delete(l);
			lines.push(l);
		}
	const todo = lines.filter((l) => !(l.len ||= natural.get(keyOf(l)) ?? 0));
	for (const l of todo) l.el.removeAttribute('textLength');
	// A 0 (not laid out) is cached too, and read as unknown: measured again next time.
	for (const l of todo) natural.set(keyOf(l), (l.len = l.el.getComputedTextLength()));
	for (const { el, len, p } of lines) {
		const max = p[0];
		if (len > max && max > 0) {
			if (el.getAttribute('textLength') === String(max)) continue;
			el.setAttribute('textLength', String(max));
			el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
		} else if (el.hasAttribute('textLength')) {
			el.removeAttribute('textLength');
			el.removeAttribute('lengthAdjust');
		}
	}
}

/**
 * Lines drawn while
 * the page hydrates (and a phone's switch to the narrow drawing, in the task after) wait until a
 * frame painted after the last of them: then the layout the reads need is already done. Read at
 * once, they forced a layout of the whole page inside those long tasks (≈ 200 ms at 4× CPU on a
 * phone). The prerendered lines were painted unfitted anyway; they are fitted a frame later.
 */
let painted = false;
let pushes = 0;

/**
 * Once painted, a line whose length is known is fitted a microtask later (a box's width tweening,
 * before the frame paints it); a new text is measured in the next frame, with every other new
 * line, where the frame lays the page out anyway. Measured in the microtask, a view change's new
 * labels forced a layout inside the navigation's task: 14–28 ms of getComputedTextLength in most
 * long view changes at 4× CPU (`npm run bench -- --profile=view`). A new label is drawn unfitted
 * for that one frame, while it fades in.
 */
let soon = false;
let framed = false;
function flushKnown() {
	soon = false;
	flush(false);
	if (queue.size && !framed) {
		framed = true;
		requestAnimationFrame(() => {
			framed = false;
			flush();
		});
	}
}
function afterPaint() {
	requestAnimationFrame(() => {
		const n = pushes;
		setTimeout(() => (pushes > n ? afterPaint() : ((painted = true), flush())));
	});
}

/**
 * `use:fitWidth={[maxWidth, text, fontSize]}`: text and size are there so that a change of either
 * re-measures the line. `text` is the line's text, prefixed with anything outside the element that
 * changes its font (a ghost node's label is lighter than a block's); a change of width alone only
 * re-fits it.
 */
export const fitWidth: Action<SVGTextContentElement, [number, string, number]> = (el, p) => {
	// Its natural length, once measured, is dropped when its text or size changes.
	const line: Line = { el, p, len: 0 };
	const later = (next: [number, string, number]) => {
		if (next[1] !== line.p[1] || next[2] !== line.p[2]) line.len = 0;
		line.p = next;
		queue.add(line);
		if (painted) {
			if (!soon) queueMicrotask(flushKnown);
			soon = true;
		} else if (!pushes++) afterPaint();
	};
	later(p);
	return { update: later };
};
