/**
 * One Tab stop for a row of controls, ← → inside it (the roving tabindex of the WAI-ARIA toolbar
 * pattern, https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/). The site header and the diagram
 * page's head are each one row, so the first node is 4 Tabs from load (skip link, header, view
 * tabs, node) while every control stays reachable and the visual order stays the DOM order.
 *
 * Without JavaScript every control is a Tab stop as usual: this only sets tabindex once mounted.
 * Controls that appear later (the search box, made anew when the language changes) join the row
 * by a MutationObserver. ← → are taken from the page's stepping keys only while focus is in the row
 * (preventDefault; DiagramPage ignores handled keys); in a text field they move the caret and
 * leave the field only from its first or last position.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * @param selector the row's controls, in order (matched inside the element)
 * @param initial  which of them is the Tab stop at first (default: the first)
 */
export function roving(selector: string, initial?: string): Attachment<HTMLElement> {
	return (row) => {
		let current: HTMLElement | null = null;
		// The item `initial` marks (the current view's tab): when another one becomes it (a view
		// change, back/forward), it is the Tab stop again, as in a tab list.
		let marked: HTMLElement | null = null;
		const items = () =>
			[...row.querySelectorAll<HTMLElement>(selector)].filter(
				(el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0
			);
		function sync() {
			const all = items();
			const mark = (initial && all.find((el) => el.matches(initial))) || null;
			if (mark !== marked && !row.contains(document.activeElement)) current = mark;
			marked = mark;
			if (!current || !all.includes(current)) current = mark || all[0] || null;
			for (const el of all) {
				if (el === current) el.removeAttribute('tabindex');
				else el.setAttribute('tabindex', '-1');
			}
		}
		function onfocusin(e: FocusEvent) {
			const el = (e.target as Element).closest?.(selector);
			if (el instanceof HTMLElement && row.contains(el) && el !== current) {
				current = el;
				sync();
			}
		}
		function onkeydown(e: KeyboardEvent) {
			if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
			if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
			const all = items();
			const at = all.indexOf(e.target as HTMLElement);
			if (at < 0) return; // e.g. an item of the open share menu: not part of the row
			const back = e.key === 'ArrowLeft';
			if (e.target instanceof HTMLInputElement && !atEdge(e.target, back)) return;
			e.preventDefault();
			all[(at + (back ? -1 : 1) + all.length) % all.length].focus();
		}
		// Synced in the next frame, whose layout is computed anyway: `items()` asks for client
		// rects, and run at once (while hydrating) or from the observer (inside a view change's
		// task), that forced a layout of the page there.
		let frame = 0;
		const later = () => {
			if (!frame) frame = requestAnimationFrame(() => ((frame = 0), sync()));
		};
		later();
		const observer = new MutationObserver(later);
		observer.observe(row, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-current']
		});
		row.addEventListener('focusin', onfocusin);
		row.addEventListener('keydown', onkeydown);
		return () => {
			observer.disconnect();
			cancelAnimationFrame(frame);
			row.removeEventListener('focusin', onfocusin);
			row.removeEventListener('keydown', onkeydown);
		};
	};
}

/** The caret is at the field's start (going back) or end, with nothing selected. */
function atEdge(input: HTMLInputElement, back: boolean): boolean {
	const { selectionStart: s, selectionEnd: e, value } = input;
	if (s === null || s !== e) return s === null;
	return back ? s === 0 : s === value.length;
}
