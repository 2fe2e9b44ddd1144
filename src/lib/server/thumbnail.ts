/**
 * A diagram's overview (step 0 of its default view) as a standalone SVG file for the galleries:
 * the same server rendering prerendering does, with the app's diagram styles (tokens and node
 * rules, in light and dark) carried inside, so an <img> draws it as the page would.
 */
import { render } from 'svelte/server';
import appCss from '../../app.css?raw';
import Diagram from '$lib/render/Diagram.svelte';
import { MotionSettings } from '$lib/motion.svelte';
import { LANGS, type DiagramDef, type Lang } from '$lib/content/types';
import { forView, localize } from '$lib/content/page';
import { placementsFor } from '$lib/layout/place';
import { buildScene } from '$lib/layout/scene';

// The diagram rules end where the note panel's begin; the rest of app.css is page chrome.
const cut = appCss.indexOf('/* Note panel */');
// The page's type (an <img> does not inherit it) and both themes.
const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', Arial, sans-serif`;
const DIAGRAM_CSS = `svg{color-scheme:light dark;font-family:${FONT}}\n${cut > 0 ? appCss.slice(0, cut) : appCss}`;

export function thumbnailSvg(def: DiagramDef, lang: Lang): string {
	// The default view's page data, as its page draws it; placed to fit either language's texts,
	// as the gallery's thumbnails always were.
	const view = def.defaultView;
	const page = forView(localize(def, lang, placementsFor(def, view, lang, LANGS)), view);
	const { body } = render(Diagram, {
		props: {
			def: page,
			view,
			step: 0,
			lang,
			scene: buildScene(page, view, 0, 'wide'),
			selected: null,
			settings: new MotionSettings(),
			title: page.title,
			onselect: () => {}
		}
	});
	const svg = body.replace(/<!--[^]*?-->/g, '');
	// CDATA: the stylesheet's comments hold `<tone>`, which XML would read as a tag.
	const style = `<style><![CDATA[${DIAGRAM_CSS.replace(/]]>/g, '')}]]></style>`;
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"').replace(/>/, `>${style}`)
	);
}
