/**
 * The diagram page's state, read from the URL: view from the path, step and node from the query.
 * Until the component mounts the query is not read (prerendering cannot read it), so the server
 * HTML shows the default state (the overview, step 0, unless a range starts later); on mount the URL's state applies at once, without animation.
 * Writes go back to the URL: step and node replace the entry, view changes push one (links).
 */
import { goto } from '$app/navigation';
import { quietly } from './announcer';
import { page } from '$app/state';
import type { DiagramDef } from '../content/types';
import {
	DEFAULT_STEP,
	canonicalSearch,
	parseQuery,
	queryContext,
	serializeQuery,
	type Notice,
	type QueryState
} from './url';

export class ViewState {
	mounted = $state(false);
	notices = $state<Notice[]>([]);
	readonly parsed: { state: QueryState; notices: Notice[] };
	readonly step: number;
	readonly node: string | null;
	readonly steps: number;

	#range: () => [number, number] | null;
	#extra: () => string;
	#intended = $state<QueryState | null>(null);
	#writing = false;

	/**
	 * `range` limits the steps that can be shown (an embed's from/to; 0 is the overview); `extra` is the canonical
	 * query of the page's other parameters (an embed's options), kept after step and node.
	 */
	constructor(
		def: () => DiagramDef,
		view: () => string,
		range: () => [number, number] | null = () => null,
		extra: () => string = () => ''
	) {
		this.#range = range;
		this.#extra = extra;
		const ctx = $derived(queryContext(def(), view()));
		this.parsed = $derived.by(() => {
			if (!this.mounted) return { state: { step: range()?.[0] ?? 0, node: null }, notices: [] };
			const parsed = parseQuery(page.url.search, ctx);
			const r = range();
			const step = parsed.state.step;
			if (!r || (step >= r[0] && step <= r[1])) return parsed;
			const clamped = Math.min(Math.max(step, r[0]), r[1]);
			// No step in the URL: the range's first step is simply where the slide starts.
			if (!page.url.searchParams.has('step'))
				return { ...parsed, state: { ...parsed.state, step: r[0] } };
			const notice: Notice = {
				kind: 'bad-step',
				value: String(step),
				step: clamped,
				steps: ctx.steps
			};
			return { state: { ...parsed.state, step: clamped }, notices: [...parsed.notices, notice] };
		});
		// What was asked for wins until the URL has caught up: key presses faster than navigation
		// must each count.
		this.step = $derived((this.#intended ?? this.parsed.state).step);
		this.node = $derived((this.#intended ?? this.parsed.state).node);
		this.steps = $derived(ctx.steps);
	}

	/**
	 * Shows notices for bad query values and rewrites the URL to the state actually shown, in its
	 * canonical form (repeated, unknown and empty parameters go, silently).
	 */
	correct(): void {
		const { state, notices } = this.parsed;
		if (!this.mounted) return;
		if (notices.length) this.notices = notices;
		if (notices.length || this.#href(state) !== page.url.pathname + page.url.search + page.url.hash)
			this.#write(state);
	}

	go(step: number): void {
		const [lo, hi] = this.#range() ?? [0, this.steps];
		const s = Math.min(Math.max(lo, step), hi);
		if (s !== this.step) this.#write({ step: s, node: this.node });
	}

	/** Where a step key (the ones presentation clickers send, too) leads, or null for other keys. */
	stepFor(key: string): number | null {
		const [lo, hi] = this.#range() ?? [0, this.steps];
		if (key === 'ArrowRight' || key === 'PageDown') return this.step + 1;
		if (key === 'ArrowLeft' || key === 'PageUp') return this.step - 1;
		// Home is the walkthrough's first step, not the overview (← from step 1 is the overview).
		if (key === 'Home') return Math.max(lo, 1);
		if (key === 'End') return hi;
		return null;
	}

	/** Step and node together, in one URL write (two writes in a row would lose the first). */
	set(step: number, node: string | null): void {
		const [lo, hi] = this.#range() ?? [0, this.steps];
		const s = Math.min(Math.max(lo, step), hi);
		if (s !== this.step || node !== this.node) this.#write({ step: s, node });
	}

	select(node: string | null): void {
		if (node !== this.node) this.#write({ step: this.step, node });
	}

	/** The query for a link to another view or language: node kept when it exists there. */
	queryFor(def: DiagramDef, view: string, keepStep: boolean): string {
		if (!this.mounted) return '';
		const ctx = queryContext(def, view);
		return serializeQuery({
			step: keepStep ? Math.min(this.step, ctx.steps) : 0,
			node: this.node && ctx.nodes.has(this.node) ? this.node : null
		});
	}

	/** Writes go out one at a time; while one is under way only the latest wish is kept. */
	async #write(state: QueryState): Promise<void> {
		this.#intended = state;
		if (this.#writing) return;
		this.#writing = true;
		try {
			while (this.#intended) {
				const target: QueryState = this.#intended;
				await quietly(() =>
					goto(this.#href(target), { replaceState: true, keepFocus: true, noScroll: true })
				);
				if (this.#intended === target) this.#intended = null;
			}
		} finally {
			this.#writing = false;
			this.#intended = null;
		}
	}

	#href(state: QueryState): string {
		// A URL without a step stays without one while it shows the step that absence means (an
		// embed's range starts where it starts).
		const implied = this.#range()?.[0] ?? DEFAULT_STEP;
		const keepOut = !page.url.searchParams.has('step') && state.step === implied;
		const shown = keepOut ? { ...state, step: DEFAULT_STEP } : state;
		return page.url.pathname + canonicalSearch(shown, this.#extra()) + page.url.hash;
	}
}
