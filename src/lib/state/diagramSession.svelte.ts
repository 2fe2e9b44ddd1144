/**
 * One diagram shown on a page, as the site's diagram page and the embed both show it: the view's
 * state from the URL (ViewState), the drawn view during a view change (DrawnView), the motion
 * settings, the format, the selected node, the note panel's lazy code and content, the restore
 * that follows mounting, playing and the step keys, and the one scene the page reads. A page
 * component builds one from its props and adds only what is its own (the site's measured fit and
 * full screen, the embed's host protocol).
 *
 * Answer mode ("check yourself", issue 25: `?quiz=<id>` or the page's Check yourself control) is
 * the session's too: its code (render/quiz/) loads only when a question opens; until then the
 * session holds the asked id, so the canonical URL keeps it while the code is on its way.
 *
 * Predictions (issue 25, "predict, then reveal") are the session's too: a step forward by one into
 * a step with a prediction (PageDef `predict`) asks it first (state/predictAsk.ts); the open
 * prediction takes answer mode's place (`answer`) and hears every move (render/quiz/predict.svelte.ts).
 * `?predict=off` turns them off; an embed's autoplay never asks; playing stops at one.
 *
 * Construct it while a component initialises (it registers effects that live as long as that
 * component) and call `mount()` from the component's `onMount`.
 */
import { tick } from 'svelte';
import type { Lang } from '$lib/content/types';
import { nodeAtStep } from '$lib/content/query';
import type { PageDef, PageNode } from '$lib/content/page';
import { buildScene, handoutScenes, type Scene } from '$lib/layout/scene';
import type { Format } from '$lib/layout/geometry';
import { MotionSettings } from '$lib/motion.svelte';
import { DrawnView } from '$lib/render/drawnView.svelte';
import { closeNote } from '$lib/render/focus';
import { Lazy, travelling } from '$lib/render/lazy.svelte';
import { nextTask, whenIdle } from '$lib/render/schedule';
import { ViewState } from './viewState.svelte';
import type { AnswerMode } from '$lib/render/quiz/answer.svelte';
import type { PredictMode } from '$lib/render/quiz/predict.svelte';
import { asksFirst } from './predictAsk';

/** What a page shows: its definition, view and language (its props). */
export interface SessionSource {
	readonly def: PageDef;
	readonly view: string;
	readonly lang: Lang;
}

export interface SessionOptions {
	/** The format to draw in, as the page decides it from its window or frame. */
	format: () => Format;
	/** Steps that can be shown (an embed's from/to; 0 is the overview); null: all. */
	range?: () => [number, number] | null;
	/** The canonical query of the page's other parameters, kept after step and node (ViewState). */
	extra?: () => string;
	/** Seconds per step when the page plays on its own from mounting (an embed's autoplay). */
	autoplay?: () => number | null;
}

/** Time per step while playing, ms, unless autoplay says otherwise. */
export const PLAY_STEP = 3800;

export class DiagramSession {
	readonly vs: ViewState;
	readonly settings = new MotionSettings();
	readonly drawn: DrawnView;
	/** The note panel and the print handout with their content loader (render/panel.ts). */
	readonly panel = new Lazy(() => import('$lib/render/panel'));
	/** Answer mode's code, loaded when a question opens (render/quiz/answer.svelte.ts). */
	readonly quiz = new Lazy(() => import('$lib/render/quiz/answer.svelte'));
	/** Predictions' code, loaded when a step first asks one (render/quiz/predict.svelte.ts). */
	readonly predictions = new Lazy(() => import('$lib/render/quiz/predict.svelte'));
	/** The open answer mode or prediction (null: none); `quizId` is the question the URL names. */
	answer = $state.raw<AnswerMode | PredictMode | null>(null);
	quizId = $state.raw<string | null>(null);
	/** Told of every graded answer (the embed reports it to its host). */
	declare onanswer?: (id: string, right: boolean) => void;
	/** Told of every prediction answered (right or wrong) or passed (null). */
	declare onpredict?: (step: number, right: boolean | null) => void;
	/** `?predict=off`, read on mounting: no step asks. */
	predictOff = false;
	/** The steps asked on this visit ("view/step"). */
	readonly asked = new Set<string>();
	/** True from the task after mounting: a page may switch to a phone's format from then on. */
	ready = $state(false);
	playing = $state(false);
	/** The selected node as it reads at this step (the overview reads as the last step). */
	readonly node: PageNode | undefined;

