/**
 * How a diagram page fits its DiagramSession to the screen (DiagramPage.svelte): which drawing it
 * asks for, the measured fit, the side the note opens on, and the inline script that fits the
 * prerendered figure before the first paint.
 */
import type { Format } from '$lib/layout/geometry';
import { floorWidth } from '$lib/layout/scene/floor';
import type { DiagramSession } from '$lib/state/diagramSession.svelte';
import { PageFit, fitAttributes } from './pageFit.svelte';
import type { Presenter } from './presenter.svelte';

/**
 * Phones draw the narrow format; presenting the compact one, and so does a page where the wide one
 * would fall under the type floor: fewer, larger words.
 */
export const fitFormat = (fit: PageFit, show: Presenter): Format =>
	fit.narrow ? 'narrow' : show.on || fit.compact ? 'compact' : 'wide';

const drawing = (s: DiagramSession, f: 'wide' | 'compact') => {
	const scene = s.sceneIn(f);
	return { aspect: scene.frame.w / scene.frame.h, floor: floorWidth(scene) };
};

export const sessionFit = (s: DiagramSession, show: Presenter): PageFit =>
	new PageFit({
		ready: () => s.ready,
		presenting: () => show.on,
		panel: () => !!(s.node || s.answer),
		answering: () => !!s.answer,
		aspect: () => s.aspect,
		drawing: (f) => drawing(s, f),
		changes: () => [s.vs.notices.length, s.view]
	});

/** The note opens over the picture on the side away from its node, so the node stays in sight. */
export function panelOnLeft(s: DiagramSession): boolean {
	const node = s.node && s.scene.nodes.find((n) => n.id === s.node!.id);
	const vb = s.scene.viewBox;
	return !!node && node.rects[0].x + node.rects[0].w / 2 > vb.x + vb.w / 2;
}

/** The prerendered figure's fit script (pageFit.svelte.ts `fitAttributes`), `text` its body. */
export function fitScript(s: DiagramSession, text: string): string {
	const attributes = fitAttributes(
		s.sceneIn('narrow').frame,
		s.sceneIn('compact').frame,
		drawing(s, 'wide').floor
	);
	return `<script id="fit-figure" ${attributes}>${text}</${'script'}>`;
}
