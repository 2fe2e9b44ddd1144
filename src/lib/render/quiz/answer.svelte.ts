/**
 * Answer mode (issue 25), loaded only when a question opens (DiagramSession `openQuiz`): the reader
 * picks marks on the live diagram (click, or Space on a focused node), submits (the panel's button,
 * or Enter on a node), and the pick is graded by id (state/quiz.ts). The question comes from the
 * view's panel content (content/panel.ts), whose answer is lightly encoded.
 */
import { base } from '$app/paths';
import { tick, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { panelPath, type PanelContent, type QuizEntry } from '$lib/content/panel';
import { checkUi } from '$lib/content/ui-check';
import type { DiagramSession } from '$lib/state/diagramSession.svelte';
import { decodeAnswer, grade, saveResult, type Grade } from '$lib/state/quiz';
import { contentAt } from '../panelContent.svelte';
import { scrollIntoBand } from '../keepInView';
import QuizPanel from './QuizPanel.svelte';
import { markOf, type QuizMark } from './marks';

export class AnswerMode {
	readonly Panel = QuizPanel;
	/** The open question; null on a view without one (the panel says so). */
	entry = $state.raw<QuizEntry | null>(null);
	readonly picked = new SvelteSet<string>();
	result = $state.raw<Grade | null>(null);

	#stop: () => void;

	constructor(
		readonly session: DiagramSession,
		readonly content: PanelContent
	) {
		// Another view leaves answer mode: its questions are this view's. The other language
		// (the header's link keeps ?quiz=) asks the same question again in that language.
		const [view, lang] = [session.view, session.lang];
		this.#stop = $effect.root(() => {
			$effect(() => {
				if (session.view === view && session.lang === lang) return;
				const again = session.view === view ? untrack(() => this.entry?.id) : undefined;
				queueMicrotask(() => {
					this.end();
					if (again) void session.openQuiz(again);
				});
			});
		});
	}

	/** Leaves answer mode (the panel's close button, Escape). */
	end = (): void => {
		this.#stop();
		if (this.session.answer === this) this.session.answer = null;
		this.session.quizId = null;
	};

	get entries(): QuizEntry[] {
		return this.content.quiz;
	}

	/** Shows `entry` at its step, nothing picked. */
	ask(entry: QuizEntry | null): void {
		const s = this.session;
		this.entry = entry;
		this.picked.clear();
		this.result = null;
		s.quizId = entry?.id ?? null;
		s.playing = false;
		s.vs.set(entry ? entry.step : s.vs.step, null);
	}

	/** A node chosen on the picture: Space or a click toggles it, Enter submits. */
	activate = (id: string, enter = false): void => {
		// No question on this view: a node opens its note as usual.
		if (!this.entry) return void (this.end(), this.session.toggle(id));
		if (this.result) return;
		if (enter) return this.submit();
		if (this.picked.has(id)) this.picked.delete(id);
		else this.picked.add(id);
	};

	submit = (): void => {
		const entry = this.entry;
		if (!entry || this.result) return;
		const result = grade(decodeAnswer(entry.id, entry.answer), this.picked);
		this.result = result;
		try {
			saveResult(localStorage, new Set(this.content.quizIds), entry.id, result.right, Date.now());
		} catch {
			// Storage blocked: the result shows for this visit only.
		}
		this.session.onanswer?.(entry.id, result.right);
		void tick().then(showLit);
	};

	retry = (): void => this.ask(this.entry);

	/** How node `id` shows and reads on the picture in answer mode. */
	mark = (id: string): QuizMark | undefined =>
		this.entry
			? markOf(id, this.picked.has(id), this.result, checkUi[this.session.lang])
			: undefined;
}

/**
 * A phone's sheet covers the lower half of the picture: once graded, the marks that light up are
 * brought above it (keepInView.ts), as an opened note's node is.
 */
function showLit(): void {
	const sheet = document.querySelector('.stage [data-quiz-panel]');
	if (!sheet || !matchMedia('(max-width: 899.98px)').matches) return;
	const lit = [
		...document.querySelectorAll('svg[data-diagram] .quiz-right, svg[data-diagram] .quiz-missed')
	];
	const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
	scrollIntoBand(lit, sheet.getBoundingClientRect().top, smooth);
}

/** Opens answer mode on `id` (null: the view's first question); an unknown id gets a notice. */
function open(s: DiagramSession, id: string | null): void {
	const content = contentAt(panelPath(base, s.lang, s.def.id, s.view));
	// A question takes an open prediction's place.
	if (s.answer && 'moved' in s.answer) s.answer.close();
	if (!content) return void (s.answer?.end(), (s.quizId = null));
	const entry = id === null ? (content.quiz[0] ?? null) : content.quiz.find((q) => q.id === id);
	if (entry === undefined) {
		s.quizId = (s.answer as AnswerMode | null)?.entry?.id ?? null;
		s.vs.notices = [...s.vs.notices, { kind: 'unknown-quiz', value: id!.slice(0, 40) }];
		return;
	}
	const a = (s.answer as AnswerMode | null) ?? new AnswerMode(s, content);
	a.ask(entry);
	s.answer = a;
	// Opened by the page's control: focus goes to the question (a deep link leaves it alone).
	if (id === null) void tick().then(() => document.getElementById('quiz-title')?.focus());
}

export default { open };
