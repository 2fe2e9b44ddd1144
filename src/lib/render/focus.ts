/**
 * After a note closes, focus goes back to its node — or, when the current step hides that node,
 * to the diagram's tab stop, so keyboard users never land on <body>.
 */
import { tick } from 'svelte';

export function refocusNode(id: string): void {
	const node = document.querySelector<SVGElement>(
		`svg [data-node="${CSS.escape(id)}"]:not([aria-hidden])`
	);
	(node ?? document.querySelector<SVGElement>('svg [data-node][tabindex="0"]'))?.focus();
}

/** Closes the open note and puts focus back (see refocusNode). */
export async function closeNote(vs: {
	node: string | null;
	select: (id: string | null) => void;
}): Promise<void> {
	const last = vs.node;
	vs.select(null);
	await tick();
	if (last) refocusNode(last);
}

/** Focuses the diagram's tab stop (its first or selected node). False when there is none. */
export function focusDiagram(): boolean {
	const node = document.querySelector<SVGElement>(
		'#diagram svg[data-diagram] [data-node][tabindex="0"]'
	);
	node?.focus();
	return !!node;
}
