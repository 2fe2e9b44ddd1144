import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectWhatIsThere } from '../../src/lib/server/expect';

// The page template as SvelteKit fills it: the head's rel=expect, then the body.
const template = readFileSync('src/app.html', 'utf8');
const page = (body: string) => template.replace('%sveltekit.body%', body);
const target = (html: string) => /<link rel="expect" href="#([^"]+)"/.exec(html)?.[1];
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('rel=expect names an element the page has', () => {
	it('a diagram page waits for its fit script', () => {
		const html = expectWhatIsThere(page('<figure></figure><script id="fit-figure">fit()</script>'));
		expect(target(html)).toBe('fit-figure');
		expect(ids(html)).toContain('fit-figure');
	});
	it('a page without a diagram waits for the end of the page, which it has', () => {
		const html = expectWhatIsThere(page('<section><h1>Gallery</h1></section>'));
		expect(target(html)).toBe('parsed');
		expect(ids(html)).toContain('parsed');
		// …after the app's root, so that hydration never meets it.
		expect(html.indexOf('id="parsed"')).toBeGreaterThan(html.indexOf('<section>'));
	});
	it('a response without the link is left as it is', () => {
		expect(expectWhatIsThere('<p>plain</p>')).toBe('<p>plain</p>');
	});
});
