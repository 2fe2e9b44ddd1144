/**
 * Answer mode's pure parts (issue 25): how a node reads once picked and graded (render/quiz/marks.ts),
 * and the questions a view's panel content carries (server/loadView.ts): every question of that view,
 * its answer encoded, never as plain ids.
 */
import { describe, expect, it } from 'vitest';
import { markOf } from '../../src/lib/render/quiz/marks';
import { grade, decodeAnswer } from '../../src/lib/state/quiz';
import { checkUi } from '../../src/lib/content/ui-check';
import { questions } from '../../src/lib/content/quiz';
import { panelContent } from '../../src/lib/server/loadView';

const t = checkUi.en;

describe('markOf', () => {
	it('before grading: only whether the node is picked', () => {
		expect(markOf('a', true, null, t)).toEqual({
			picked: true,
			cls: ' quiz-mark quiz-picked',
			say: ''
		});
		expect(markOf('a', false, null, t)).toEqual({ picked: false, cls: ' quiz-mark', say: '' });
	});
	it('after grading: right picks, missed right marks and wrong picks read and show apart', () => {
		const r = grade(['a', 'b'], ['a', 'c']);
		expect(markOf('a', true, r, t)).toMatchObject({
			cls: ' quiz-mark quiz-picked quiz-right',
			say: `: ${t.markRight}`
		});
		expect(markOf('b', false, r, t)).toMatchObject({
			cls: ' quiz-mark quiz-missed',
			say: `: ${t.markMissed}`
		});
		expect(markOf('c', true, r, t)).toMatchObject({
			cls: ' quiz-mark quiz-picked quiz-wrong',
			say: `: ${t.markWrong}`
		});
		expect(markOf('d', false, r, t)).toEqual({ picked: false, cls: ' quiz-mark', say: '' });
	});
	it('has words in both languages', () => {
		for (const lang of ['ko', 'en'] as const)
			for (const k of ['markRight', 'markMissed', 'markWrong'] as const)
				expect(checkUi[lang][k].trim()).not.toBe('');
	});
});

describe('the panel content carries the view’s questions', () => {
	for (const lang of ['ko', 'en'] as const)
		it(`${lang}: every question, once, in its view, answer encoded`, () => {
			const seen: string[] = [];
			const views = new Set(questions.map((q) => `${q.diagram}/${q.view}`));
			for (const key of views) {
				const [diagram, view] = key.split('/');
				const content = panelContent({ lang, diagram, view });
				expect(content.quizIds).toEqual(questions.map((q) => q.id));
				for (const e of content.quiz) {
					const q = questions.find((x) => x.id === e.id)!;
					expect(`${q.diagram}/${q.view}`).toBe(key);
					expect(e.step).toBe(q.step ?? 0);
					expect(e.prompt).toBe(q.prompt[lang]);
					expect(decodeAnswer(e.id, e.answer)).toEqual(q.answer);
					// Not readable as plain ids in what is served.
					for (const id of q.answer) expect(e.answer).not.toContain(id);
					seen.push(e.id);
				}
			}
			expect(seen.sort()).toEqual(questions.map((q) => q.id).sort());
		});
});
