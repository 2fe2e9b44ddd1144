/** What a scene is made of: the marks the renderer draws, with every position already decided. */
import type { Direction } from '../navigate';
import type { NodeShape, Tone } from '../../content/types';
import type { Format, Point, Rect } from '../geometry';
import type { Route } from '../edges';
import type { ScenePacket } from '../packets';

export type Emphasis = 'normal' | 'active' | 'dim';

export interface SceneNode {
	id: string;
	rects: Rect[];
	/** In the view and revealed at this step: drawn, focusable, clickable. */
	shown: boolean;
	emphasis: Emphasis;
	tone: Tone;
	shape: NodeShape;
	lifetime?: string;
	label: string[];
	detail: string[];
	/** Compact fact lines ("inet 172.18.0.2/16"), monospace, as many as fit. */
	facts: string[];
	/** Type scale (≤ 1) that lets the label fit without breaking a word. */
	scale: number;
	/** Where the text sits: centred, in a band at the bottom (frames) or the top (containers). */
	labelAt: 'center' | 'bottom' | 'top';
}

export interface SceneEdge {
	id: string;
	points: Point[];
	d: string;
	label: string[];
	labelAt: Route['label'];
	/** Accessible name: "from → to: label", with the full (unwrapped) texts of this step. */
	name: string;
	shown: boolean;
	emphasis: Emphasis;
	dashed: boolean;
	both: boolean;
	/** Whether a both-way edge has room for its heads (scene/edges.ts headsFor); one-way: 'full'. */
	heads: 'full' | 'none';
}

export interface SceneToken {
	edge: string;
	points: Point[];
	reverse: boolean;
}

export interface SceneGroup {
	id: string;
	x: number;
	y: number;
	w: number;
	title: string[];
	noteName: string[];
	scale: number;
}

export interface SceneRow {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
	label: string[];
}

export interface Scene {
	format: Format;
	/**
	 * The view's frame (its overview's viewBox as placed): the picture on the page has its aspect
	 * at every step, and the type floor is the frame's.
	 */
	frame: Rect;
	/** What the step shows (the camera: layout/scene/compose.ts), at the frame's aspect. */
	viewBox: Rect;
	fontSize: { label: number; detail: number; small: number; title: number; fact: number };
	/** In drawing order: a node that encloses another comes before it. */
	nodes: SceneNode[];
	/** Arrow-key moves: from a node id, the node each direction reaches (layout/navigate.ts). */
	near: Record<string, Partial<Record<Direction, string>>>;
	edges: SceneEdge[];
	groups: SceneGroup[];
	rows: SceneRow[];
	tokens: SceneToken[];
	/** Multi-hop packets of this step, played one after another. */
	packets: ScenePacket[];
}
