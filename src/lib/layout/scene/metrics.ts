/**
 * Every number the scene sizes things by, in one table per format (wide: a 1200-unit frame on a
 * desktop; narrow: 400 units on a phone; compact: 480 units in a slide or a small embed), and the
 * few that hold for every format. The reasons for each value are beside it.
 */
import { ARROW, MIN_SCALE, TYPE, type Format } from '../geometry';

export interface FormatMetrics {
	/** Type sizes (geometry.ts TYPE, which the layout kinds read too). */
	type: { label: number; detail: number; small: number; title: number; fact: number };
	/** How far fitText may shrink a label (geometry.ts MIN_SCALE). */
	minScale: number;
	/** Arrowhead size per unit of stroke width (geometry.ts ARROW). */
	arrow: number;
	/** A node's label runs across the box's width less this (both sides). */
	labelInset: number;
	/** Detail lines a bottom-labelled frame shows (only wide frames have the height). */
	frameDetail: number;
	/**
	 * Whether a detail cut short ("…") after more than one word is kept: compact frames (slides,
	 * small embeds) show less detail anyway and leave every cut one off (the panel has it).
	 */
	keepCutDetail: boolean;
	/** The widest an edge label may run, in frame units. */
	edgeLabelRoom: number;
	/**
	 * Which edges keep their labels. `every`: wide frames have the room between rows. `clear`: in
	 * a slide, a small embed or a laptop's compact drawing of a view that makes room between its
	 * rows (GridLayoutSpec `compact`), every horizontal label that stays clear of every box and of
	 * the labels placed before it (on the projector the transports are the content); other views
	 * there are `active`. `active`: on a phone, only the horizontal edges a step is about, and only where the
	 * label stays clear of every box. The narration says the rest, and an edge's name carries it.
	 */
	edgeLabels: 'every' | 'clear' | 'active';
	/** Margin of the viewBox beside the content. */
	pad: number;
	/**
	 * How far (a fraction) an edge label may run past its estimated width: a wide font such as
	 * DejaVu Sans runs up to a tenth past it, and small frames have no margin beside the drawing
	 * to take that up.
	 */
	labelSpare: number;
}

export const METRICS: Record<Format, FormatMetrics> = {
	wide: {
		type: TYPE.wide,
		minScale: MIN_SCALE.wide,
		arrow: ARROW.wide,
		labelInset: 14,
		frameDetail: 1,
		keepCutDetail: true,
		edgeLabelRoom: 210,
		edgeLabels: 'every',
		pad: 8,
		labelSpare: 0
	},
	narrow: {
		type: TYPE.narrow,
		minScale: MIN_SCALE.narrow,
		arrow: ARROW.narrow,
		labelInset: 6,
		frameDetail: 0,
		keepCutDetail: true,
		edgeLabelRoom: 118,
		edgeLabels: 'active',
		pad: 4,
		labelSpare: 0.15
	},
	compact: {
		type: TYPE.compact,
		minScale: MIN_SCALE.compact,
		arrow: ARROW.compact,
		labelInset: 6,
		frameDetail: 0,
		keepCutDetail: false,
		edgeLabelRoom: 140,
		edgeLabels: 'clear',
		pad: 4,
		labelSpare: 0.15
	}
};

// The numbers that hold for every format (plain constants: the minifier writes them in place).
/**
 * Pages get placements rounded to 1/2 unit (place.ts), and a box that lost that much to
 * rounding must not scale its label down a step (web-ns in a 480×270 embed did).
 */
export const ROUNDING_SLACK = 0.5;
/** Vertical padding of a block's text (detail lines fit in its height less this). */
export const TEXT_PAD = 10;
/** Most label plus detail lines in a block. */
export const TEXT_LINES = 3;
/** An edge with less room than this along it has no label. */
export const MIN_EDGE_LABEL = 48;
/** How far apart parallel edges between the same two nodes run. */
export const PAIR_OFFSET = 16;
/** How far beside its boxes a grid edge's own side bracket runs. */
export const SIDE_GUTTER = 24;
/** Half the widest stroke (an active edge): how far a route grows the viewBox. */
export const STROKE = 2;
