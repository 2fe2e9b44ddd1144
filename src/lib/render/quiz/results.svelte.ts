/**
 * The reader's results as reactive state for a page: read from localStorage after mount (a
 * prerendered page knows none), cleared on request. Storage that throws (blocked, private mode)
 * reads as no results.
 */
import { loadResults, RESULTS_KEY, type QuizResults } from '$lib/state/quiz';

export class ResultsStore {
	results = $state<QuizResults>({});
	/** False until the browser's storage was read: the page shows no score before. */
	loaded = $state(false);

	constructor(private readonly known: () => ReadonlySet<string>) {}

	load() {
		try {
			this.results = loadResults(localStorage, this.known());
		} catch {
			this.results = {};
		}
		this.loaded = true;
	}

	clear() {
		try {
			localStorage.removeItem(RESULTS_KEY);
		} catch {
			// Nothing stored, or storage blocked: nothing to clear.
		}
		this.results = {};
	}
}
