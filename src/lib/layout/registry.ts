/**
 * The layout kinds. A new kind is its spec type in content/types.ts (plus its node-id rule in
 * content/query.ts), one module here in layout/, and one line below.
 */
import type { LayoutSpec } from '../content/types';
import type { LayoutKind } from './kind';
import { stacksKind } from './stacks';
import { gridKind } from './grid';
import { treeKind } from './tree';
import { boxesKind } from './boxes';

export const layoutKinds: {
	[K in LayoutSpec['kind']]: LayoutKind<Extract<LayoutSpec, { kind: K }>>;
} = {
	stacks: stacksKind,
	grid: gridKind,
	tree: treeKind,
	boxes: boxesKind
};

/** The kind module for a spec (typed loosely: the spec and module agree by construction). */
export function kindOf(spec: LayoutSpec): LayoutKind {
	return layoutKinds[spec.kind] as LayoutKind;
}
