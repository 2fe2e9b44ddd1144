/**
 * Predict, then reveal (issue 25), loaded when a step first asks a prediction (DiagramSession
 * `to`/`predict`): before step N plays, the picture stays at step N − 1 and the panel (answer
 * mode's place and look) asks what happens next, as one of two outcomes or as marks to pick on
 * the picture (click or Space, Enter to see). Answering plays the step and says whether the
 * prediction held, with the step's narration as the why. The prediction comes from the view's
 * panel content (content/panel.ts `PredictEntry`), its answer lightly encoded.
 *
 * Every move of the step reaches the open prediction first (`moved`): a step forward into its
 * step reveals it without a verdict (a second → or a deck's next fragment: the answer is shown);
 * ← while it asks takes the question back (the prompt counts as a step of its own); any other
 * move ends it. Skip and Escape play the step with no panel.
 */
import { base } from '$app/paths';
import { tick } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { panelPath, predictKey, type PredictEntry } from '$lib/content/panel';
import { checkUi } from '$lib/content/ui-check';
import type { DiagramSession } from '$lib/state/diagramSession.svelte';
import { decodeAnswer, grade, type Grade } from '$lib/state/quiz';
import { contentAt } from '../panelContent.svelte';
import PredictPanel from './PredictPanel.svelte';
import { markOf, type QuizMark } from './marks';

/** Asking; then, once the step has played: right, wrong, or shown (passed without an answer). */
export type PredictPhase = 'ask' | 'right' | 'wrong' | 'shown';

export class PredictMode {
	readonly Panel = PredictPanel;
	readonly picked = new SvelteSet<string>();
	phase = $state<PredictPhase>('ask');
	/** The outcome chosen (outcome predictions). */
	chosen = $state<number | null>(null);
	/** The right marks (pick) or the right outcome's index as a string. */
	readonly answer: string[];
	readonly view: string;

	#stop: () => void;

	constructor(
		readonly session: DiagramSession,
		readonly entry: PredictEntry
	) {
		const [view, lang] = [session.view, session.lang];
		this.view = view;
		this.answer = decodeAnswer(predictKey(view, entry.step), entry.answer);
		// Another view or language ends it: the prediction was this view's.
		this.#stop = $effect.root(() => {
			$effect(() => {
				if (session.view !== view || session.lang !== lang) queueMicrotask(this.close);
			});
		});
	}

	get step(): number {
		return this.entry.step;
	}
	/** The `[data-predict]` hook: diagram/view/step. */
	get id(): string {
		return `${this.session.def.id}/${this.view}/${this.step}`;
	}
	/** The grade of the picks once the step has played (null while asking or for outcomes). */
	get grade(): Grade | null {
		return this.phase === 'ask' || this.entry.outcomes ? null : grade(this.answer, this.picked);
	}

	/** Outcome `i` chosen: the step plays and says whether it held. */
	choose = (i: number): void => {
		this.chosen = i;
		this.#settle(String(i) === this.answer[0]);
	};

	/** The picks submitted (the panel's button, or Enter on a mark). */
	submit = (): void => this.#settle(grade(this.answer, this.picked).right);

	/** The step plays with no panel (the Skip button, Escape). */
	skip = (): void => {
		if (this.phase !== 'ask') return this.close();
		this.close();
		this.session.vs.go(this.step);
		this.session.onpredict?.(this.step, null);
	};

	/** Escape and the panel's close button: skips while asking, else closes. */
	end = (): void => this.skip();

	close = (): void => {
		this.#stop();
		if (this.session.answer === this) this.session.answer = null;
	};

	/**
	 * A move of the step to `step` (`key`: by a step key, button or playing, not a host's `goto`);
	 * true when handled here.
	 */
	moved(step: number, key: boolean): boolean {
		if (this.phase === 'ask' && step === this.step) return (this.#settle(null), true);
		const asking = this.phase === 'ask';
		this.close();
		return asking && key && step === this.step - 2;
	}

	/** A mark chosen on the picture: picks while a pick prediction asks; else its note opens. */
	activate = (id: string, enter = false): void => {
		if (this.phase !== 'ask') return void (this.close(), this.session.toggle(id));
		if (this.entry.outcomes) return;
		if (enter) return this.submit();
		if (this.picked.has(id)) this.picked.delete(id);
		else this.picked.add(id);
	};

	/** How mark `id` shows on the picture: only a pick prediction marks the picture. */
	mark = (id: string): QuizMark | undefined => {
		if (this.entry.outcomes) return undefined;
		// Passed without an answer: the right marks show as left out.
		const g = this.phase === 'shown' ? grade(this.answer, []) : this.grade;
		return markOf(id, this.picked.has(id), g, checkUi[this.session.lang]);
	};

	#settle(right: boolean | null): void {
		if (this.phase !== 'ask') return;
		this.phase = right === null ? 'shown' : right ? 'right' : 'wrong';
		const s = this.session;
		s.vs.go(this.step);
		s.onpredict?.(this.step, right);
		// Focus was in the panel (its buttons go): it moves to the prompt, the verdict is announced.
		if (document.activeElement?.closest('[data-predict]'))
			void tick().then(() => document.getElementById('predict-title')?.focus());
	}
}

/**
 * Asks the prediction of `step` over step `step − 1` (its note closed); with none, predictions
 * off or a question open, the step plays at once.
 */
function ask(s: DiagramSession, step: number): void {
	const content = contentAt(panelPath(base, s.lang, s.def.id, s.view));
	const entry = content && content.predict.find((p) => p.step === step);
	if (s.answer && 'moved' in s.answer) s.answer.close();
	if (!entry || s.predictOff || s.answer) return void s.vs.go(step);
	s.answer = new PredictMode(s, entry);
	s.vs.set(step - 1, null);
	// Focus goes to the prompt, unless the page does not have it (a deck drives the embed: the
	// deck keeps its keys).
	if (document.hasFocus())
		void tick().then(() => document.getElementById('predict-title')?.focus());
}

export default { ask };
