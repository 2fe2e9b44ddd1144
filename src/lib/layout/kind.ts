/**
 * What a layout kind provides. Each kind is one module (`layout/<kind>.ts`) exporting one of these;
 * `registry.ts` lists them. Scene and validator only ever go through the registry.
 */
import type { DiagramDef, Lang, LayoutSpec, ViewDef } from '../content/types';
import type { BaseLayout } from './base';
import type { Format } from './geometry';
import type { RouteStyle } from './edges';

export interface LayoutCheck {
	def: DiagramDef;
	view: ViewDef;
	/** Ids of the view's nodes (listed or placed). */
	inView: Set<string>;
	/** Ids of every node of the diagram. */
	nodes: Set<string>;
	/** Report a problem; prefix it with `where` (the view) and name the id at fault. */
	fail: (msg: string) => void;
	where: string;
}

export interface LayoutKind<S extends LayoutSpec = LayoutSpec> {
	/**
	 * Node rectangles (one per copy) and headers, in a frame `width` units wide, with room for
	 * its texts in each of `langs`. Pure.
	 */
	layout(
		def: DiagramDef,
		view: ViewDef,
		spec: S,
		format: Format,
		width: number,
		langs: readonly Lang[]
	): BaseLayout;
	/** Checks what this kind needs from the spec and the view; never throws. */
	validate(spec: S, check: LayoutCheck): void;
	/** How edges route when the view gives no hint. */
	route: RouteStyle;
}
