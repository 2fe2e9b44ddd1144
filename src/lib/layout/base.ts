/** The geometry every layout kind returns, before step state (visibility, emphasis) is applied. */
import type { Rect } from './geometry';

export interface BaseLayout {
	width: number;
	height: number;
	/** Each node's rectangles, one per copy. */
	nodes: Record<string, Rect[]>;
	/** Column headers (stacks layout). */
	groups: { id: string; x: number; y: number; w: number; h: number }[];
	/** Row labels (stacks layout, wide format). */
	rows: { id: string; x: number; y: number; w: number; h: number }[];
	/** Where a node's text sits when the kind decides it (boxes: containers label their top). */
	labelAt?: Record<string, 'center' | 'bottom' | 'top'>;
	/**
	 * How far left of the boxes it joins a side route runs (stacks: within the gap between
	 * columns, so it never crosses the neighbouring column); routeEdge's default when absent.
	 */
	gutter?: number;
	/** The part of the frame that holds something; the viewBox fits it. */
	content: Rect;
}
