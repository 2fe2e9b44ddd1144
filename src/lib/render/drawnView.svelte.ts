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
import { tick, untrack } from 'svelte';
import type { Lang } from '$lib/content/types';
import { mergeDefs } from '$lib/layout/merge';
import type { PageDef } from '$lib/layout/scene';

interface Drawn {
	def: PageDef;
	view: string;
	lang: Lang;
	/** The step to draw while `view` is not yet the page's view (the one it was left at). */
	step: number;
}

export class DrawnView {
	#drawn: Drawn;
	#step: () => number;
	#view: () => string;

	constructor(def: () => PageDef, view: () => string, lang: () => Lang, step: () => number) {
		this.#step = step;
		this.#view = view;
		let source = def();
		// svelte-ignore state_referenced_locally
		this.#drawn = $state.raw({ def: source, view: view(), lang: lang(), step: step() });
		let left = step();
		$effect.pre(() => {
			// The step the drawn view was at, until the view changes.
			const s = step();
			if (view() === this.#drawn.view) left = s;
		});
		$effect.pre(() => {
			const [d, v, l] = [def(), view(), lang()];
			untrack(() => {
				if (d === source) return;
				source = d;
				const was = this.#drawn;
				if (l !== was.lang || d.id !== was.def.id) {
					this.#drawn = { def: d, view: v, lang: l, step: 0 };
					return;
				}
				const merged = mergeDefs(was.def, d);
				if (v === was.view) {
					this.#drawn = { ...was, def: merged };
					return;
				}
				this.#drawn = { ...was, def: merged, step: left };
				// Once the arrivals exist (the update above has been applied), move to the new view.
				void tick().then(() => {
					if (source === d) this.#drawn = { def: merged, view: v, lang: l, step: 0 };
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
	get step(): number {
		return this.#drawn.view === this.#view() ? this.#step() : this.#drawn.step;
	}
}
