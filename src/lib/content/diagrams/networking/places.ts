/**
 * Box places shared by the bridge views. Wide: the packet's path reads left to right in one row of
 * the host, web-ns | veth | bridge | veth | db-ns, each container's eth0 docked on its namespace's
 * border (host ⊃ namespace ⊃ interface). Phones: two columns, one per container, its namespace
 * above (eth0 docked on its bottom border) or below its veth (eth0 on its top border, off-centre so
 * it leaves the frame's label readable); the bridge takes a row of its own across both columns.
 * (Three columns, namespace | bridge | namespace, left each namespace 100 units: its label ran
 * out of the box and its interfaces' addresses were cut.)
 */
import type { BoxPlace } from '../../types';

type Places = Record<string, BoxPlace>;
type Narrow = Record<string, Partial<BoxPlace>>;

/** Five columns of the host, wide: namespace, veth, bridge, veth, namespace. */
export const HOST_GRID = { cols: 5, widths: [3, 1.3, 2, 1.3, 3] };
/** Two equal columns of the host on phones: one per container, the bridge across both. */
export const HOST_GRID_NARROW = { cols: 2, widths: [1, 1] };

/**
 * One container `name` in `row` of the host, on the `left` (col 0) or right (col 4) of its
 * bridge; on phones its namespace is in row `narrow.row` of the left (col 0) or right column
 * (col 1), with its veth in the row `above` or `below` it.
 */
export function containerPlaces(
	name: string,
	side: 'left' | 'right',
	row: number,
	narrow: { row: number; veth: 'above' | 'below' },
	inner: Places = {}
): { place: Places; narrow: Narrow } {
	const above = narrow.veth === 'above';
	const left = side === 'left';
	return {
		place: {
			[`${name}-ns`]: { in: 'host', col: left ? 0 : 4, row },
			[`${name}-app`]: { in: `${name}-ns`, col: 0, row: 0 },
			[`${name}-eth0`]: { in: `${name}-ns`, dock: left ? 'right' : 'left', at: 0.5 },
			[`veth-${name}`]: { in: 'host', col: left ? 1 : 3, row },
			...inner
		},
		narrow: {
			[`${name}-ns`]: { col: left ? 0 : 1, row: narrow.row },
			[`${name}-eth0`]: above ? { dock: 'top', at: 0.78 } : { dock: 'bottom', at: 0.5 },
			[`veth-${name}`]: { col: left ? 0 : 1, row: narrow.row + (above ? -1 : 1) }
		}
	};
}

/** Merge several place sets into one boxes spec. */
export function merge(...parts: { place: Places; narrow?: Narrow }[]) {
	return {
		place: Object.assign({}, ...parts.map((p) => p.place)) as Places,
		narrow: Object.assign({}, ...parts.map((p) => p.narrow ?? {})) as Narrow
	};
}
