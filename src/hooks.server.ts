import type { Handle } from '@sveltejs/kit';

// Each page declares its language on <html>: the first path segment when it is one we serve.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'ko' ? 'ko' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
