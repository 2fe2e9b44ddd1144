/**
 * Phones scroll the page under the sticky step controls and, with a note open, under its bottom
 * sheet: a step about the bridge at the foot of a tall diagram, or a note about a node the sheet
 * covers, would show neither the subject nor the buttons together. These bring the subject into
 * the band of the screen left above the controls (or the sheet), scrolling as little as needed.
 */

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Scrolls the window so that the union of `targets` lies between the top of the screen and
 * `bottom` (a viewport y), with a small margin; its top wins when it is taller than the band.
 */
export function scrollIntoBand(targets: Element[], bottom: number, smooth: boolean): void {
	const rects = targets.map((t) => t.getBoundingClientRect()).filter((r) => r.width || r.height);
	if (!rects.length) return;
	const top = Math.min(...rects.map((r) => r.top));
	const end = Math.max(...rects.map((r) => r.bottom));
	const margin = 8;
	let dy = 0;
	if (end > bottom - margin) dy = end - (bottom - margin);
	if (top - dy < margin) dy = top - margin;
	if (Math.abs(dy) < 2) return;
	window.scrollBy({ top: dy, behavior: smooth ? 'smooth' : 'instant' });
}

/** After a step change: the step's highlighted nodes and active edges, above the controls. */
export async function showStepSubject(svg: Element, controls: Element, smooth: boolean) {
	await frame();
	const subject = [...svg.querySelectorAll('.node.emph-active, .edge.emph-active')];
	scrollIntoBand(subject, controls.getBoundingClientRect().top, smooth);
}

/**
 * After opening a note: its node, above the sheet (which loads on first use: wait for it). A
 * sheet that is still loading its text grows when the text comes: the node is brought above it
 * again then (a deep link shows its picture without waiting for the text).
 */
export async function showNoteNode(svg: Element, id: string, smooth: boolean) {
	let placed = false;
	for (let i = 0; i < 600; i++) {
		await frame();
		const sheet = document.querySelector(`[data-note-panel][data-node="${CSS.escape(id)}"]`);
		if (!sheet) {
			if (placed || i >= 60) return;
			continue;
		}
		const loading = sheet.querySelector('[data-panel-status="loading"]');
		if (placed && loading) continue;
		const node = svg.querySelector(`[data-node="${CSS.escape(id)}"]`);
		if (node) scrollIntoBand([node], sheet.getBoundingClientRect().top, smooth);
		if (!loading) return;
		placed = true;
	}
}

/** What was last followed in each diagram slot: nothing scrolls on the first call but a link to a step. */
const followed = new WeakMap<Element, { step: number; node: string | null }>();

/**
 * Called on every step or note change of a phone's diagram page (DiagramPage): brings the step's
 * subject, or the opened note's node, into view; a page opened on a step opens on its subject,
 * one opened on a note on its node above the sheet (at once).
 */
export function follow(slot: Element, step: number, node: string | null, smooth: boolean) {
	const was = followed.get(slot);
	followed.set(slot, { step, node });
	const svg = slot.querySelector('svg[data-diagram]');
	const controls = slot.parentElement?.querySelector('figcaption');
	if (!svg || !controls) return;
	if (!was) {
		// A link to a note opens on its node, above the sheet; a link to a step on its subject.
		if (node) void showNoteNode(svg, node, false);
		else if (step > 0) void showStepSubject(svg, controls, false);
	} else if (node && node !== was.node) void showNoteNode(svg, node, smooth);
	else if (!node && step !== was.step) void showStepSubject(svg, controls, smooth);
}
