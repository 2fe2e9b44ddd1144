// robots.txt pointing crawlers at the sitemap (absolute when the build knows SITE_URL).
import { base } from '$app/paths';
import { robotsTxt } from '$lib/server/sitemap';
import { siteOrigin } from '$lib/server/origin';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ url }) => {
	const origin = siteOrigin(url);
	return new Response(robotsTxt(origin + base, origin !== ''), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
