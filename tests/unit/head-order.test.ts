import { describe, expect, it } from 'vitest';
import { stylesheetsFirst } from '../../src/lib/server/headOrder';

// The head as SvelteKit writes it when prerendering: CSP meta, module preloads, svelte:head, then
// the stylesheets.
const head = (inner: string) =>
	`<!doctype html>\n<html lang="en">\n\t<head>\n\t\t<meta charset="utf-8" />\n\t\t${inner}\n\t</head>\n\t<body><link href="/x.css" rel="stylesheet"></body>\n</html>`;
const kit = [
	'<meta http-equiv="content-security-policy" content="default-src \'self\'">',
	'<link href="/_app/immutable/entry/start.js" rel="modulepreload">',
	'<link href="/_app/immutable/chunks/a.js" rel="modulepreload">',
	'<title>Page</title>',
	'<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
	'<link href="/_app/immutable/assets/2.css" rel="stylesheet">'
].join('\n\t\t');

describe('stylesheetsFirst', () => {
	const out = stylesheetsFirst(head(kit));
	const order = (html: string) =>
		[...html.matchAll(/(?:href|http-equiv)="([^"]+)"/g)].map((m) => m[1]);

	it('puts the stylesheets before the first module preload, keeping everything else in order', () => {
		expect(order(out)).toEqual([
			'content-security-policy',
			'/_app/immutable/assets/0.css',
			'/_app/immutable/assets/2.css',
			'/_app/immutable/entry/start.js',
			'/_app/immutable/chunks/a.js',
			'/x.css'
		]);
		expect(out).toContain('<title>Page</title>');
		expect(out.length).toBe(head(kit).length);
	});
	it('leaves the body alone, and a page without preloads or stylesheets as it is', () => {
		expect(out.slice(out.indexOf('</head>'))).toBe(head(kit).slice(head(kit).indexOf('</head>')));
		const plain = head('<link href="/a.css" rel="stylesheet">');
		expect(stylesheetsFirst(plain)).toBe(plain);
		const scripts = head('<link href="/a.js" rel="modulepreload">');
		expect(stylesheetsFirst(scripts)).toBe(scripts);
		expect(stylesheetsFirst('no head')).toBe('no head');
	});
	it('is idempotent', () => {
		expect(stylesheetsFirst(out)).toBe(out);
	});
});
