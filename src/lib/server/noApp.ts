/**
 * What a page without the app (`csr = false`: the print handout, the 404 page) can leave out of
 * its HTML, since nothing will ever hydrate it or animate its diagrams. Such a page has no
 * `__sveltekit_` start script. (Page text cannot hold a comment or a tag: Svelte escapes it.)
 */

/** Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--]-->`, `<!---->`, `<!--$s3-->`. */
const MARKER = /<!--(?:\[!?-?\d*|\]|\$\w+)?-->/g;
/** A diagram's mark drawn hidden: a node or edge this step does not show, kept to animate in. */
const HIDDEN = /<g\b[^>]*\svisibility="hidden"[^>]*>/g;
const G = /<g[\s>]|<\/g>/g;

/** `html` without the `<g>` elements whose start tags `open` matches, each up to its matching `</g>`. */
function cutGroups(html: string, open: RegExp): string {
	let out = '';
	let from = 0;
	for (const m of html.matchAll(open)) {
		if (m.index < from) continue; // inside a group already cut
		G.lastIndex = m.index + m[0].length;
		let depth = 1;
		let end = -1;
		for (let t = G.exec(html); t; t = G.exec(html)) {
			depth += t[0] === '</g>' ? -1 : 1;
			if (depth === 0) {
				end = t.index + t[0].length;
				break;
			}
		}
		if (end < 0) break; // unbalanced: leave the rest as it is
		out += html.slice(from, m.index);
		from = end;
	}
	return out + html.slice(from);
}

/**
 * The HTML of a page without the app, without what only hydration and animation use: the
 * comments Svelte writes for hydration (an eighth of a print handout) and the diagrams' hidden
 * marks (every node and edge of the view is drawn at every step, the ones a step does not show
 * hidden, so that they can animate in: a fifth of the docker-run handout). Pages with the app
 * are returned as they are.
 */
export function withoutAppOnlyMarkup(html: string): string {
	if (html.includes('__sveltekit_')) return html;
	return cutGroups(html, HIDDEN).replace(MARKER, '');
}
