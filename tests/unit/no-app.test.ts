/**
 * A page without the app (the print handout) leaves out what only hydration and animation use:
 * Svelte's hydration comments and the diagrams' hidden marks (server/noApp.ts).
 */
import { describe, expect, it } from 'vitest';
import { withoutAppOnlyMarkup } from '../../src/lib/server/noApp';

const svg = [
	'<svg><g class="nodes"><!--[-->',
	'<g class="node" data-node="a" opacity="1"><rect></rect><text>a</text></g>',
	'<g class="node" data-node="b" aria-hidden="true" opacity="0" visibility="hidden" pointer-events="none"><rect></rect><g class="x"><text>b</text></g></g>',
	'<!--]--></g><g class="edges"><g class="edge" data-edge="e" opacity="0" visibility="hidden" aria-hidden="true"><path></path></g>',
	'<g class="edge" data-edge="f" opacity="1"><path></path></g><!----></g></svg><!--$s3--><p>a &lt;!--[--> b</p>'
].join('');

describe('withoutAppOnlyMarkup', () => {
	it('drops hidden marks whole (nested groups too) and hydration comments, keeps what shows', () => {
		const out = withoutAppOnlyMarkup(svg);
		expect(out).toBe(
			'<svg><g class="nodes"><g class="node" data-node="a" opacity="1"><rect></rect><text>a</text></g></g>' +
				'<g class="edges"><g class="edge" data-edge="f" opacity="1"><path></path></g></g></svg><p>a &lt;!--[--> b</p>'
		);
	});
	it('leaves a page with the app as it is: hydration needs every comment and mark', () => {
		const page = `${svg}<script>__sveltekit_abc = {}</script>`;
		expect(withoutAppOnlyMarkup(page)).toBe(page);
	});
	it('leaves an unbalanced rest alone rather than cut into it', () => {
		const broken = '<g visibility="hidden"><g></g>';
		expect(withoutAppOnlyMarkup(broken)).toBe(broken);
	});
});
