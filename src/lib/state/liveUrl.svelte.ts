/**
 * The address bar's query and hash as they are now. Step and node are written with SvelteKit's
 * shallow `replaceState` (no navigation: no router work, no forced layout from reading the scroll
 * position), which leaves `page.url` at the last navigation; readers of the current query use
 * this instead. It re-reads `location` after every navigation (`page.url` changes) and every
 * shallow write (`touch()`). On the server, and before mounting, it is `page.url`.
 */
import { page } from '$app/state';

let version = $state(0);

export const liveUrl = {
	get search(): string {
		void page.url;
		void version;
		return typeof location === 'undefined' ? page.url.search : location.search;
	},
	get hash(): string {
		void page.url;
		void version;
		return typeof location === 'undefined' ? page.url.hash : location.hash;
	},
	/** Call after writing the URL without navigating. */
	touch(): void {
		version++;
	}
};
