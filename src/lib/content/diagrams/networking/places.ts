/**
 * Box places shared by the bridge views. Wide: the packet's path reads left to right in one row of
 * the host, web-ns | veth | bridge | veth | db-ns, each container's eth0 docked on its namespace's
 * border (host ⊃ namespace ⊃ interface). Phones: the veths and the bridge form one row, the two
 * namespaces sit above (eth0 docked on their bottom border) or below it (eth0 on their top border,
 * off-centre so it leaves the frame's label readable).
 */
import type { BoxPlace } from '../../types';

type Places = Record<string, BoxPlace>;
type Narrow = Record<string, Partial<BoxPlace>>;

/** Five columns of the host, wide: namespace, veth, bridge, veth, namespace. */
export const HOST_GRID = { cols: 5, widths: [3, 1.3, 2, 1.3, 3] };
/** Three columns of the host on phones: veth | bridge | veth over namespace | · | namespace. */
export const HOST_GRID_NARROW = { cols: 3, widths: [1.1, 1.2, 1.1] };

/**
 * One container `name` in `row` of the host, on the `left` (col 0) or right (col 4) of its
 * bridge; on phones its namespace is in row `narrow.row` with its veth in the row `above` or
 * `below` it.
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
			[`${name}-ns`]: { col: left ? 0 : 2, row: narrow.row },
			[`${name}-eth0`]: above ? { dock: 'top', at: 0.72 } : { dock: 'bottom', at: 0.5 },
			[`veth-${name}`]: { col: left ? 0 : 2, row: narrow.row + (above ? -1 : 1) }
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
