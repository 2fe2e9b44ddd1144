/** Shared geometry types and text measuring for the pure layout functions. */
export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export type Point = [number, number];

/**
 * Layout formats: 'wide' draws in a 1200-unit frame (desktops, projectors); 'narrow' in 400 units
 * (phones, portrait frames); 'compact' in 480 units with large type for its size and no detail
 * lines (small landscape frames such as a 480×270 embed).
 */
export type Format = 'wide' | 'narrow' | 'compact';

export const FRAME_WIDTH: Record<Format, number> = { wide: 1200, narrow: 400, compact: 480 };

/*
 * Per-format sizes that the layout kinds read too. The scene's table of metrics (scene/metrics.ts)
 * holds these and every other per-format number the scene sizes things by.
 */

/**
 * Arrowhead size in multiples of the line's stroke width (SVG markerUnits="strokeWidth"), so a
 * head keeps its proportion to its line. A compact frame (presentation, embeds) has boxes about
 * half as tall as a wide one and is scaled up a lot, so its heads are smaller per unit of stroke.
 */
export const ARROW: Record<Format, number> = { wide: 7, narrow: 6, compact: 4.5 };

/**
 * Type sizes in frame units. Narrow frames are drawn about 1:1 on a 360–390 px phone and compact
 * ones about 1:1 in a 480×270 embed, so their sizes are the pixel sizes there: at least 11 px on a
 * phone and 10 px in the embed once `MIN_SCALE` has shrunk a long label. Facts (addresses,
 * ports: one monospace token each, cut rather than wrapped) are a size smaller on phones, where
 * a box is a third of the screen wide: 13 units are still 11.2 px on a 360 px phone.
 */
export const TYPE = {
	wide: { label: 15, detail: 12, small: 12.5, title: 15, fact: 12 },
	narrow: { label: 14, detail: 14, small: 14, title: 14, fact: 13 },
	compact: { label: 12, detail: 12, small: 11.5, title: 12, fact: 12 }
} as const;

/** How far fitText may shrink a label: on small screens not below the sizes above allow. */
export const MIN_SCALE: Record<Format, number> = { wide: 0.78, narrow: 0.92, compact: 0.92 };

export const LINE_HEIGHT = 1.25;

/** Labels are set in semibold, about 8 % wider than the regular-weight estimate. */
export const BOLD = 1.08;

/**
 * Width of a string in em, estimated per character class. System sans-serif fonts differ, so this
 * errs wide; Hangul and other CJK glyphs are close to a full em.
 */
export function textWidthEm(text: string): number {
	let w = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (
			c >= 0x1100 &&
			(c <= 0x11ff ||
				(c >= 0x2e80 && c <= 0xa4cf) ||
				(c >= 0xac00 && c <= 0xd7a3) ||
				(c >= 0xf900 && c <= 0xfaff) ||
				(c >= 0xff00 && c <= 0xffef))
		)
			w += 0.96;
		else if (ch === ' ') w += 0.28;
		else if (/[iljtf.,:;'|!·()[\]/]/.test(ch)) w += 0.32;
		else if (/[mwMW]/.test(ch)) w += 0.86;
		else if (/[A-Z0-9]/.test(ch)) w += 0.64;
		else w += 0.54;
	}
	return w;
}

/**
 * Breaks text into lines no wider than maxWidth (in units at the given font size). Breaks at spaces,
 * and after "-", "/" or "·" inside long words; a word that still does not fit is cut between its
 * characters, except a run of Latin letters and digits: an English word is never split across
 * lines ("DNAT · mas" / "querade"), it takes a line of its own even where it is too wide there
 * (see `overflows`). At most maxLines lines; the last one ends in "…" when text was dropped, or
 * `shorter` (an edge's short label) takes its place, wrapped the same way.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	maxLines = 3,
	breakWords = true,
	shorter?: string
): string[] {
	const fits = (s: string) => textWidthEm(s) * fontSize <= maxWidth;
	const pieces = text
		.split(/(?<=\s)|(?<=[-/·])/)
		.flatMap((p) => (fits(p.trim()) || !breakWords ? [p] : (p.match(/[A-Za-z0-9]+|[^]/gu) ?? [])));
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line && !fits((line + piece).trimEnd())) {
			lines.push(line.trimEnd());
			line = piece.trimStart();
		} else line += piece;
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length > maxLines) {
		if (shorter) return wrapText(shorter, maxWidth, fontSize, maxLines, breakWords);
		const kept = lines.slice(0, maxLines);
		let last = kept[maxLines - 1];
		while (last.length > 1 && !fits(last + '…')) last = last.slice(0, -1);
		kept[maxLines - 1] = last.trimEnd() + '…';
		return kept;
	}
	return lines;
}

/** Whether a line of `wrapText` is wider than `maxWidth` (a word it would not split). */
export const overflows = (lines: string[], maxWidth: number, fontSize: number) =>
	lines.some((l) => textWidthEm(l) * fontSize > maxWidth);

export function center(r: Rect): Point {
	return [r.x + r.w / 2, r.y + r.h / 2];
}

export function union(rects: Rect[]): Rect {
	const x0 = Math.min(...rects.map((r) => r.x));
	const y0 = Math.min(...rects.map((r) => r.y));
	const x1 = Math.max(...rects.map((r) => r.x + r.w));
	const y1 = Math.max(...rects.map((r) => r.y + r.h));
	return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * Fits a label into a box: wraps at word boundaries, shrinking the type (down to 78 %) before it
 * would break a word in the middle — "라이브러리" must never become "라이브러 / 리".
 */
export function fitText(
	text: string,
	maxWidth: number,
	fontSize: number,
	maxLines: number,
	minScale = 0.78
): { lines: string[]; scale: number } {
	const scales = [1, 0.92, 0.85, 0.78].filter((s) => s >= minScale);
	for (const scale of scales) {
		const lines = wrapText(text, maxWidth, fontSize * scale, Infinity, false);
		// A widow ("2)" alone on the last line) reads badly: try smaller type first.
		const last = lines[lines.length - 1] ?? '';
		const widow = lines.length > 1 && [...last].length <= 2 && scale !== scales[scales.length - 1];
		const fits = lines.every((l) => textWidthEm(l) * fontSize * scale <= maxWidth);
		if (!widow && fits && lines.length <= maxLines) return { lines, scale };
	}
	const last = scales[scales.length - 1];
	return { lines: wrapText(text, maxWidth, fontSize * last, maxLines), scale: last };
}
