// sitemap.xml, written at build time from the diagram index (see $lib/server/sitemap).
import { base } from '$app/paths';
import { sitemapXml } from '$lib/server/sitemap';
import { siteOrigin } from '$lib/server/origin';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ url }) => {
	const origin = siteOrigin(url);
	return new Response(sitemapXml(origin + base, origin !== ''), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
