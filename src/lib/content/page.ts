/**
 * What a page carries, as its types say it: `localize` turns a diagram's definition into one
 * language's page data, where every text is a `string` (a page only ever shows its own language:
 * switching language loads the other page) and the fields only the note panel or the search index
 * read are gone (nodes' `about`, `sources`, `notes` and `related`; edges' `about`, `sources` and
 * `related`). `forView` cuts it down to what one view's page draws. Reading a field a page does
 * not carry (`node.about` on a diagram page) does not type-check; the note panel's content has
 * its own types (content/panel.ts). Render, state and the scene read only these types; the
 * layout kinds, the validator and the search index run at build time on the full definition.
 */
import { LANGS, type DiagramDef, type L10n, type Lang, type ViewDef } from './types';
import type { Placements } from '../layout/base';
import { viewEdgeIds, viewNodeIds } from './query';

/** `T` with every text (an `L10n`) as the one language's string. */
export type Localized<T> = T extends L10n
	? string
	: T extends object
		? { [K in keyof T]: Localized<T[K]> }
		: T;

type NodeDef = DiagramDef['nodes'][number];
type EdgeDef = DiagramDef['edges'][number];
type StepDef = ViewDef['steps'][number];

/** A node as a page draws it: no description, sources or note keys (the panel fetches them). */
export type PageNode = Localized<Omit<NodeDef, 'about' | 'sources' | 'notes' | 'related'>>;
/** An edge as a page draws it: its description and sources are the search index's. */
export type PageEdge = Localized<Omit<EdgeDef, 'about' | 'sources' | 'related'>>;
export type PageView = Localized<ViewDef>;
export type PageStep = Localized<StepDef>;
export type PageRelabel = Localized<NonNullable<StepDef['relabel']>[string]>;
export type PagePacket = Localized<NonNullable<StepDef['packets']>[number]>;
export type PageFact = Localized<NonNullable<NodeDef['facts']>[number]>;
export type PageGroup = Localized<DiagramDef['groups'][number]>;
export type PageRow = Localized<NonNullable<DiagramDef['rows']>[number]>;
export type PageRelease = Localized<NonNullable<DiagramDef['checked']>[number]>;

/**
 * A view as the tabs and links of another view's page know it: a page carries only its own view
 * in full, the others as this. No steps, so nothing can read a step of a view whose data the page
 * does not have: only how many there are.
 */
export interface PageTab {
	id: string;
	title: string;
	/** How many steps its walkthrough has (a link keeping the step clamps to it). */
	steps: number;
	/** The nodes it shows (a link keeps the open note when the node is there). */
	nodes: string[];
}

/**
 * What a page receives: its view in full (more views once it has shown them: layout/merge.ts),
 * every view as a tab, and where its view's nodes sit, placed at build time (layout/place.ts).
 */
export interface PageDef {
	id: string;
	title: string;
	summary: string;
	checked?: PageRelease[];
	rows?: PageRow[];
	groups: PageGroup[];
	nodes: PageNode[];
	edges: PageEdge[];
	views: PageView[];
	defaultView: string;
	tabs: PageTab[];
	/** Per view id and format: the placements the build computed. */
	placed: Placements;
	/**
	 * The steps of its view that ask a prediction before they play (issue 25; the prediction
	 * itself travels in the panel content, content/panel.ts `PredictEntry`).
	 */
	predict?: number[];
}

/**
 * The whole definition as one language's page data, with `placed` (none by default). Unchanged
 * parts keep their identity and a text shared by two places becomes one string, so the page's
 * serializer still writes a shared object (a fact a relabel repeats) once.
 */
export function localize(def: DiagramDef, lang: Lang, placed: Placements = {}): PageDef {
	const seen = new Map<object, unknown>();
	const t = <T>(value: T) => inLang(value, lang, seen);
	return {
		id: def.id,
		title: def.title[lang],
		summary: def.summary[lang],
		...(def.checked && { checked: t(def.checked) }),
		...(def.rows && { rows: t(def.rows) }),
		groups: t(def.groups),
		nodes: def.nodes.map(({ about: _a, sources: _s, notes: _n, related: _r, ...n }) => t(n)),
		edges: def.edges.map(({ about: _a, sources: _s, related: _r, ...e }) => t(e)),
		views: t(def.views),
		defaultView: def.defaultView,
		tabs: def.views.map((v) => ({
			id: v.id,
			title: v.title[lang],
			steps: v.steps.length,
			nodes: viewNodeIds(def, v.id)
		})),
		placed
	};
}

/**
 * The part of a page's data one view's page carries (it is inlined into the page's HTML, and the
 * page draws every node it has): that view in full, the other views as tabs; only the nodes and
 * edges the view shows; the groups its layout uses. Another view's data arrives with that view's
 * page, and the diagram merges the two to morph between them (layout/merge.ts).
 */
export function forView(page: PageDef, viewId: string): PageDef {
	const view = page.views.find((v) => v.id === viewId)!;
	const ids = new Set(viewNodeIds(page, viewId));
	const edges = new Set(viewEdgeIds(page, viewId));
	const groups = new Set(view.layout.kind === 'stacks' ? view.layout.stacks : []);
	return {
		...page,
		nodes: page.nodes.filter((n) => ids.has(n.id)),
		edges: page.edges.filter((e) => edges.has(e.id) && ids.has(e.from) && ids.has(e.to)),
		groups: page.groups.filter((g) => groups.has(g.id)),
		views: [view]
	};
}

const isText = (value: object): value is L10n => {
	const keys = Object.keys(value);
	return keys.length === LANGS.length && LANGS.every((l) => keys.includes(l));
};

/**
 * `value` with every text (an object keyed exactly by the languages) replaced by its `lang`
 * string. The one place where the data is cut as `Localized` says: its tests (page.test.ts)
 * check the two agree.
 */
export function inLang<T>(value: T, lang: Lang, seen = new Map<object, unknown>()): Localized<T> {
	return cut(value, lang, seen) as Localized<T>;
}

function cut(value: unknown, lang: Lang, seen: Map<object, unknown>): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value);
	if (isText(value)) return value[lang];
	let changed = false;
	const each = (v: unknown) => {
		const x = cut(v, lang, seen);
		changed ||= x !== v;
		return x;
	};
	const out = Array.isArray(value)
		? value.map(each)
		: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, each(v)]));
	const result = changed ? out : value;
	seen.set(value, result);
	return result;
}
