/**
 * The diagram page's note panel and print handout with what they show, loaded together on first
 * use (lazy.svelte.ts): the components, and the loader of their content, which a diagram page's
 * data leaves out (content/panel.ts).
 */
import { base } from '$app/paths';
import { panelPath } from '$lib/content/panel';
import { loadContent } from './panelContent.svelte';
import PanelSlot from './PanelSlot.svelte';
import PageHandout from './PageHandout.svelte';

export default {
	Panel: PanelSlot,
	Handout: PageHandout,
	/** Fetches one view's content (cached); resolves once it has arrived or failed. */
	load: (lang: string, diagram: string, view: string) =>
		loadContent(panelPath(base, lang, diagram, view))
};
