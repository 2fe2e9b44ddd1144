// Predict, then reveal (issue 25): which step asks (state/predictAsk.ts), what a page and its panel
// content carry (server/loadView.ts), and how predictions grade (state/quiz.ts), against the
// predictions as written (content/quiz/predictions.ts).
import { describe, expect, it } from 'vitest';
import { asksFirst } from '../../src/lib/state/predictAsk';
import { loadPage, panelContent } from '../../src/lib/server/loadView';
import { predictions } from '../../src/lib/content/quiz';
import { predictKey } from '../../src/lib/content/panel';
import { decodeAnswer, grade } from '../../src/lib/state/quiz';
import { diagrams } from '../../src/lib/content/diagrams';
import { LANGS } from '../../src/lib/content/types';

describe('which step asks', () => {
	const ask = (from: number, to: number, asked = new Set<string>(), last = 6) =>
		asksFirst(from, to, last, [2, 4], asked, `v${to}`);

	it('asks only on a step forward by one into a step with a prediction', () => {
		expect(ask(1, 2)).toBe(true);
		expect(ask(3, 4)).toBe(true);
		expect(ask(2, 3)).toBe(false); // no prediction
		expect(ask(3, 2)).toBe(false); // back
		expect(ask(1, 4)).toBe(false); // a jump (End, a step dot, a deep link)
		expect(ask(2, 2)).toBe(false);
	});

	it('never from the overview, nor beyond the last step that may show', () => {
		expect(asksFirst(0, 1, 6, [1], new Set(), 'v1')).toBe(false);
		expect(ask(3, 4, new Set(), 3)).toBe(false);
	});

	it('asks each step at most once per visit', () => {
		const asked = new Set<string>();
		expect(ask(1, 2, asked)).toBe(true);
		expect(asked).toEqual(new Set(['v2']));
		expect(ask(1, 2, asked)).toBe(false);
		expect(ask(3, 4, asked)).toBe(true);
	});

	it('asks nothing on a page without predictions', () => {
		expect(asksFirst(1, 2, 6, undefined, new Set(), 'v2')).toBe(false);
	});
});

describe('what a page carries', () => {
	it('lists the steps that ask, and the panel content carries each prediction, encoded', () => {
		for (const def of diagrams)
			for (const v of def.views)
				for (const lang of LANGS) {
					const own = predictions.filter((p) => p.diagram === def.id && p.view === v.id);
					const page = loadPage({ lang, diagram: def.id, view: v.id }).def;
					expect(page.predict ?? []).toEqual(own.map((p) => p.step));
					const content = panelContent({ lang, diagram: def.id, view: v.id });
					expect(content.predict.map((e) => e.step)).toEqual(own.map((p) => p.step));
					for (const [i, e] of content.predict.entries()) {
						const p = own[i];
						expect(e.prompt).toBe(p.prompt[lang]);
						const answer = decodeAnswer(predictKey(v.id, p.step), e.answer);
						if (p.pick) {
							expect(e.outcomes).toBeUndefined();
							expect(answer).toEqual(p.pick);
							// Not plain text in what the site serves.
							for (const id of p.pick) expect(e.answer).not.toContain(id);
						} else {
							expect(e.outcomes).toEqual(p.outcomes!.map((o) => o.label[lang]));
							expect(p.outcomes![Number(answer[0])].right).toBe(true);
						}
					}
				}
	});

	it('a page’s HTML data names no answer: the steps only', () => {
		const page = loadPage({ lang: 'en', diagram: 'runtime', view: 'docker-run' }).def;
		expect(page.predict).toEqual([11]);
		expect(JSON.stringify(page)).not.toContain('runc create` is about to exit');
	});
});

describe('grading a prediction', () => {
	const content = panelContent({ lang: 'en', diagram: 'runtime', view: 'docker-run' });
	const entry = content.predict[0];
	const answer = decodeAnswer(predictKey('docker-run', entry.step), entry.answer);

	it('a pick holds with exactly the right marks', () => {
		expect(answer).toEqual(['containerd-shim']);
		expect(grade(answer, ['containerd-shim']).right).toBe(true);
		expect(grade(answer, []).right).toBe(false);
		expect(grade(answer, ['containerd-shim', 'runc']).right).toBe(false);
		expect(grade(answer, ['runc']).right).toBe(false);
	});

	it('an outcome holds when its index is the encoded one, and only then', () => {
		const restart = panelContent({ lang: 'ko', diagram: 'runtime', view: 'restart' }).predict[0];
		const right = Number(decodeAnswer(predictKey('restart', restart.step), restart.answer)[0]);
		expect([0, 1]).toContain(right);
		const def = predictions.find((p) => p.view === 'restart')!;
		expect(def.outcomes![right].right).toBe(true);
		expect(def.outcomes![1 - right].right).toBeUndefined();
		// The other view's key does not decode it.
		expect(decodeAnswer(predictKey('docker-run', restart.step), restart.answer)).not.toEqual([
			String(right)
		]);
	});
});
