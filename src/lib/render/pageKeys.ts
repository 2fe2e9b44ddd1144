/**
 * A diagram page's keys (DiagramPage.svelte): the session's step keys, Escape (closes the note, then
 * answer mode, then present mode), f (present) and ? (the key help). Keys a text field, a modifier
 * or an open help dialog (which handles its own, Escape included) takes are left alone.
 */
import type { DiagramSession } from '$lib/state/diagramSession.svelte';
import type { Presenter } from './presenter.svelte';

export function pageKeys(
	s: DiagramSession,
	show: Presenter,
	help: { open: () => boolean; show: () => void }
): (e: KeyboardEvent) => void {
	return (e) => {
		if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || help.open()) return;
		if ((e.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]'))
			return;
		const action = {
			Escape: () =>
				s.vs.node ? s.close() : s.answer ? s.answer.end() : show.on && show.present(false),
			f: () => show.present(),
			'?': help.show
		}[e.key];
		if (s.stepKey(e.key) || action) e.preventDefault();
		action?.();
	};
}
