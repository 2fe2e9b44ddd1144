/** The geometry every layout kind returns, before step state (visibility, emphasis) is applied. */
import type { PacketTags } from './tags';
import type { Format, Rect } from './geometry';
import type { RouteStyle } from './edges';

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

/** A kind's layout with how its edges route when the view gives no hint (`layout/place.ts`). */
export interface Placed extends BaseLayout {
	route: RouteStyle;
	/** Column headings as the scene draws them, per group id, in the page's language (place.ts). */
	headings?: Record<string, { title: string[]; noteName: string[]; scale: number }>;
	/** Per step (1-based) that sends packets, where their tags stop (layout/tags.ts, place.ts). */
	tags?: Record<number, PacketTags[]>;
}

/** Per view id and format: what `placementsFor` computed at build time for one page. */
export type Placements = Record<string, Partial<Record<Format, Placed>>>;
