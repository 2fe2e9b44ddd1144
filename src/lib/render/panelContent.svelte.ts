/**
 * The note panel's content per view (content/panel.ts), fetched once per view and kept: part of
 * the panel's lazily loaded code (panel.ts), so the page's own bundle carries none of it. A
 * failed fetch (offline, 404) is remembered as `false` until the next `load` tries again.
 */
import type { PanelContent } from '$lib/content/panel';

let loaded = $state.raw<Record<string, PanelContent | false>>({});
const pending = new Map<string, Promise<void>>();

/** The content at `path`: undefined while it has not arrived, false when the last fetch failed. */
export const contentAt = (path: string): PanelContent | false | undefined => loaded[path];

/** Fetches `path` unless it is here or on its way; resolves when it is settled (never rejects). */
export function loadContent(path: string): Promise<void> {
	if (loaded[path]) return Promise.resolve();
	let p = pending.get(path);
	if (!p) {
		p = fetch(path)
			.then((r) => {
				if (!r.ok) throw new Error(`${r.status}`);
				return r.json() as Promise<PanelContent>;
			})
			.then(
				(c) => void (loaded = { ...loaded, [path]: c }),
				() => void (loaded = { ...loaded, [path]: false })
			)
			.finally(() => pending.delete(path));
		pending.set(path, p);
	}
	return p;
}
