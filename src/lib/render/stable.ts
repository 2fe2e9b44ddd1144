/**
 * Keeps the marks of a step that did not change the very objects they were on the step before.
 * Every step builds a new scene, so every node and edge arrived as a new object: each of them
 * re-ran all its derived values and template updates (its label lines, name, classes, a tween
 * target) though most are the same from one step to the next. A mark equal in value to the one
 * of the same id it replaces is passed on as that one, and Svelte has nothing to update for it.
 */

/** Deep equality of plain data (objects, arrays, primitives; NaN equals NaN). */
export function same(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	return ka.every(
		(k) =>
			Object.prototype.hasOwnProperty.call(b, k) &&
			same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/**
 * `next`, with every item that equals (in value) the item of the same id in `prev` replaced by
 * that earlier object. `prev` is what this returned last time, so it holds one step's marks only.
 */
export function reuse<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
	const byId = new Map(prev.map((m) => [m.id, m]));
	return next.map((m) => {
		const old = byId.get(m.id);
		return old && same(old, m) ? old : m;
	});
}
