/**
 * "Check yourself": questions answered by pointing at marks (nodes or edges) of a live diagram view,
 * and predictions asked before a walkthrough step plays. Content like the diagrams: plain typed data,
 * validated against the diagrams at load (every id must be a mark shown in its view at its step).
 */
import type { L10n } from '../types';

/**
 * The note's topics, in its order, and its opening wish (images and Compose); every topic has at
 * least one question.
 */
export const QUIZ_TOPICS = [
	'layers',
	'processes',
	'namespaces',
	'virtualization',
	'components',
	'question',
	'wish'
] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

export interface QuestionDef {
	/** Stable slug: the `?quiz=` value and the `[data-quiz-question]` hook. */
	id: string;
	topic: QuizTopic;
	diagram: string;
	view: string;
	/** The step the picture shows while the question is asked; default 0 (the overview). */
	step?: number;
	/** What to select on the picture. */
	prompt: L10n;
	/**
	 * The node ids that make the right answer. Graded by set: every one picked and
	 * nothing else. Never every pickable mark of the view, so picking everything is wrong.
	 */
	answer: string[];
	/** Shown after answering, beside the marks' own note text and corrections: why these. */
	why: L10n;
}

/** One of two outcomes the reader chooses between before a step plays. */
export interface OutcomeDef {
	label: L10n;
	/** True for the outcome the step shows. */
	right?: boolean;
}

export interface PredictionDef {
	diagram: string;
	view: string;
	/** The step (1-based) about to play: the reader predicts before it is shown. */
	step: number;
	prompt: L10n;
	/** Either pick marks on the picture as it is before the step… */
	pick?: string[];
	/** …or choose one of two outcomes. Exactly one of `pick` and `outcomes`. */
	outcomes?: [OutcomeDef, OutcomeDef];
}
