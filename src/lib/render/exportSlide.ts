/**
 * The current step as a standalone 16:9 slide (1920×1080): the view's title and "Step n of N" at
 * the top, the diagram in the presenting layout (compact: fewer, larger words) scaled into the
 * middle, and the narration as a caption under it, as plain text (no Markdown). Built from the
 * plain export (exportImage.ts), so it survives slide tools the same way: SVG text only, no
 * paint-order, no nested <svg>, no foreignObject; the caption is wrapped into lines here (SVG
 * text does not wrap), measured in the export's own font stack with room to spare for a
 * fallback face.
 */
import type { Lang } from '$lib/content/types';
import type { PageDef } from '$lib/content/page';
import { plainText } from '$lib/content/speech';
import { ui } from '$lib/content/ui';
import { exportSvg, cssColour, FONT_STACK } from './exportImage';

export const SLIDE = { width: 1920, height: 1080, margin: 72 } as const;
const NS = 'http://www.w3.org/2000/svg';
const TITLE_SIZE = 46;
// The caption: the largest size at which it fits in MAX_LINES lines (a long narration shrinks).
const CAPTION_SIZES = [38, 34, 30, 27];
const MAX_LINES = 4;
const LINE = 1.32;
// A fallback face can be wider than the one measured here: lines are filled to this share.
const FILL = 0.92;

export interface SlideRequest {
	def: PageDef;
	view: string;
	step: number;
	lang: Lang;
}

/** The words of the step's caption: the narration, or the view's summary on the overview. */
export function slideCaption(def: PageDef, viewId: string, step: number): string {
	const view = def.views.find((v) => v.id === viewId)!;
	const text = step === 0 ? view.summary : (view.steps[step - 1]?.narration ?? '');
	return plainText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Breaks `text` into lines no wider than `max` (by `measure`), at spaces; a word wider than a
 * line (a long path or command) is broken between characters.
 */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (measure(next) <= max) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		let rest = word;
		while (measure(rest) > max) {
			let cut = rest.length - 1;
			while (cut > 1 && measure(rest.slice(0, cut)) > max) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}

/** The slide as an SVG document, in the page's current theme. */
export function exportSlide(req: SlideRequest): { svg: string; width: number; height: number } {
	const { def, view, step, lang } = req;
	const t = ui[lang];
	const viewDef = def.views.find((v) => v.id === view)!;
	const heading = `${def.title} — ${viewDef.title}`;
	const stepLine = t.step(step, viewDef.steps.length);
	const { width: W, height: H, margin: M } = SLIDE;

	const ctx = document.createElement('canvas').getContext('2d')!;
	const measureAt = (size: number, weight = 400) => {
		ctx.font = `${weight} ${size}px ${FONT_STACK}`;
		return (s: string) => ctx.measureText(s).width;
	};
	const caption = slideCaption(def, view, step);
	const room = (W - 2 * M) * FILL;
	let size = CAPTION_SIZES[0];
	let lines: string[] = [];
	for (size of CAPTION_SIZES) {
		lines = wrapText(caption, room, measureAt(size));
		if (lines.length <= MAX_LINES) break;
	}
	if (lines.length > MAX_LINES) {
		lines = lines.slice(0, MAX_LINES);
		lines[MAX_LINES - 1] = lines[MAX_LINES - 1].replace(/\s*\S*$/, '') + ' …';
	}
	const lineHeight = Math.round(size * LINE);
	const captionTop = H - M - lineHeight * lines.length;

	const root = document.createElementNS(NS, 'svg');
	const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
		const e = document.createElementNS(NS, name);
		for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
		if (text !== undefined) e.textContent = text;
		return e;
	};
	for (const [k, v] of Object.entries({
		xmlns: NS,
		width: W,
		height: H,
		viewBox: `0 0 ${W} ${H}`,
		'font-family': FONT_STACK
	}))
		root.setAttribute(k, String(v));
	const text = cssColour('--text');
	const muted = cssColour('--muted');
	root.append(
		el('title', {}, `${heading} (${stepLine})`),
		el('rect', { x: 0, y: 0, width: W, height: H, fill: cssColour('--surface') }),
		el(
			'text',
			{ x: M, y: M + TITLE_SIZE * 0.8, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: text },
			fitTitle(heading, W - 2 * M - measureAt(30)(stepLine) - 48, measureAt(TITLE_SIZE, 700))
		),
		el(
			'text',
			{ x: W - M, y: M + TITLE_SIZE * 0.8, 'font-size': 30, fill: muted, 'text-anchor': 'end' },
			stepLine
		)
	);

	// The diagram, in the box between the title and the caption, centred and scaled to fit.
	const top = M + TITLE_SIZE + 40;
	const box = { x: M, y: top, w: W - 2 * M, h: captionTop - 40 - top };
	const plain = exportSvg({ def, view, step, lang, title: heading, format: 'compact' });
	const inner = new DOMParser().parseFromString(plain.svg, 'image/svg+xml').documentElement;
	const [vx, vy, vw, vh] = (inner.getAttribute('viewBox') ?? `0 0 ${plain.width} ${plain.height}`)
		.split(/\s+/)
		.map(Number);
	const k = Math.min(box.w / vw, box.h / vh);
	const g = el('g', {
		transform: `translate(${r(box.x + (box.w - vw * k) / 2)} ${r(box.y + (box.h - vh * k) / 2)}) scale(${r(k, 4)}) translate(${-vx} ${-vy})`,
		'data-slide-diagram': `${def.id}/${view}`
	});
	// What the diagram's root gave its children by inheritance goes on the group.
	for (const a of ['fill', 'stroke', 'stroke-width', 'font-size', 'font-weight', 'font-style'])
		if (inner.hasAttribute(a)) g.setAttribute(a, inner.getAttribute(a)!);
	// Its own title and background rect stay behind: the slide has both.
	const parts = [...inner.childNodes].filter((n) => n.nodeName !== 'title');
	if (parts[0]?.nodeName === 'rect') parts.shift();
	g.append(...parts.map((n) => document.importNode(n, true)));
	root.append(g);

	const cap = el('g', { 'data-slide-caption': '', 'font-size': size, fill: text });
	lines.forEach((line, i) =>
		cap.append(el('text', { x: M, y: captionTop + i * lineHeight + size * 0.8 }, line))
	);
	root.append(
		el('line', {
			x1: M,
			x2: W - M,
			y1: captionTop - 24,
			y2: captionTop - 24,
			stroke: cssColour('--line'),
			'stroke-width': 2
		}),
		cap
	);
	return { svg: new XMLSerializer().serializeToString(root), width: W, height: H };
}

const r = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The title on one line: cut with an ellipsis when it would run into the step line. */
function fitTitle(title: string, max: number, measure: (s: string) => number): string {
	if (measure(title) <= max) return title;
	let s = title;
	while (s.length > 1 && measure(`${s}…`) > max) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}
