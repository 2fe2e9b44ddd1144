import adapter from '@sveltejs/adapter-static';

// BASE_PATH lets the same build be served from a sub-path (e.g. a GitHub project page:
// BASE_PATH=/container-atlas npm run build). It must start with "/" and not end with one.
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		prerender: {
			// SITE_URL (e.g. https://atlas.example.org) makes Open Graph image URLs absolute, as
			// link unfurlers need; without it they are root-relative.
			origin: process.env.SITE_URL ?? 'http://sveltekit-prerender',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
