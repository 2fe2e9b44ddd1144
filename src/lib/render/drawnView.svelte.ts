/**
 * What a page's diagram draws while its view changes. A page has only its own view's data, and a
 * view change is a navigation that brings the next page's: drawn with that alone, nodes of the
 * old view would vanish and new ones pop up where they end. So the diagram draws the two merged
 * (layout/merge.ts), in two moves: first the OLD view with the merged definition, which creates
 * the arriving nodes hidden where the old view puts them (inside their exitTo counterpart, or
 * where another known view drew them: a new mark starts at its first value, untweened), then the
 * new view, so that they grow from there while shared nodes move and leaving ones shrink or fade.
 * Another diagram or language starts afresh (texts are in one language only).
 *
 * Both moves come in tasks of their own, after the navigation's. Chromium lays the page out in
 * that task anyway (SvelteKit reads the scroll position and focuses <body> once the DOM is
 * updated), and with the diagram's update in it too, a view change was one long task at 4× CPU
 * (JavaScript, then a forced layout of the whole new drawing). A frame between the moves paints
 * the old view with the arrivals still hidden, which looks as it did. `settled` resolves once the
 * page's own view is drawn (DiagramPage focuses the diagram then); until then the old view keeps
 * the step it was at.
 */
import { tick, untrack } from 'svelte';
import type { Lang } from '$lib/content/types';
import { mergeDefs } from '$lib/layout/merge';
import { nextTask } from './schedule';
import type { PageDef } from '$lib/content/page';

export class DrawnView {
	#drawn: { def: PageDef; view: string; lang: Lang };
	#view: () => string;
	#step: () => number;
	/** The old view's step, shown until the page's view is drawn. */
	#last = 0;
	/** Resolves once the page's own view is drawn (and the DOM updated). */
	settled: Promise<void> = Promise.resolve();

	constructor(def: () => PageDef, view: () => string, lang: () => Lang, step: () => number) {
		this.#view = view;
		this.#step = step;
		let source = def();
		// svelte-ignore state_referenced_locally
		this.#drawn = $state.raw({ def: source, view: view(), lang: lang() });
		$effect.pre(() => {
			const [d, v, l] = [def(), view(), lang()];
			untrack(() => {
				if (d === source) return;
				source = d;
				const was = this.#drawn;
				const same = l === was.lang && d.id === was.def.id;
				if (!same) {
					this.#drawn = { def: d, view: v, lang: l };
					return;
				}
				const merged = mergeDefs(was.def, d);
				// Unless a newer definition has come meanwhile (it takes over from what is drawn).
				const later = (fn: () => void) => nextTask().then(() => void (source === d && fn()));
				this.settled = later(() => (this.#drawn = { def: merged, view: was.view, lang: l }))
					.then(() => later(() => (this.#drawn = { def: merged, view: v, lang: l })))
					.then(tick);
			});
		});
	}

	get def(): PageDef {
		return this.#drawn.def;
	}
	get view(): string {
		return this.#drawn.view;
	}
	/** The page's step; while the old view is still drawn, the step it was at. */
	get step(): number {
		return this.#drawn.view === this.#view() ? (this.#last = this.#step()) : this.#last;
	}
}
