/**
 * What an embed adds to its DiagramSession: the host page's side of things. Commands from the
 * host (embedBridge.svelte.ts) become session changes, `goto` through the pure `applyHostGoto`
 * (embed.ts); the host hears `ready` once the URL's state is restored, then every state change;
 * the frame's theme and language follow the options and the host's `setTheme`; keys the embed
 * does not use go to the host. Construct it while the embed's component initialises.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { base } from '$app/paths';
import type { DiagramSession } from './diagramSession.svelte';
import { EmbedBridge } from './embedBridge.svelte';
import {
	applyHostGoto,
	embedUsesKey,
	type EmbedOptions,
	type EmbedState,
	type Theme
} from './embed';

export class EmbedHost {
	/** The host's `setTheme`, which wins over the `theme` option once sent. */
	theme = $state<Theme | null>(null);
	readonly bridge: EmbedBridge;
	#s: DiagramSession;
	#opts: () => EmbedOptions;
	#ready = false;

	constructor(s: DiagramSession, opts: () => EmbedOptions) {
		this.#s = s;
		this.#opts = opts;
		this.bridge = new EmbedBridge({
			state: () => this.state(),
			// As the Next and Previous buttons: through a prediction (issue 25).
			next: () => s.to(s.vs.step + 1),
			prev: () => s.to(s.vs.step - 1),
			setTheme: (theme) => (this.theme = theme),
			goto: (cmd) => {
				const { start, to } = opts();
				const out = applyHostGoto(cmd, {
					base,
					lang: s.lang,
					def: s.def,
					view: s.view,
					search: page.url.search,
					state: { step: s.vs.step, node: s.vs.node },
					range: { start, to }
				});
				if ('href' in out) void goto(out.href, { keepFocus: true, noScroll: true });
				if ('state' in out) {
					const { step, node } = out.state;
					// An open prediction hears the move first: a goto to its step reveals it.
					const a = s.answer;
					if (a && 'moved' in a && a.moved(step, false)) return null;
					if (cmd.predict && !s.predictOff) s.predict(step);
					else s.vs.set(step, node);
				}
				return 'error' in out ? out.error : null;
			}
		});
		$effect(() => {
			document.documentElement.dataset.theme = this.theme ?? opts().theme;
			document.documentElement.lang = s.lang;
		});
		// `#ready` is no state: the restore is not a change (the host hears `ready` for it).
		$effect(() => {
			const state = this.state();
			if (this.#ready) this.bridge.post({ event: 'statechange', ...state });
		});
	}

	state(): EmbedState {
		const { def, view, vs } = this.#s;
		const { from, to } = this.#opts();
		return { diagram: def.id, view, step: vs.step, steps: vs.steps, node: vs.node, from, to };
	}

	/** From the component's onMount: listens to the host, restores, then says `ready`. */
	mount(): () => void {
		const stop = this.bridge.listen();
		void this.#s.mount().then(() => {
			this.#ready = true;
			this.bridge.post({ event: 'ready', ...this.state() });
		});
		return stop;
	}

	/**
	 * Keys while the frame has focus: Escape closes the note, else hands focus back to the deck;
	 * Enter and Space outside a control, and every key the embed does not use, go to the host.
	 */
	onkeydown = (e: KeyboardEvent): void => {
		const s = this.#s;
		const target = e.target as Element;
		const onNode = !!target.closest?.('[data-node]');
		const onControl = onNode || !!target.closest?.('button, a, input, select, textarea');
		if (e.key === 'Escape') {
			if (s.vs.node) return void s.close();
			// A prediction is skipped (its step plays).
			if (s.answer && 'moved' in s.answer) return s.answer.skip();
			(document.activeElement as HTMLElement | null)?.blur();
			this.bridge.forwardKey(e);
			return window.parent.focus();
		}
		if ((e.key === 'Enter' || e.key === ' ') && !onControl) return this.bridge.forwardKey(e);
		if (!embedUsesKey(e, this.#opts().keys, onNode)) return this.bridge.forwardKey(e);
		if (!onNode && s.stepKey(e.key)) e.preventDefault();
	};
}
