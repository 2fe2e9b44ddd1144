/**
 * Grading and the reader's results. Pure functions: the page feeds them the picked mark ids and a
 * Storage (localStorage in the browser), so they are unit-tested without one.
 */

export interface Grade {
	right: boolean;
	/** Right marks the reader picked. */
	hits: string[];
	/** Right marks the reader left out. */
	missed: string[];
	/** Marks the reader picked that are not part of the answer. */
	wrong: string[];
}

/** Right only when every answer mark is picked and nothing else: picking everything is wrong. */
export function grade(answer: readonly string[], picked: Iterable<string>): Grade {
	const want = new Set(answer);
	const got = new Set(picked);
	const hits = [...got].filter((id) => want.has(id));
	const missed = [...want].filter((id) => !got.has(id));
	const wrong = [...got].filter((id) => !want.has(id));
	return { right: missed.length === 0 && wrong.length === 0, hits, missed, wrong };
}

/**
 * Light encoding of an answer, so the ids are not plain text in what a page ships (this is a check
 * for oneself, not an exam): each character shifted by the question id's characters, then base64.
 */
export function encodeAnswer(questionId: string, ids: readonly string[]): string {
	const plain = ids.join(' ');
	const shifted = Array.from(plain, (c, i) =>
		String.fromCharCode((c.charCodeAt(0) + questionId.charCodeAt(i % questionId.length)) & 0xff)
	).join('');
	return btoa(shifted);
}

export function decodeAnswer(questionId: string, encoded: string): string[] {
	let shifted: string;
	try {
		shifted = atob(encoded);
	} catch {
		return [];
	}
	const plain = Array.from(shifted, (c, i) =>
		String.fromCharCode(
			(c.charCodeAt(0) - questionId.charCodeAt(i % questionId.length) + 256) & 0xff
		)
	).join('');
	return plain.split(' ').filter(Boolean);
}

/** What the reader last answered for each question. */
export interface QuizResult {
	right: boolean;
	/** When, as epoch milliseconds. */
	at: number;
}
export type QuizResults = Record<string, QuizResult>;

export const RESULTS_KEY = 'container-atlas:quiz:v1';

/**
 * The stored results, keeping only entries for known questions with the right shape: a hand-edited or
 * older entry is dropped, never thrown on.
 */
export function loadResults(
	storage: Pick<Storage, 'getItem'>,
	known: ReadonlySet<string>
): QuizResults {
	let raw: unknown;
	try {
		raw = JSON.parse(storage.getItem(RESULTS_KEY) ?? '{}');
	} catch {
		return {};
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
	const out: QuizResults = {};
	for (const [id, r] of Object.entries(raw as Record<string, unknown>)) {
		if (!known.has(id) || !r || typeof r !== 'object') continue;
		const { right, at } = r as Record<string, unknown>;
		if (typeof right === 'boolean' && typeof at === 'number' && Number.isFinite(at))
			out[id] = { right, at };
	}
	return out;
}

export function saveResult(
	storage: Pick<Storage, 'getItem' | 'setItem'>,
	known: ReadonlySet<string>,
	id: string,
	right: boolean,
	at: number
): QuizResults {
	const results = { ...loadResults(storage, known), [id]: { right, at } };
	try {
		storage.setItem(RESULTS_KEY, JSON.stringify(results));
	} catch {
		// Storage full or blocked (private mode): the result still shows for this visit.
	}
	return results;
}

/** "checked 9/12 · to revisit: …": how many were answered right, of how many answered, and which not. */
export function summarize(results: QuizResults, order: readonly string[]) {
	const answered = order.filter((id) => results[id]);
	return {
		answered: answered.length,
		right: answered.filter((id) => results[id].right).length,
		revisit: answered.filter((id) => !results[id].right),
		unanswered: order.filter((id) => !results[id])
	};
}
