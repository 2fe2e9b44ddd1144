/**
 * The diagram page's fit: the diagram takes the stage's whole width (the note panel opens over
 * it, as a drawer: no column is kept for it) and the room above the step controls, so that
 * diagram, buttons and narration are all on screen together and the page is never scrolled to
 * step. Where the wide drawing would fall under the type floor (layout/scene/floor.ts) the page
 * draws the compact one instead: fewer, larger words, never smaller type. Measured in the
 * browser (the prerendered page falls back to CSS, and fitFigure.js sizes it before the first
 * paint); phones scroll instead.
 */

import { nextFrame } from './schedule';

/**
 * The page's metrics in px, their one source: the note panel's width, the gap beside it, the
 * figure's padding + border (both sides), the room kept under the figure and the least height it
 * gets. They reach the inline fit script as its data-metrics (`metricsAttribute`), with the
 * widths below, and styles/page.css as custom properties on <html> (`metricsStyle`, written by
 * hooks.server.ts into every page's HTML: no JavaScript in the browser for them).
 */
export const PAGE_METRICS = { panel: 340, gap: 16, frame: 18, bottom: 14, minHeight: 240 };
/** Widest window drawn in the narrow (phone) format, px (page.css's @media rules repeat it). */
export const NARROW_MAX = 640;
/**
 * Narrowest window where the note panel is a drawer beside the clicked node rather than a sheet
 * from the bottom, and where a presenter's note takes a column (page.css's @media rules too).
 */
export const SIDE_PANEL_MIN = 900;

/** fitFigure.js's data-metrics: the numbers in the order it reads them. */
export function metricsAttribute(): string {
	const m = PAGE_METRICS;
	return [m.frame, m.bottom, m.minHeight, NARROW_MAX].join(' ');
}

/** The metrics page.css reads, as a style attribute's text (hooks.server.ts puts it on <html>). */
export function metricsStyle(): string {
	const m = PAGE_METRICS;
	return `--panel:${m.panel}px;--gap:${m.gap}px;--frame:${m.frame}px`;
}

/**
 * The attributes of the script that sizes the prerendered figure as soon as it is parsed, before
 * the first paint (fitFigure.js; sized by CSS alone until hydration, it jumped: a layout shift of
 * 0.1–0.27 on desktop), and a phone's <svg> to the narrow drawing's aspect (`narrow`, its viewBox;
 * 0.1–0.16 at 360–412 px otherwise). svelte.config.js hashes the script's text for the CSP, so
 * attributes may differ per page. Its id, fit-figure, is what src/app.html's rel=expect waits for.
 */
export function fitAttributes(
	narrow: { w: number; h: number },
	compact: { w: number; h: number },
	floor: number
): string {
	return (
		`data-narrow="${narrow.w} / ${narrow.h}" data-compact="${compact.w} / ${compact.h}" ` +
		`data-floor="${floor}" data-metrics="${metricsAttribute()}"`
	);
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
	/**
	 * A question is open (answer mode): its panel takes a column beside the drawing from
	 * SIDE_PANEL_MIN up, since every node must stay in reach to be picked.
	 */
	answering?: boolean;
}

/**
 * The drawing's width in px: as wide as the stage allows, as high as the window allows. Only a
 * presenter's note takes a column beside it; on the page the note opens over the picture.
 */
export function fittedWidth(p: FitInput): number {
	const m = PAGE_METRICS;
	const wide = p.innerWidth >= SIDE_PANEL_MIN;
	const side =
		p.presenting && p.panel && wide
			? 0.3 * p.innerWidth + m.gap
			: p.answering && wide
				? m.panel + m.gap
				: 0;
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
	/**
	 * The wide drawing would fall under the type floor here: the compact one is drawn (from `ready`
	 * on, as phones' narrow one; fitFigure.js gave the <svg> its aspect before the first paint).
	 */
	readonly compact: boolean;
	readonly #small: boolean;

	/** `page` says what the fit depends on; `changes` lists what moves the diagram's top. */
	constructor(page: {
		ready: () => boolean;
		presenting: () => boolean;
		panel: () => boolean;
		answering?: () => boolean;
		/** Width over height of what is drawn now. */
		aspect: () => number;
		/** A format's aspect (width over height) and the least width that keeps its type floor. */
		drawing: (format: 'wide' | 'compact') => { aspect: number; floor: number };
		changes: () => unknown[];
	}) {
		this.narrow = $derived(
			!this.innerWidth ? null : this.innerWidth > NARROW_MAX ? false : page.ready() || null
		);
		const fitted = (aspect: number) =>
			fittedWidth({
				innerWidth: this.innerWidth,
				innerHeight: this.innerHeight,
				stageWidth: this.stageWidth,
				stageTop: this.stageTop,
				captionHeight: this.captionHeight,
				aspect,
				presenting: page.presenting(),
				panel: page.panel(),
				answering: page.answering?.()
			});
		this.#small = $derived.by(() => {
			if (this.narrow !== false || !this.stageWidth || page.presenting()) return false;
			const wide = page.drawing('wide');
			return fitted(wide.aspect) < wide.floor;
		});
		this.compact = $derived(this.#small && page.ready());
		this.width = $derived.by(() => {
			if (this.narrow !== false || !this.stageWidth) return null;
			// Presenting draws the compact format at every step: its aspect may change with the step.
			if (page.presenting()) return fitted(page.aspect());
			return fitted(page.drawing(this.#small ? 'compact' : 'wide').aspect);
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
