/** Nodes that play the same role in other stacks (same bottom row): highlighted together in compare. */
import { viewNodeIds } from '../content/query';

export function counterparts(
	def: Parameters<typeof viewNodeIds>[0],
	viewId: string,
	id: string
): string[] {
	const layout = def.views.find((v) => v.id === viewId)?.layout;
	if (layout?.kind !== 'stacks') return [];
	const place = layout.place[id];
	const row = place?.rows[0];
	if (!row) return [];
	const inView = new Set(viewNodeIds(def, viewId));
	return Object.entries(layout.place)
		.filter(([n, p]) => n !== id && inView.has(n) && p.rows[0] === row && p.stack !== place.stack)
		.map(([n]) => n);
}
