// The host headers a <meta> CSP cannot carry: static/_headers (Netlify, Cloudflare Pages, and
// `npm run serve`) and deploy/nginx.conf must say the same, for every page kind.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { LANGS } from '../../src/lib/content/types';

const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const get = (path: string) => {
	const pairs = headersFor(rules, path);
	return Object.fromEntries(pairs.map(([k, v]) => [k.toLowerCase(), v]));
};

const pages = [
	'/',
	'/index.html',
	'/404.html',
	...LANGS.flatMap((l) => [
		`/${l}/`,
		`/${l}/runtime/docker-run/`,
		`/${l}/runtime/docker-run/print/`
	])
];
const embeds = LANGS.map((l) => `/embed/${l}/runtime/docker-run/`);

describe('host headers', () => {
	it('deny framing on every site page, in every language', () => {
		for (const p of pages) {
			expect(get(p)['content-security-policy'], p).toBe("frame-ancestors 'none'");
			expect(get(p)['x-frame-options'], p).toBe('DENY');
		}
	});

	it('allow framing of embeds by any site', () => {
		for (const p of embeds) {
			expect(get(p)['content-security-policy'], p).toBe('frame-ancestors *');
			expect(get(p)['x-frame-options'], p).toBeUndefined();
		}
	});

	it('send nosniff and a referrer policy everywhere, and cache hashed assets for good', () => {
		for (const p of [...pages, ...embeds, '/_app/immutable/entry/start.js']) {
			expect(get(p)['x-content-type-options'], p).toBe('nosniff');
			expect(get(p)['referrer-policy'], p).toBe('strict-origin-when-cross-origin');
		}
		expect(get('/_app/immutable/entry/start.js')['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		expect(get('/en/')['cache-control']).toBeUndefined();
	});

	it('never set one header twice for a path (hosts merge overlapping rules differently)', () => {
		for (const p of [...pages, ...embeds, '/_app/immutable/x.js']) {
			const names = headersFor(rules, p).map(([k]) => k.toLowerCase());
			expect(new Set(names).size, p).toBe(names.length);
		}
	});

	it('nginx sends the same values', () => {
		for (const rule of rules)
			for (const [name, value] of rule.headers)
				expect(nginx, `${name}: ${value}`).toContain(`add_header ${name} "${value}" always;`);
	});
});
