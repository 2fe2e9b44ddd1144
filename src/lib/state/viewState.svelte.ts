/**
 * The diagram page's state, read from the URL: view from the path, step and node from the query.
 * Until the component mounts the query is not read (prerendering cannot read it), so the server
 * HTML shows the default state; on mount the URL's state applies at once, without animation.
 * Writes go back to the URL: step and node replace the entry, view changes push one (links).
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { DiagramDef } from '../content/types';
import { parseQuery, queryContext, serializeQuery, type Notice, type QueryState } from './url';

export class ViewState {
	mounted = $state(false);
	notices = $state<Notice[]>([]);
	readonly parsed: { state: QueryState; notices: Notice[] };
	readonly step: number;
	readonly node: string | null;
	readonly steps: number;

	constructor(def: () => DiagramDef, view: () => string) {
		const ctx = $derived(queryContext(def(), view()));
		this.parsed = $derived(
			this.mounted
				? parseQuery(page.url.search, ctx)
				: { state: { step: 1, node: null }, notices: [] }
		);
		this.step = $derived(this.parsed.state.step);
		this.node = $derived(this.parsed.state.node);
		this.steps = $derived(ctx.steps);
	}

	/** Shows notices for bad query values and rewrites the URL to the state actually shown. */
	correct(): void {
		const { state, notices } = this.parsed;
		if (!this.mounted || notices.length === 0) return;
		this.notices = notices;
		this.#write(state);
	}

	go(step: number): void {
		const s = Math.min(Math.max(1, step), this.steps);
		if (s !== this.step) this.#write({ step: s, node: this.node });
	}

	select(node: string | null): void {
		if (node !== this.node) this.#write({ step: this.step, node });
	}

	/** The query for a link to another view or language: node kept when it exists there. */
	queryFor(def: DiagramDef, view: string, keepStep: boolean): string {
		if (!this.mounted) return '';
		const ctx = queryContext(def, view);
		return serializeQuery({
			step: keepStep ? Math.min(this.step, ctx.steps) : 1,
			node: this.node && ctx.nodes.has(this.node) ? this.node : null
		});
	}

	#write(state: QueryState): void {
		const url = page.url.pathname + serializeQuery(state) + page.url.hash;
		goto(url, { replaceState: true, keepFocus: true, noScroll: true });
	}
}
