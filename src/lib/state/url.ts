/**
 * View state ⇄ URL. The path holds language, diagram and view (so prerendered pages are right
 * before any script runs); the query holds `step` (1-based) and `node`. Parsing never throws:
 * bad values become notices and the nearest valid state.
 */
import { LANGS, type DiagramDef, type Lang } from '../content/types';
import { viewNodeIds } from '../content/query';

export interface QueryState {
	step: number;
	node: string | null;
}

export type Notice =
	| { kind: 'unknown-node'; value: string }
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

export function parseQuery(
	search: string,
	ctx: QueryContext
): { state: QueryState; notices: Notice[] } {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		params = new URLSearchParams();
	}
	const notices: Notice[] = [];
	const steps = Math.max(1, ctx.steps);
	let step = 1;
	const rawStep = params.get('step');
	if (rawStep !== null) {
		const n = /^\s*\d{1,9}\s*$/.test(rawStep) ? Number(rawStep) : NaN;
		if (Number.isInteger(n) && n >= 1 && n <= steps) step = n;
		else {
			step = Number.isFinite(n) && n > steps ? steps : 1;
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

/** "?step=3&node=x", or "" for the default state. Step 1 and no node are left out. */
export function serializeQuery(state: QueryState): string {
	const params = new URLSearchParams();
	if (state.step > 1) params.set('step', String(state.step));
	if (state.node) params.set('node', state.node);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** Path of a view, under the site's base path. The default view is addressed without its id. */
export function viewPath(
	base: string,
	lang: Lang,
	def: Pick<DiagramDef, 'id' | 'defaultView'>,
	view: string
): string {
	return view === def.defaultView
		? `${base}/${lang}/${def.id}/`
		: `${base}/${lang}/${def.id}/${view}/`;
}

export function isLang(v: string): v is Lang {
	return (LANGS as readonly string[]).includes(v);
}

/** The context a view's query is checked against. */
export function queryContext(def: DiagramDef, viewId: string): QueryContext {
	const view = def.views.find((v) => v.id === viewId);
	return { steps: view?.steps.length ?? 1, nodes: new Set(viewNodeIds(def, viewId)) };
}
