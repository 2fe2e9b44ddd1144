/**
 * Predict, then reveal (issue 25): whether a move of the step asks the prediction of the step it
 * leads to before that step plays. Pure: unit-tested (tests/unit/predict.test.ts).
 *
 * Only a step forward by one asks (Next, →, PageDown, play, an embed host's `next`): a jump, a
 * step back, a deep link (`?step=N`) and a host's `goto` restore directly. Never from the
 * overview (step 0 shows every mark: nothing is left to predict), never beyond `last` (an
 * embed's range), and each step at most once per visit of the page (`asked`, which this adds it
 * to): stepping back and forward again does not ask again.
 */
export function asksFirst(
	from: number,
	to: number,
	last: number,
	predict: readonly number[] | undefined,
	asked: Set<string>,
	key: string
): boolean {
	if (!from || to !== from + 1 || to > last || !predict?.includes(to) || asked.has(key))
		return false;
	asked.add(key);
	return true;
}
