import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDiagram, diagrams } from '../../src/lib/content/diagrams';
import { pickableMarks, predictions, questions, quizProblems } from '../../src/lib/content/quiz';
import {
	QUIZ_TOPICS,
	type PredictionDef,
	type QuestionDef
} from '../../src/lib/content/quiz/types';
import {
	decodeAnswer,
	encodeAnswer,
	grade,
	loadResults,
	RESULTS_KEY,
	saveResult,
	summarize
} from '../../src/lib/state/quiz';

const q = (id: string) => {
	const found = questions.find((x) => x.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};
const marks = (x: QuestionDef) => [...pickableMarks(findDiagram(x.diagram)!, x.view, x.step ?? 0)];

describe('the questions the issue names', () => {
	// The oracle is the issue's own text: which view, and which marks are the answer.
	const named = [
		['runtime-parent', 'runtime', 'process-tree', ['containerd-shim']],
		['virt-no-guest-kernel', 'virtualization', 'compare', ['ctr-container']],
		['net-answer', 'networking', 'user-bridge', ['dns']]
	] as const;
	it.each(named)('%s is asked on %s/%s and graded by its marks', (id, diagram, view, right) => {
		const x = q(id);
		expect([x.diagram, x.view]).toEqual([diagram, view]);
		expect(grade(x.answer, right).right).toBe(true);
		expect(grade(x.answer, [...right].reverse()).right).toBe(true);
	});
	it.each(named)('%s: picking everything is wrong, and so is picking nothing', (id) => {
		const x = q(id);
		const all = marks(x);
		expect(all.length).toBeGreaterThan(x.answer.length);
		expect(grade(x.answer, all).right).toBe(false);
		expect(grade(x.answer, []).right).toBe(false);
	});
	it('runtime-parent: containerd, the one that started the shim, is wrong', () => {
		const g = grade(q('runtime-parent').answer, ['containerd']);
		expect(g).toEqual({
			right: false,
			hits: [],
			missed: ['containerd-shim'],
			wrong: ['containerd']
		});
	});
});

describe('grade', () => {
	it('is right exactly when the picked set equals the answer set', () => {
		const ids = ['a', 'b', 'c', 'd', 'e'];
		fc.assert(
			fc.property(fc.subarray(ids, { minLength: 1 }), fc.subarray(ids), (answer, picked) => {
				const g = grade(answer, picked);
				const same = answer.length === picked.length && answer.every((a) => picked.includes(a));
				expect(g.right).toBe(same);
				expect(new Set([...g.hits, ...g.missed])).toEqual(new Set(answer));
				expect(new Set([...g.hits, ...g.wrong])).toEqual(new Set(picked));
			})
		);
	});
});

describe('every question and prediction', () => {
	it('covers every topic of the note, with at least 24 questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(24);
		for (const t of QUIZ_TOPICS) expect(questions.some((x) => x.topic === t)).toBe(true);
	});
	it('never makes picking every mark right', () => {
		for (const x of questions) expect(grade(x.answer, marks(x)).right, x.id).toBe(false);
	});
	it('has a prediction in every walkthrough view', () => {
		for (const d of diagrams)
			for (const v of d.views)
				expect(
					predictions.some((p) => p.diagram === d.id && p.view === v.id),
					`${d.id}/${v.id}`
				).toBe(true);
	});
});