	#source: () => SessionSource;
	#range: () => [number, number];
	#autoplay: () => number | null;
	#format: () => Format;

	/** `source`: the page's props, read live (a view change brings new ones). */
	constructor(source: () => SessionSource, options: SessionOptions) {
		this.#source = source;
		const range = options.range ?? (() => null);
		this.#range = () => range() ?? [0, this.vs.steps];
		this.#autoplay = options.autoplay ?? (() => null);
		this.#format = options.format;
		this.vs = new ViewState(
			() => source().def,
			() => source().view,
			range,
			() =>
				[
					this.quizId && `quiz=${encodeURIComponent(this.quizId)}`,
					this.predictOff && 'predict=off',
					options.extra?.()
				]
					.filter(Boolean)
					.join('&')
		);
		this.drawn = new DrawnView(
			() => source().def,
			() => source().view,
			() => source().lang,
			() => this.vs.step
		);
		this.node = $derived.by(() => {
			const { def, view } = source();
			const steps = this.viewDef.steps.length;
			return this.vs.node ? nodeAtStep(def, view, this.vs.step || steps, this.vs.node) : undefined;
		});

		// The panel's code comes when a note opens; its content with it and on each view change.
		$effect(() => {
			if (this.node) this.panel.load();
		});
		$effect(() => {
			this.panel.current?.load(this.lang, this.def.id, this.view);
		});
		$effect(() => this.vs.correct());
		$effect(() => {
			if (this.vs.mounted && this.#autoplay()) this.playing = true;
		});
		// Playing walks to the last step it may show, once, and stops there (it never loops).
		$effect(() => {
			if (!this.playing) return;
			if (this.vs.step >= this.#range()[1]) return void (this.playing = false);
			const autoplay = this.#autoplay();
			const timer = setTimeout(
				() => this.to(this.vs.step + 1),
				autoplay ? autoplay * 1000 : PLAY_STEP
			);
			return () => clearTimeout(timer);
		});
	}

	get def(): PageDef {
		return this.#source().def;
	}
	get view(): string {
		return this.#source().view;
	}
	get lang(): Lang {
		return this.#source().lang;
	}
	get format(): Format {
		return this.#format();
	}
	/** The scene the diagram draws now (buildScene caches it: Diagram.svelte gets the same one). */
	get scene(): Scene {
		const { def, view, step } = this.drawn;
		return buildScene(def, view, step, this.format);
	}
	get viewDef() {
		return this.def.views.find((v) => v.id === this.view)!;
	}
	/** Width over height of the picture: its view's frame, the same at every step. */
	get aspect(): number {
		const f = this.scene.frame;
		return f.w / f.h;
	}
	/** The print handout's pictures: every step of the view, finished, drawn wide. */
	get handout(): Scene[] {
		return handoutScenes(this.def, this.view);
	}
	/** The view's scene at this step in another format (the prerendered page sizes a phone's). */
	sceneIn(format: Format): Scene {
		return buildScene(this.def, this.view, this.vs.step, format);
	}

	/**
	 * The restore: the URL's state (read from mounting on) reaches every mark with `instant` still
	 * on, then motion is turned on and the page's `restoring` class goes. `ready` turns true in a
	 * task of its own, after hydration's (a phone's narrow drawing redraws every node: one task
	 * doing both blocked a phone's main thread twice as long); `drawn` runs once the first drawing
	 * with it is in the DOM. A URL whose step sends packets waits for their code, so that the
	 * picture shows at once in its end state; one that opens a note waits for the panel's code
	 * only: the picture is shown without waiting for the note's content, and the panel shows the
	 * node's name until it arrives (issue 24). Once idle, the page fetches the panel's code (and
	 * with it the view's content, see above), so that a click that comes first finds them here.
	 * Resolves once motion is on.
	 */
	mount(drawn: () => void = () => {}): Promise<void> {
		// Read before the URL is first corrected, which keeps it only as the session's.
		const query = new URLSearchParams(location.search);
		const quiz = query.get('quiz');
		this.quizId = quiz;
		this.predictOff = query.get('predict') === 'off';
		this.vs.mounted = true;
		return nextTask()
			.then(() => {
				this.ready = true;
				return tick();
			})
			.then(() => {
				drawn();
				const { tokens, packets } = this.scene;
				return Promise.all([
					this.vs.node && this.panel.load(),
					quiz && this.openQuiz(quiz),
					(tokens.length || packets.length) && travelling.load()
				]);
			})
			.catch(() => {})
			.then(() => tick())
			.then(() => {
				this.settings.instant = false;
				const html = document.documentElement;
				html.classList.remove('restoring');
				// What the note's text, once here, pushes down stays hidden until then (page.css).
				if (this.vs.node && this.panel.current) {
					html.classList.add('note-pending');
					const done = () => html.classList.remove('note-pending');
					// After the panel has drawn it (tick), in the same frame.
					this.panel.current
						.load(this.lang, this.def.id, this.view)
						.then(() => tick())
						.then(done, done);
				}
				whenIdle(() => this.panel.load().catch(() => {}));
			});
	}

	/** The panel's code and this view's content; resolves once both are here. */
	loadPanel(): Promise<void> {
		return this.panel.load().then((p) => p.load(this.lang, this.def.id, this.view));
	}

	/**
	 * Opens answer mode on question `id` of this view, or on its first (null: the Check yourself
	 * control); an id the view lacks gets a notice. Resolves once it shows.
	 */
	openQuiz(id: string | null): Promise<void> {
		return Promise.all([this.quiz.load(), this.loadPanel()]).then(([m]) => m.open(this, id));
	}

	/** Steps by hand: playing stops. */
	go(step: number): void {
		this.playing = false;
		this.to(step);
	}

	/**
	 * Shows `step`, as a step key, a button, playing or a host's next/prev ask: an open prediction
	 * hears of it first (it may reveal its step); a step forward into one not yet asked asks it
	 * (playing stops there) and the step waits for the answer.
	 */
	to(step: number): void {
		const { vs, answer } = this;
		if (answer && 'moved' in answer && answer.moved(step, true)) return;
		if (
			!this.predictOff &&
			!this.answer &&
			!this.#autoplay() &&
			asksFirst(vs.step, step, this.#range()[1], this.def.predict, this.asked, this.view + step)
		)
			return this.predict(step);
		vs.go(step);
	}

	/** Asks the prediction of `step` over the step before it (a deck's fragment: `goto` with `predict`). */
	predict(step: number): void {
		this.playing = false;
		void Promise.all([this.predictions.load(), this.loadPanel()]).then(([m]) => m.ask(this, step));
	}

	/** Play from where it is; from the last step or the overview, from the first step again. */
	togglePlay(): void {
		const [lo, hi] = this.#range();
		if (!this.playing && (this.vs.step >= hi || this.vs.step === 0)) this.vs.go(Math.max(lo, 1));
		this.playing = !this.playing;
	}

	/** Steps for a step key (← → PageUp PageDown Home End); false for any other key. */
	stepKey(key: string): boolean {
		const step = this.vs.stepFor(key);
		if (step === null) return false;
		this.go(step);
		return true;
	}

	/** Clicking a node opens its note; clicking the open one closes it. */
	toggle(id: string): void {
		this.vs.select(id === this.vs.node ? null : id);
	}

	/** Closes the note and puts focus back on its node (render/focus.ts). */
	close = (): Promise<void> => closeNote(this.vs);
}
