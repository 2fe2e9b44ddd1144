/**
 * How a node shows and reads in answer mode: picked or not, and once graded, whether it was one of
 * the right marks (picked: `right`; left out: `missed`) or a wrong pick. Pure: unit-tested.
 */
import type { Grade } from '$lib/state/quiz';

export interface QuizMark {
	/** aria-pressed. */
	picked: boolean;
	/** Classes added to the node's, after a space (styled in styles/quiz.css). */
	cls: string;
	/** Said after the node's name once graded (': right, …'; '' before). */
	say: string;
}

export interface MarkWords {
	markRight: string;
	markMissed: string;
	markWrong: string;
}

export function markOf(id: string, picked: boolean, result: Grade | null, t: MarkWords): QuizMark {
	const verdict = !result
		? ''
		: result.hits.includes(id)
			? 'right'
			: result.missed.includes(id)
				? 'missed'
				: result.wrong.includes(id)
					? 'wrong'
					: '';
	const word =
		verdict === 'right'
			? t.markRight
			: verdict === 'missed'
				? t.markMissed
				: verdict === 'wrong'
					? t.markWrong
					: '';
	const say = word && `: ${word}`;
	return {
		picked,
		cls:
			' ' +
			['quiz-mark', picked && 'quiz-picked', verdict && `quiz-${verdict}`]
				.filter(Boolean)
				.join(' '),
		say
	};
}
