/**
 * After a note closes, focus goes back to its node — or, when the current step hides that node,
 * to the diagram's tab stop, so keyboard users never land on <body>.
 */
export function refocusNode(id: string): void {
	const node = document.querySelector<SVGElement>(
		`svg [data-node="${CSS.escape(id)}"]:not([aria-hidden])`
	);
	(node ?? document.querySelector<SVGElement>('svg [data-node][tabindex="0"]'))?.focus();
}
