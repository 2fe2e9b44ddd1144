/**
 * The diagram page's state, read from the URL: view from the path, step and node from the query.
 * Until the component mounts the query is not read (prerendering cannot read it), so the server
 * HTML shows the default state (the overview, step 0, unless a range starts later); on mount the URL's state applies at once, without animation.
 * Writes go back to the URL: step and node replace the entry, view changes push one (links).
 *
 * A write shows at once (the wish below) and reaches the address bar after the frame that shows it
 * has been painted, through SvelteKit's shallow `replaceState`: a `goto()` per click cost a forced
 * synchronous layout (its scroll bookkeeping reads the scroll position of a page that has just
 * changed), a native history write and router work before the panel could paint. A navigation
 * takes any write still waiting first (or drops it on back/forward, which has left this entry).
 * Not being a navigation, a shallow write does not wake SvelteKit's route announcer either.
 */
import { beforeNavigate, replaceState } from '$app/navigation';
import { quietly } from './announcer';
import { afterPaint } from '../render/schedule';
import { page } from '$app/state';
import { liveUrl } from './liveUrl.svelte';
import type { PageDef } from '../content/page';
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
	// What was asked for, and on which navigation's page (a wish dies with its page).
	#wish = $state<{ state: QueryState; at: URL } | null>(null);
	#scheduled = false;

	/**
	 * `range` limits the steps that can be shown (an embed's from/to; 0 is the overview); `extra` is the canonical
	 * query of the page's other parameters (an embed's options), kept after step and node.
	 */
	constructor(
		def: () => PageDef,
		view: () => string,
		range: () => [number, number] | null = () => null,
		extra: () => string = () => ''
	) {
		this.#range = range;
		this.#extra = extra;
		const ctx = $derived(queryContext(def(), view()));
		this.parsed = $derived.by(() => {
			if (!this.mounted) return { state: { step: range()?.[0] ?? 0, node: null }, notices: [] };
			const search = liveUrl.search;
			const parsed = parseQuery(search, ctx);
			const r = range();
			const step = parsed.state.step;
			if (!r || (step >= r[0] && step <= r[1])) return parsed;
			const clamped = Math.min(Math.max(step, r[0]), r[1]);
			// No step in the URL: the range's first step is simply where the slide starts.
			if (!new URLSearchParams(search).has('step'))
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
		const wished = () => {
			const w = this.#wish;
			return w && w.at === page.url ? w.state : null;
		};
		this.step = $derived((wished() ?? this.parsed.state).step);
		this.node = $derived((wished() ?? this.parsed.state).node);
		this.steps = $derived(ctx.steps);
		// A link or goto leaves from this entry: write it first, so that Back returns to the state
		// it was left in. Back/forward has already moved the address bar to another entry.
		beforeNavigate((nav) => (nav.type === 'popstate' ? (this.#wish = null) : this.#flush()));
	}

	/**
	 * Shows notices for bad query values and rewrites the URL to the state actually shown, in its
	 * canonical form (repeated, unknown and empty parameters go, silently).
	 */
	correct(): void {
		const { state, notices } = this.parsed;
		if (!this.mounted) return;
		if (notices.length) this.notices = notices;
		if (notices.length || this.#href(state) !== location.pathname + liveUrl.search + liveUrl.hash)
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
	queryFor(def: PageDef, view: string, keepStep: boolean): string {
		if (!this.mounted) return '';
		const ctx = queryContext(def, view);
		return serializeQuery({
			step: keepStep ? Math.min(this.step, ctx.steps) : 0,
			node: this.node && ctx.nodes.has(this.node) ? this.node : null
		});
	}

	/** Shows the state now; the address bar follows once this frame is painted (latest wins). */
	#write(state: QueryState): void {
		this.#wish = { state, at: page.url };
		if (this.#scheduled) return;
		this.#scheduled = true;
		const href = location.href;
		const flush = () => {
			// Back/forward moved to another entry meanwhile: that entry's URL is not ours to write.
			if (location.href !== href) this.#wish = null;
			this.#flush();
		};
		afterPaint(flush);
	}

	#flush(): void {
		this.#scheduled = false;
		const w = this.#wish;
		if (!w) return;
		this.#wish = null;
		if (w.at !== page.url) return;
		const href = this.#href(w.state);
		if (href !== location.pathname + location.search + location.hash) {
			// The first shallow write still wakes SvelteKit's assertive route announcer, which would
			// talk over the polite narration: keep it quiet for this write.
			void quietly(async () => replaceState(href, page.state));
			liveUrl.touch();
		}
	}

	#href(state: QueryState): string {
		// A URL without a step stays without one while it shows the step that absence means (an
		// embed's range starts where it starts).
		const implied = this.#range()?.[0] ?? DEFAULT_STEP;
		const keepOut = !new URLSearchParams(location.search).has('step') && state.step === implied;
		const shown = keepOut ? { ...state, step: DEFAULT_STEP } : state;
		return location.pathname + canonicalSearch(shown, this.#extra()) + location.hash;
	}
}
