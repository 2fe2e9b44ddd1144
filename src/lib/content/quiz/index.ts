/**
 * The questions and predictions of "check yourself", validated against the diagrams once on load:
 * a question that names a mark its view does not show fails the build, like a bad diagram does.
 */
import { diagrams } from '../diagrams';
import { LANGS, type DiagramDef, type L10n } from '../types';
import { shownAtStep } from '../../layout/scene';
import { questions as allQuestions } from './questions';
import { predictions as allPredictions } from './predictions';
import { QUIZ_TOPICS, type PredictionDef, type QuestionDef } from './types';

export class QuizError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Check-yourself content is invalid:\n  - ${problems.join('\n  - ')}`);
	}
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The marks a reader can pick on `view` at `step`: the nodes shown then. (Edges are drawn as the
 * nodes' connections and carry no focus stop of their own, so a question asks for nodes.)
 */
export function pickableMarks(def: DiagramDef, viewId: string, step: number): Set<string> {
	const view = def.views.find((v) => v.id === viewId);
	return view ? shownAtStep(def, view, step) : new Set();
}

/** Every problem with the given questions and predictions, against the given diagrams. */
export function quizProblems(
	questions: QuestionDef[],
	predictions: PredictionDef[],
	defs: DiagramDef[]
): string[] {
	const problems: string[] = [];
	const text = (where: string, t: L10n | undefined) => {
		for (const lang of LANGS) if (!t?.[lang]?.trim()) problems.push(`${where}: no ${lang} text`);
	};
	const where = (diagram: string, view: string, step: number, at: string) => {
		const def = defs.find((d) => d.id === diagram);
		const v = def?.views.find((x) => x.id === view);
		if (!def || !v) {
			problems.push(`${at}: no view ${diagram}/${view}`);
			return undefined;
		}
		if (!Number.isInteger(step) || step < 0 || step > v.steps.length)
			problems.push(
				`${at}: step ${step} is not a step of ${diagram}/${view} (0…${v.steps.length})`
			);
		return def;
	};
	const marks = (ids: string[], def: DiagramDef, view: string, step: number, at: string) => {
		const pickable = pickableMarks(def, view, step);
		if (ids.length === 0) problems.push(`${at}: no mark to pick`);
		for (const id of ids)
			if (!pickable.has(id))
				problems.push(`${at}: "${id}" is not a mark shown in ${def.id}/${view} at step ${step}`);
		if (new Set(ids).size !== ids.length) problems.push(`${at}: a mark is named twice`);
		// Picking everything must never be right.
		if (ids.length >= pickable.size) problems.push(`${at}: the answer is every mark of the view`);
	};

	const seen = new Set<string>();
	for (const q of questions) {
		const at = `question ${q.id}`;
		if (!SLUG.test(q.id)) problems.push(`${at}: id is not a slug`);
		if (seen.has(q.id)) problems.push(`${at}: id used twice`);
		seen.add(q.id);
		if (!QUIZ_TOPICS.includes(q.topic)) problems.push(`${at}: unknown topic ${q.topic}`);
		text(`${at} prompt`, q.prompt);
		text(`${at} why`, q.why);
		const def = where(q.diagram, q.view, q.step ?? 0, at);
		if (def) marks(q.answer, def, q.view, q.step ?? 0, at);
	}
	for (const t of QUIZ_TOPICS)
		if (!questions.some((q) => q.topic === t)) problems.push(`topic ${t}: no question`);

	const predicted = new Set<string>();
	for (const p of predictions) {
		const at = `prediction ${p.diagram}/${p.view} step ${p.step}`;
		const key = `${p.diagram}/${p.view}/${p.step}`;
		if (predicted.has(key)) problems.push(`${at}: two predictions for one step`);
		predicted.add(key);
		text(`${at} prompt`, p.prompt);
		const def = where(p.diagram, p.view, p.step, at);
		if (p.step < 1) problems.push(`${at}: a prediction comes before a step (1 or later)`);
		if (!p.pick === !p.outcomes) problems.push(`${at}: give either pick or outcomes`);
		// The reader picks on the picture as it is before the step plays.
		if (def && p.pick) marks(p.pick, def, p.view, p.step - 1, at);
		if (p.outcomes) {
			p.outcomes.forEach((o, i) => text(`${at} outcome ${i + 1}`, o.label));
			if (p.outcomes.filter((o) => o.right).length !== 1)
				problems.push(`${at}: exactly one outcome must be right`);
		}
	}
	for (const def of defs)
		for (const v of def.views)
			if (v.steps.length > 0 && !predictions.some((p) => p.diagram === def.id && p.view === v.id))
				problems.push(`view ${def.id}/${v.id}: no prediction`);
	return problems;
}

const problems = quizProblems(allQuestions, allPredictions, diagrams);
if (problems.length) throw new QuizError(problems);

export const questions = allQuestions;
export const predictions = allPredictions;

export function findQuestion(id: string): QuestionDef | undefined {
	return questions.find((q) => q.id === id);
}
