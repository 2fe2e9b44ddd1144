/** Nodes that play the same role in other stacks (same bottom row): highlighted together in compare. */
import type { DiagramDef } from '../content/types';
import { viewNodeIds } from '../content/validate';

export function counterparts(def: DiagramDef, viewId: string, id: string): string[] {
	const node = def.nodes.find((n) => n.id === id);
	const row = node?.place?.rows[0];
	if (!row) return [];
	const inView = new Set(viewNodeIds(def, viewId));
	return def.nodes
		.filter(
			(n) =>
				n.id !== id &&
				inView.has(n.id) &&
				n.place?.rows[0] === row &&
				n.place.stack !== node.place!.stack
		)
		.map((n) => n.id);
}
