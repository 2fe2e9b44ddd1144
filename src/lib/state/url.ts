/**
 * View state ⇄ URL. The path holds language, diagram and view (so prerendered pages are right
 * before any script runs); the query holds `step` (1-based; none = the overview) and `node`. Parsing never throws:
 * bad values become notices and the nearest valid state.
 *
 * The address bar is canonical: it only ever holds what `serializeQuery` (and, in an embed,
 * `serializeEmbedOptions`) write — known parameters, once each, in a fixed order, non-default
 * values only. Repeated, unknown, empty or undecodable parameters are dropped. `parseQuery` reads
 * the first value of a repeated parameter, so the page shows what the corrected URL says.
 *
 * Step 0 is the overview (the whole picture, nothing dimmed): it is what a URL without `step`
 * shows, so `?step=1` is written explicitly and only the overview leaves `step` out. `?step=N`
 * (1 ≤ N ≤ steps) means what it always meant, so old links stay valid.
 */
import { LANGS, type Lang } from '../content/types';
import type { PageDef } from '../content/page';

export interface QueryState {
	/** 0 = the overview; 1..steps = the walkthrough. */
	step: number;
	node: string | null;
}

export type Notice =
	| { kind: 'unknown-node'; value: string }
	| { kind: 'unknown-quiz'; value: string }
	| { kind: 'bad-step'; value: string; step: number; steps: number };

export interface QueryContext {
	/** Number of steps in the view. */
	steps: number;
	/** Nodes that may be selected in the view. */
	nodes: ReadonlySet<string>;
}

/** Longest query value echoed back in a notice. */
const ECHO = 40;
const echo = (v: string) => (v.length > ECHO ? v.slice(0, ECHO) + '…' : v);

/**
 * The step a URL without `step` means, which `serializeQuery` leaves out: 0, the overview, so
 * `?step=1` is written explicitly.
 */
export const DEFAULT_STEP = 0;
/** The lowest step a `step` parameter may name (steps are 1-based in URLs). */
export const FIRST_STEP = 1;

/**
 * Query parameters as a lenient reader: never throws (malformed percent-encoding becomes U+FFFD,
 * as URLSearchParams does), and `get` gives the first of repeated values.
 */
export function readParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * An integer of any size written in decimal, with optional sign and surrounding blanks; huge
 * values come back as ±Infinity so that clamping finds the nearest valid value. Null for anything
 * else (fractions, exponents, hex, words).
 */
export function parseInteger(raw: string | null): number | null {
	if (raw === null) return null;
	const m = /^\s*([+-]?)0*(\d+)\s*$/.exec(raw);
	if (!m) return null;
	const n = Number(m[2]);
	return m[1] === '-' ? -n : n;
}

export const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

export function parseQuery(
	search: string,
	ctx: QueryContext
): { state: QueryState; notices: Notice[] } {
	const params = readParams(search);
	const notices: Notice[] = [];
	const steps = Math.max(FIRST_STEP, ctx.steps);
	let step = DEFAULT_STEP;
	const rawStep = params.get('step');
	if (rawStep !== null) {
		const n = parseInteger(rawStep);
		if (n !== null && n >= FIRST_STEP && n <= steps) step = n;
		else {
			// Too large, however far: the last step. Zero, negative or not a number: the overview.
			step = n !== null && n > steps ? steps : DEFAULT_STEP;
			notices.push({ kind: 'bad-step', value: echo(rawStep), step, steps });
		}
	}
	let node: string | null = null;
	const rawNode = params.get('node');
	if (rawNode !== null && rawNode !== '') {
		if (ctx.nodes.has(rawNode)) node = rawNode;
		else notices.push({ kind: 'unknown-node', value: echo(rawNode) });
	}
	return { state: { step, node }, notices };
}

/**
 * "?step=3&node=x", or "" for the default state: the default step and no node are left out.
 * This is the canonical form of a view's query; `canonicalSearch` adds an embed's options.
 */
export function serializeQuery(state: QueryState): string {
	const params = new URLSearchParams();
	if (state.step !== DEFAULT_STEP) params.set('step', String(state.step));
	if (state.node) params.set('node', state.node);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/**
 * The canonical query for a state plus other already-canonical parameters (an embed's options,
 * as `serializeEmbedOptions` writes them): nothing else from the current URL survives.
 */
export function canonicalSearch(state: QueryState, extra = ''): string {
	const query = [serializeQuery(state).slice(1), extra.replace(/^\?/, '')]
		.filter(Boolean)
		.join('&');
	return query ? `?${query}` : '';
}

/** Path of a view, under the site's base path. The default view is addressed without its id. */
export function viewPath(
	base: string,
	lang: Lang,
	def: Pick<PageDef, 'id' | 'defaultView'>,
	view: string
): string {
	return view === def.defaultView
		? `${base}/${lang}/${def.id}/`
		: `${base}/${lang}/${def.id}/${view}/`;
}

/** Path of a view's embed (every view by its id), under the site's base path, with `query`. */
export function embedPath(
	base: string,
	lang: Lang,
	def: Pick<PageDef, 'id'>,
	view: string,
	query = ''
): string {
	return `${base}/embed/${lang}/${def.id}/${view}/${query}`;
}

/** Path of a view's print handout (every view by its id), under the site's base path. */
export function printPath(
	base: string,
	lang: Lang,
	def: Pick<PageDef, 'id'>,
	view: string
): string {
	return `${base}/${lang}/${def.id}/${view}/print/`;
}

export function isLang(v: string): v is Lang {
	return (LANGS as readonly string[]).includes(v);
}

// Asked for every view tab's link each time the step or node changes: kept per definition.
const contexts = new WeakMap<Pick<PageDef, 'tabs'>, Map<string, QueryContext>>();

/** The context a view's query is checked against. */
export function queryContext(def: Pick<PageDef, 'tabs'>, viewId: string): QueryContext {
	let byView = contexts.get(def);
	if (!byView) contexts.set(def, (byView = new Map()));
	let ctx = byView.get(viewId);
	if (!ctx) {
		// The page's tabs say it for every view, its own and the ones it has only as tabs.
		const tab = def.tabs.find((v) => v.id === viewId);
		ctx = { steps: tab?.steps ?? 1, nodes: new Set(tab?.nodes) };
		byView.set(viewId, ctx);
	}
	return ctx;
}
