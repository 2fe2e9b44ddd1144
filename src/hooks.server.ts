import type { Handle } from '@sveltejs/kit';
import { travelling } from '$lib/render/lazy.svelte';
import marks from '$lib/render/travelling';
import { stylesheetsFirst } from '$lib/server/headOrder';
import { withoutAppOnlyMarkup } from '$lib/server/noApp';
import { expectWhatIsThere } from '$lib/server/expect';
import { metricsStyle } from '$lib/render/pageFit.svelte';

// The browser loads tokens and packets when a step first sends one; prerendering (the print
// handout draws every step) has them from the start.
travelling.provide(marks);

// Each page declares its language on <html>: the first path segment when it is one we serve; and
// the page's metrics (PAGE_METRICS) as the custom properties its stylesheets read.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'ko' ? 'ko' : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			expectWhatIsThere(
				withoutAppOnlyMarkup(
					stylesheetsFirst(html.replace('%lang%', lang).replace('%metrics%', metricsStyle()))
				)
			)
	});
};
