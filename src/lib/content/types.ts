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

/**
 * Colour families of nodes. The palette lives in CSS (`--tone-<name>-fill` / `-stroke` in app.css,
 * one `light-dark()` pair each), so a new tone is one entry here plus its token lines and its
 * `.tone-<name>` rule there.
 */
export const TONES = [
	'hardware',
	'kernel',
	'hypervisor',
	'engine',
	'vm',
	'guest',
	'userland',
	'app',
	'external',
	'file',
	'process',
	// Networking: a network namespace, a Linux bridge, a network interface (veth end, eth0, lo),
	// netfilter (iptables/nftables rules), a container network, the physical/underlay network.
	'netns',
	'bridge',
	'iface',
	'netfilter',
	'network',
	'underlay'
] as const;
/** Colour family of a node; see TONES. */
export type Tone = (typeof TONES)[number];

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

/**
 * One structured fact about a node: an address, a port, an interface name. Shown as a compact
 * monospace line on the node (`key value`, e.g. `inet 172.18.0.2/16`) and as a definition list in
 * the note panel (`label` when given, else `key`).
 */
export interface FactDef {
	/** Short technical key shown on the node, the same in every language: "inet", "MAC", "port". */
	key: string;
	/** The value, verbatim and monospace: "172.18.0.2/16", "8080→80/tcp". */
	value: string;
	/** Longer name for the panel, e.g. { en: 'IPv4 address', ko: 'IPv4 주소' }. */
	label?: L10n;
	/** Only in the panel, not on the node (keeps the node compact). */
	panelOnly?: boolean;
}

/** Where a node sits in a `grid` layout view: column and row (0-based), optional size in cells. */
export interface GridPlace {
	col: number;
	row: number;
	cols?: number;
	rows?: number;
}

/**
 * A link to the same thing drawn in another diagram (or another view of this one): shown in the
 * note panel as "Also in …", opening `/{lang}/{diagram}/{view}/?node={node}`. Validated across every
 * diagram of the index: the target must exist and the node must be in that view.
 */
export interface RelatedRef {
	diagram: string;
	/** Default: the target diagram's default view. */
	view?: string;
	node: string;
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
	/** Addresses, ports, interface names…: compact lines on the node, a list in the panel. */
	facts?: FactDef[];
	/**
	 * When hidden, shrink into the first of these that is visible (motion only): on a view change,
	 * and within a view at a step that conceals (or has not yet revealed) this node, so the parts a
	 * box splits into grow out of it and merge back into it.
	 */
	exitTo?: string[];
	/** How long the process lives, for diagrams that show lifetimes. */
	lifetime?: 'daemon' | 'per-container' | 'transient' | 'workload';
	/** The same thing in other diagrams. */
	related?: RelatedRef[];
}

export interface EdgeDef {
	id: string;
	from: string;
	to: string;
	label: L10n;
	/**
	 * What the label shrinks to where it would be cut (a phone, an embed): "parent" for "parent
	 * (PPID 1)". The edge's accessible name keeps the whole label.
	 */
	short?: L10n;
	/** Longer description for the panel and the edge's accessible name. */
	about?: L10n;
	sources?: SourceRef[];
	style?: 'solid' | 'dashed';
	/** Draw an arrow at both ends. */
	both?: boolean;
	/**
	 * Route hint for grid views, where the direct route would run through another box:
	 * `side` brackets along the left of both boxes; `across` leaves sideways and turns down a
	 * corridor between the columns. Other layouts ignore it.
	 */
	route?: 'side' | 'across';
	/** The same mechanism in other diagrams; listed in the panels of the nodes it joins. */
	related?: RelatedRef[];
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
	/**
	 * Where each node sits (node id → place). The view's nodes are those placed in one of `stacks`
	 * (unless `ViewDef.nodes` lists them). Several views may share one record.
	 */
	place: Record<string, StackPlace>;
}

export interface GridLayoutSpec {
	kind: 'grid';
	cols: number;
	rows: number;
	place: Record<string, GridPlace>;
	/**
	 * Row pitch and box height in compact frames (slides, small embeds, a laptop's type-floor
	 * drawing), in frame units; default 38 and 31, which leave no room between rows for an edge
	 * label. A view whose edge labels are its content (the runtime's transports) asks for room
	 * for one line of them, keeping the grid short enough that a 480×270 embed's type stays at
	 * 10 px.
	 */
	compact?: { row: number; box: number };
}

export interface TreeLayoutSpec {
	kind: 'tree';
	/** child id → parent id; the one node without a parent is the root. */
	parent: Record<string, string | null>;
}

/** A side of a box. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * Where a node sits in a `boxes` layout: in a cell of its container's grid (or of the top-level
 * grid when `in` is absent), or docked on its container's border (`dock`), half inside, half out —
 * a veth end crossing a network namespace's boundary.
 */
export interface BoxPlace {
	/** Id of the containing node (drawn as a box around its children); absent: the top level. */
	in?: string;
	/** Cell in the container's grid, 0-based; required unless `dock` is given. */
	col?: number;
	row?: number;
	/** Cells spanned, default 1 × 1. */
	cols?: number;
	rows?: number;
	/** Sit on this side of the container's border instead of in a cell. */
	dock?: Side;
	/** Where along the docked side, 0…1 (left→right or top→bottom), default 0.5. */
	at?: number;
	/**
	 * The grid inside this node when it contains others: column count (default: what its children
	 * use) and relative column widths (default: equal).
	 */
	grid?: { cols?: number; widths?: number[] };
}

