/**
 * The diagram page's fit: the diagram takes the room left beside the note panel and above the
 * step controls, so that diagram, buttons and narration are all on screen together and the page
 * is never scrolled to step. Measured in the browser (the prerendered page falls back to CSS, and
 * fitFigure.js sizes it before the first paint); phones scroll instead.
 */

import { nextFrame } from './schedule';

/**
 * The page's metrics in px, their one source: the note panel's column, the gap beside it, the
 * figure's padding + border (both sides), the room kept under the figure and the least height it
 * gets. They reach the inline fit script as its data-metrics (`metricsAttribute`), with the two
 * widths below; styles/page.css repeats panel, gap and frame (custom properties set by the page
 * cost 0.3 KB of every diagram page's JavaScript, over its budget).
 */
export const PAGE_METRICS = { panel: 340, gap: 16, frame: 18, bottom: 14, minHeight: 240 };
/** Widest window drawn in the narrow (phone) format, px (page.css's @media rules repeat it). */
export const NARROW_MAX = 640;
/** Narrowest window with the note panel beside the diagram, px (page.css's @media rules too). */
export const SIDE_PANEL_MIN = 900;

/** fitFigure.js's data-metrics: the numbers in the order it reads them. */
export function metricsAttribute(): string {
	const m = PAGE_METRICS;
	return [m.panel, m.gap, m.frame, m.bottom, m.minHeight, NARROW_MAX, SIDE_PANEL_MIN].join(' ');
}

/**
 * The attributes of the script that sizes the prerendered figure as soon as it is parsed, before
 * the first paint (fitFigure.js; sized by CSS alone until hydration, it jumped: a layout shift of
 * 0.1–0.27 on desktop), and a phone's <svg> to the narrow drawing's aspect (`narrow`, its viewBox;
 * 0.1–0.16 at 360–412 px otherwise). svelte.config.js hashes the script's text for the CSP, so
 * attributes may differ per page. Its id, fit-figure, is what src/app.html's rel=expect waits for.
 */
export function fitAttributes(narrow: { w: number; h: number }): string {
	return `data-narrow="${narrow.w} / ${narrow.h}" data-metrics="${metricsAttribute()}"`;
}

export interface FitInput {
	innerWidth: number;
	innerHeight: number;
	/** Width of the stage (figure and panel) and top of the diagram, px. */
	stageWidth: number;
	stageTop: number;
	/** Height of the step controls under the diagram, px. */
	captionHeight: number;
	/** Width over height of the drawing. */
	aspect: number;
	presenting: boolean;
	/** A note is open. */
	panel: boolean;
}

/** The drawing's width in px: as wide as the stage allows, as high as the window allows. */
export function fittedWidth(p: FitInput): number {
	const m = PAGE_METRICS;
	const panel = p.presenting ? 0.3 * p.innerWidth : m.panel;
	const side = p.innerWidth >= SIDE_PANEL_MIN && (p.panel || !p.presenting) ? panel + m.gap : 0;
	const padding = p.presenting ? 24 : 0;
	const room = Math.max(m.minHeight, p.innerHeight - p.stageTop - p.captionHeight - m.bottom);
	return Math.floor(Math.min(p.stageWidth - padding - side - m.frame, p.aspect * room));
}

export class PageFit {
	innerWidth = $state(0);
	innerHeight = $state(0);
	stageWidth = $state(0);
	captionHeight = $state(0);
	stageTop = $state(0);
	/** The element the diagram is drawn in (bound by the page). */
	slot: HTMLElement | undefined;
	/** A phone: null until known (the window's width, and the page `ready` for a narrow one). */
	readonly narrow: boolean | null;
	/** The drawing's width, or null where CSS sizes it (phones, the prerendered page). */
	readonly width: number | null;

	/** `page` says what the fit depends on; `changes` lists what moves the diagram's top. */
	constructor(page: {
		ready: () => boolean;
		presenting: () => boolean;
		panel: () => boolean;
		aspect: () => number;
		changes: () => unknown[];
	}) {
		this.narrow = $derived(
			!this.innerWidth ? null : this.innerWidth > NARROW_MAX ? false : page.ready() || null
		);
		this.width = $derived.by(() => {
			if (this.narrow !== false || !this.stageWidth) return null;
			const { innerWidth, innerHeight, stageWidth, stageTop, captionHeight } = this;
			const [aspect, presenting, panel] = [page.aspect(), page.presenting(), page.panel()];
			return fittedWidth({
				innerWidth,
				innerHeight,
				stageWidth,
				stageTop,
				captionHeight,
				aspect,
				presenting,
				panel
			});
		});
		// Measured at once the first time (the hydrated figure keeps the size fitFigure.js gave it);
		// afterwards in the next frame, whose layout is computed anyway: read in the middle of a
		// view change, it forced a layout of the half-updated page inside the navigation's long task.
		let measured = false;
		$effect(() => {
			const presenting = page.presenting();
			void [this.innerWidth, this.innerHeight, page.changes()];
			// Not on phones (nor before it is known): nothing uses it there.
			if (this.narrow !== false) return;
			const measure = () =>
				(this.stageTop = this.slot!.getBoundingClientRect().top + (presenting ? 0 : scrollY));
			if (!measured) {
				measured = true;
				return void measure();
			}
			return nextFrame(measure);
		});
	}

	/**
	 * The caption's height now, once the URL's step is restored and before the page is shown: its
	 * observer (sizeNextFrame) would pass the restored narration's height on a frame late, and a
	 * deep link's figure moved then (0.0037 on /en/networking/?step=2&node=question, layout-shift.spec).
	 */
	restored(): void {
		const caption = this.slot?.nextElementSibling;
		if (caption) this.captionHeight = caption.clientHeight;
	}
}
