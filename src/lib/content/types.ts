/**
 * The content model. A diagram is plain typed data: nodes with stable slug ids, edges, groups,
 * views, and per-view ordered steps. Render and layout code knows nothing about any one diagram.
 */

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in every supported language. */
export type L10n = Record<Lang, string>;

export interface SourceRef {
	/** Short citation, e.g. "NIST SP 800-125". */
	label: string;
	url: string;
}

/** Colour family of a node; the palette lives in CSS so themes can change it. */
export type Tone =
	| 'hardware'
	| 'kernel'
	| 'hypervisor'
	| 'engine'
	| 'vm'
	| 'guest'
	| 'userland'
	| 'app'
	| 'external'
	| 'file'
	| 'process';

/** How a node is drawn: a filled block, an outlined frame around other nodes, or an absence. */
export type NodeShape = 'block' | 'frame' | 'ghost';

/** Where a node sits in a `stacks` layout: its column, its rows (bottom → top) and its share of the column. */
export interface StackPlace {
	stack: string;
	/** Row ids, bottom row first; a node spans from rows[0] to rows[rows.length - 1]. */
	rows: [string] | [string, string];
	/** Share of the column in twelfths: [from, to], default [0, 12]. */
	span?: [number, number];
}

/** Where a node sits in a `grid` layout view: column and row (0-based), optional size in cells. */
export interface GridPlace {
	col: number;
	row: number;
	cols?: number;
	rows?: number;
}

export interface NodeDef {
	id: string;
	label: L10n;
	/** Second, smaller line on the diagram. */
	detail?: L10n;
	tone: Tone;
	shape?: NodeShape;
	/** Drawn this many times side by side (one per VM, per container…) but one node to click. */
	copies?: number;
	/** Keys of note passages this node reveals, shown verbatim. */
	notes?: string[];
	/** Team-written text (not from the note): what is precisely true. */
	about: L10n;
	sources: SourceRef[];
	/** Place in a `stacks` layout. */
	place?: StackPlace;
	/**
	 * When hidden, shrink into the first of these that is visible (motion only): on a view change,
	 * and within a view at a step that conceals (or has not yet revealed) this node, so the parts a
	 * box splits into grow out of it and merge back into it.
	 */
	exitTo?: string[];
	/** How long the process lives, for diagrams that show lifetimes. */
	lifetime?: 'daemon' | 'per-container' | 'transient' | 'workload';
}

export interface EdgeDef {
	id: string;
	from: string;
	to: string;
	label: L10n;
	/** Longer description for the panel and the edge's accessible name. */
	about?: L10n;
	sources?: SourceRef[];
	style?: 'solid' | 'dashed';
	/** Draw an arrow at both ends. */
	both?: boolean;
}

export interface GroupDef {
	id: string;
	label: L10n;
	/** The note's own name for this group, shown beside the precise one. */
	noteName?: L10n;
}

export interface RowDef {
	id: string;
	label: L10n;
}

export interface StacksLayoutSpec {
	kind: 'stacks';
	/** Group ids, left to right. */
	stacks: string[];
}

export interface GridLayoutSpec {
	kind: 'grid';
	cols: number;
	rows: number;
	place: Record<string, GridPlace>;
}

export interface TreeLayoutSpec {
	kind: 'tree';
	/** child id → parent id; the one node without a parent is the root. */
	parent: Record<string, string | null>;
}

export type LayoutSpec = StacksLayoutSpec | GridLayoutSpec | TreeLayoutSpec;

export interface TokenDef {
	edge: string;
	/** Travel from `to` back to `from` (a reply, an event). */
	reverse?: boolean;
}

export interface StepDef {
	narration: L10n;
	/** Nodes this step is about; the rest are dimmed. Empty or absent: nothing dimmed. */
	highlight?: string[];
	/** Edges this step is about. */
	edges?: string[];
	/** Nodes that appear at this step (hidden before it). */
	reveal?: string[];
	/** Nodes that disappear at this step (hidden from it on, until revealed again). */
	conceal?: string[];
	/** Messages that travel along edges while this step plays. */
	tokens?: TokenDef[];
}

export interface ViewDef {
	id: string;
	title: L10n;
	summary: L10n;
	layout: LayoutSpec;
	/** Nodes in this view; for `stacks`, derived from the stacks when absent. */
	nodes?: string[];
	/** Edges in this view; default: every edge whose ends are both in the view. */
	edges?: string[];
	steps: StepDef[];
}

export interface DiagramDef {
	id: string;
	title: L10n;
	summary: L10n;
	/** Rows of a `stacks` layout, bottom first (layers aligned by role). */
	rows?: RowDef[];
	groups: GroupDef[];
	nodes: NodeDef[];
	edges: EdgeDef[];
	/** The first view is the default. */
	views: ViewDef[];
	/** Which view opens at /{lang}/{diagram}/. */
	defaultView: string;
}

/** Where the note is simplified or wrong: shown under the note's text, never instead of it. */
export interface Correction {
	/** Row of the fact check in shared/reference/domain.md section C. */
	claim: number;
	verdict: 'simplified' | 'inaccurate';
	/** "More precisely: …" in each language. */
	text: L10n;
	sources: SourceRef[];
}
