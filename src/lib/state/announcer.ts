/**
 * SvelteKit's route announcer (#svelte-announcer, aria-live="assertive") speaks the page title
 * after the first client-side navigation — including the URL writes that only change `step` or
 * `node`, where it would talk over the polite narration. Those writes run inside `quietly`: the
 * announcer is switched off until the title it shows has settled, then back on, so real page
 * changes are still announced.
 */
import { tick } from 'svelte';

export async function quietly<T>(write: () => Promise<T>): Promise<T> {
	const el = typeof document === 'undefined' ? null : document.getElementById('svelte-announcer');
	const was = el?.getAttribute('aria-live');
	el?.setAttribute('aria-live', 'off');
	try {
		return await write();
	} finally {
		// The announcer fills in its text a tick after the navigation settles.
		await tick();
		await new Promise((r) => setTimeout(r, 0));
		if (el && was) el.setAttribute('aria-live', was);
	}
}
