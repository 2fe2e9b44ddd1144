/**
 * What a page's diagram draws while its view changes. A page has only its own view's data, and a
 * view change is a navigation that brings the next page's: drawn with that alone, nodes of the
 * old view would vanish and new ones pop up where they end. So the diagram draws the two merged
 * (layout/merge.ts), in two moves: first the OLD view with the merged definition, which creates
 * the arriving nodes hidden where the old view puts them (inside their exitTo counterpart, or
 * where another known view drew them: a new mark starts at its first value, untweened), then the
 * new view, so that they grow from there while shared nodes move and leaving ones shrink or fade.
 * Another diagram or language starts afresh (texts are in one language only).
 */
import { flushSync, untrack } from 'svelte';
import type { Lang } from '$lib/content/types';
import { mergeDefs } from '$lib/layout/merge';
import type { PageDef } from '$lib/layout/scene';

export class DrawnView {
	#drawn: { def: PageDef; view: string; lang: Lang };
	#view: () => string;
	#step: () => number;

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
				const merged = same ? mergeDefs(was.def, d) : d;
				this.#drawn = { def: merged, view: same ? was.view : v, lang: l };
				// Once the arrivals exist (the update above has been applied), move to the new view,
				// at once: before the next frame (the old view is never painted again) and before
				// the navigation's own callbacks, which expect the new view (afterNavigate focuses
				// the diagram's tab stop).
				if (this.#drawn.view !== v)
					queueMicrotask(() => {
						if (source !== d) return;
						this.#drawn = { def: merged, view: v, lang: l };
						flushSync();
					});
			});
		});
	}

	get def(): PageDef {
		return this.#drawn.def;
	}
	get view(): string {
		return this.#drawn.view;
	}
	/** The page's step; the old view's overview for the moment it is drawn again (never painted). */
	get step(): number {
		return this.#drawn.view === this.#view() ? this.#step() : 0;
	}
}
