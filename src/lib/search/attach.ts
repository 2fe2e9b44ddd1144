/**
 * Loaded on first use of the search box: mounts the results popup beside the input and hands it
 * the input to drive. Returns the function that removes it again.
 */
import { mount, unmount } from 'svelte';
import SearchPopup from '$lib/render/SearchPopup.svelte';
import type { Lang } from '$lib/content/types';

export function attach(
	input: HTMLInputElement,
	lang: Lang,
	takeReturn: () => HTMLElement | SVGElement | null
): () => void {
	const app = mount(SearchPopup, {
		target: input.parentElement!,
		props: { input, lang, takeReturn }
	});
	return () => void unmount(app);
}
