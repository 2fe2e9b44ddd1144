// Small statistics over lists of numbers (ms, bytes, ratios). Empty lists give null.
export function quantile(xs, q) {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return null;
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
export const median = (xs) => quantile(xs, 0.5);
export const min = (xs) => quantile(xs, 0);
export const max = (xs) => quantile(xs, 1);
export const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** "12.3 (10.1–15.0)": median with min–max; a single value alone. */
export function mmm(xs, digits = 0, unit = '') {
	const m = median(xs);
	if (m === null) return '–';
	const f = (x) => x.toFixed(digits) + unit;
	const lo = min(xs);
	const hi = max(xs);
	return lo === hi ? f(m) : `${f(m)} (${f(lo)}–${f(hi)})`;
}

/** Frame statistics of a list of frame intervals (ms). */
export function frameStats(deltas, budget = 1000 / 60) {
	return {
		frames: deltas.length,
		p50: quantile(deltas, 0.5),
		p95: quantile(deltas, 0.95),
		max: max(deltas),
		dropped: deltas.filter((d) => d > budget * 1.5).length
	};
}