/**
 * Nested boxes: every node of the view is placed in a cell of its container's grid; containers
 * grow to hold their children (width is shared out from the frame, height sums the rows); a
 * container's label sits in a band along its top edge. Pure and deterministic.
 */
export interface BoxesLayoutSpec {
	kind: 'boxes';
	/** node id → place. Every node of the view needs one; the keys are the view's nodes. */
	place: Record<string, BoxPlace>;
	/** Top-level grid: column count (default: what the places use) and relative widths. */
	grid?: { cols?: number; widths?: number[] };
	/**
	 * Replacement places on phones (the `narrow` format), merged over `place` field by field: stack
	 * side-by-side boxes vertically, e.g. `{ host2: { col: 0, row: 1 } }`. Landscape frames (the
	 * `compact` format: presenting, small embeds) use `place`: they are short, not narrow.
	 */
	narrow?: Record<string, Partial<BoxPlace>>;
	/**
	 * Replacement places in the `compact` format, merged over `place` the same way: e.g. other
	 * column widths, where a label would not fit a 480-unit frame with the wide ones.
	 */
	compact?: Record<string, Partial<BoxPlace>>;
}

export type LayoutSpec = StacksLayoutSpec | GridLayoutSpec | TreeLayoutSpec | BoxesLayoutSpec;

/** How one edge is routed in one view, where the automatic route is wrong. */
export interface RouteHint {
	/**
	 * direct: from facing sides (default for grid and boxes); side: a bracket along the left of both
	 * boxes (default for stacks); elbow: tree connector (default for tree); straight: one segment
	 * from centre line to centre line, clipped to the boxes.
	 */
	style?: 'direct' | 'side' | 'elbow' | 'straight';
	/** Leave the from-node by this side / enter the to-node by this side. */
	fromSide?: Side;
	toSide?: Side;
	/**
	 * Points to pass through, in order: a node id (its centre) or [x, y] as fractions (0…1) of the
	 * view's content box, so one hint serves every format.
	 */
	via?: (string | [number, number])[];
}

export interface TokenDef {
	edge: string;
	/** Travel from `to` back to `from` (a reply, an event). */
	reverse?: boolean;
}

/**
 * A packet travelling a path of edges, hop after hop (each hop starts when the previous ends),
 * with a label that may change at a node (DNAT, masquerade), optionally stopped (blocked).
 * Rendered with the DOM hook `[data-token][data-path="e1 e2 …"]`.
 */
export interface PacketDef {
	/** Edge ids in travel order; consecutive edges share a node. */
	path: string[];
	/** Node it starts from; default the first edge's `from`. Each hop goes to the edge's other end. */
	from?: string;
	/** Shown beside the moving dot: "DNS: db?", "TCP 172.18.0.2 → 172.18.0.3:5432". */
	label?: L10n;
	/** The label changes when the packet reaches node `at` (a node on the path). */
	rewrite?: { at: string; label: L10n }[];
	/** The packet stops at a ✕ with this reason instead of arriving. */
	blocked?: {
		reason: L10n;
		/** Where it stops along the last hop, 0…1; default 1 (the end of the last edge). */
		at?: number;
	};
}

/**
 * A per-step override of how a node reads: fields given replace the definition's, fields omitted
 * show the definition's. It holds from its step on until the next relabel of the same node
 * (`{}` returns to the definition). `detail: null` removes the detail line.
 */
export interface NodeRelabel {
	label?: L10n;
	detail?: L10n | null;
	facts?: FactDef[];
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
	/** Packets that travel a path of edges, hop by hop, while this step plays (one after another). */
	packets?: PacketDef[];
	/** node id → how it reads from this step on (see NodeRelabel). Nodes must be in the view. */
	relabel?: Record<string, NodeRelabel>;
}

export interface ViewDef {
	id: string;
	title: L10n;
	summary: L10n;
	layout: LayoutSpec;
	/** Nodes in this view; default: the nodes the layout places (see each LayoutSpec). */
	nodes?: string[];
	/** Edges in this view; default: every edge whose ends are both in the view. */
	edges?: string[];
	/** edge id → route hint for this view only. */
	routes?: Record<string, RouteHint>;
	/**
	 * Frame width in units per format, where the default (FRAME_WIDTH) suits it badly: a view of
	 * a few short cards in a 1200-unit wide frame leaves room below unused and its type small, so
	 * it asks for a narrower frame, which a page scales up.
	 */
	frameWidth?: Partial<Record<'wide' | 'narrow' | 'compact', number>>;
	steps: StepDef[];
}

/**
 * One release a diagram's facts were checked against: shown to the reader under the diagram and
 * in the print handout, so a fact that later changes can be dated.
 */
export interface CheckedRelease {
	/** The software or document, the same in every language: "Docker Engine (moby)", "runc". */
	what: string;
	/** Which release or commit was read, e.g. { en: '29.x (main at b985e231, 2026-08-23)', ko: … }. */
	version: L10n;
	/**
	 * Where that version can be read: a tag, a commit, a dated edition (https). A bare URL, not a
	 * SourceRef: the line shows `what` and `version`, and every diagram page carries it.
	 */
	url: string;
}

export interface DiagramDef {
	id: string;
	title: L10n;
	summary: L10n;
	/**
	 * The releases the diagram's facts were checked against. Optional for test fixtures; every
	 * diagram of the index has them (tests/unit/content.test.ts).
	 */
	checked?: CheckedRelease[];
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