describe('the validator', () => {
	const base = q('runtime-parent');
	const ok = (over: Partial<QuestionDef>): QuestionDef => ({ ...base, ...over });
	const problemsOf = (qs: QuestionDef[], ps: PredictionDef[] = predictions) =>
		quizProblems([...questions.filter((x) => x.id !== base.id), ...qs], ps, diagrams);

	it('accepts the shipped content', () => {
		expect(quizProblems(questions, predictions, diagrams)).toEqual([]);
	});
	it('names a mark that is not in the view', () => {
		expect(problemsOf([ok({ answer: ['runc'] })])).toContain(
			'question runtime-parent: "runc" is not a mark shown in runtime/process-tree at step 0'
		);
	});
	it('names a mark hidden at the question’s step', () => {
		// restart step 2: containerd has stopped and is not drawn.
		expect(
			problemsOf([ok({ view: 'restart', step: 2, answer: ['containerd'] })]).some((p) =>
				p.includes('"containerd" is not a mark shown in runtime/restart at step 2')
			)
		).toBe(true);
	});
	it('rejects an answer that is every mark of the view', () => {
		const all = [...pickableMarks(findDiagram('runtime')!, 'process-tree', 0)];
		expect(problemsOf([ok({ answer: all })])).toContain(
			'question runtime-parent: the answer is every mark of the view'
		);
	});
	it('rejects a duplicate id, an unknown view and a step out of range', () => {
		const p = problemsOf([
			base,
			ok({}),
			ok({ id: 'x-1', view: 'nope' }),
			ok({ id: 'x-2', step: 99 })
		]);
		expect(p).toContain('question runtime-parent: id used twice');
		expect(p).toContain('question x-1: no view runtime/nope');
		expect(p.some((m) => m.startsWith('question x-2: step 99 is not a step'))).toBe(true);
	});
	it('needs a question for every topic and a prediction for every view', () => {
		const p = quizProblems(
			questions.filter((x) => x.topic !== 'question'),
			predictions.filter((x) => !(x.diagram === 'networking' && x.view === 'none')),
			diagrams
		);
		expect(p).toContain('topic question: no question');
		expect(p).toContain('view networking/none: no prediction');
	});
	it('needs exactly one right outcome, and either picks or outcomes', () => {
		const pred = predictions.find((p) => p.outcomes)!;
		const bad: PredictionDef = {
			...pred,
			outcomes: [
				{ label: pred.outcomes![0].label, right: true },
				{ label: pred.outcomes![1].label, right: true }
			],
			pick: ['x']
		};
		const p = problemsOf([base], [...predictions.filter((x) => x !== pred), bad]);
		const at = `prediction ${pred.diagram}/${pred.view} step ${pred.step}`;
		expect(p).toContain(`${at}: exactly one outcome must be right`);
		expect(p).toContain(`${at}: give either pick or outcomes`);
	});
});

describe('answers are not plain text', () => {
	it('round-trips and hides the ids', () => {
		for (const x of questions) {
			const enc = encodeAnswer(x.id, x.answer);
			expect(decodeAnswer(x.id, enc)).toEqual(x.answer);
			for (const id of x.answer) expect(enc).not.toContain(id);
		}
	});
	it('decodes garbage to no answer instead of throwing', () => {
		expect(decodeAnswer('net-answer', '%%%not base64')).toEqual([]);
	});
});

describe('results kept in the browser', () => {
	const known = new Set(questions.map((x) => x.id));
	const memory = (init?: string) => {
		const m = new Map<string, string>(init === undefined ? [] : [[RESULTS_KEY, init]]);
		return {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v)
		};
	};
	it('survive a reload (a new read of the same storage)', () => {
		const s = memory();
		saveResult(s, known, 'net-answer', true, 1);
		saveResult(s, known, 'runtime-parent', false, 2);
		expect(loadResults(s, known)).toEqual({
			'net-answer': { right: true, at: 1 },
			'runtime-parent': { right: false, at: 2 }
		});
	});
	it('drop malformed or unknown entries instead of failing', () => {
		expect(loadResults(memory('{not json'), known)).toEqual({});
		expect(loadResults(memory('[1,2]'), known)).toEqual({});
		expect(
			loadResults(
				memory(
					JSON.stringify({ nope: { right: true, at: 1 }, 'net-answer': { right: 'yes', at: 1 } })
				),
				known
			)
		).toEqual({});
	});
	it('summarize counts right answers and lists what to revisit', () => {
		const s = summarize({ a: { right: true, at: 1 }, b: { right: false, at: 2 } }, ['a', 'b', 'c']);
		expect(s).toEqual({ answered: 2, right: 1, revisit: ['b'], unanswered: ['c'] });
	});
});
