// Finds the diagram pages in the build, so every diagram (also ones added later) is measured:
// build/{lang}/{diagram}/index.html (a diagram's default view) and build/{lang}/{diagram}/{view}/.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dirs = (p) =>
	existsSync(p)
		? readdirSync(p, { withFileTypes: true })
				.filter((d) => d.isDirectory() && !d.name.startsWith('_'))
				.map((d) => d.name)
		: [];

/** A page is a diagram page when its HTML holds the diagram root (`svg[data-diagram]`): the
 * note page (`/{lang}/note/`) and the print handouts have folders of the same shape but no diagram,
 * and a load that waits for one would time out. */
const isDiagramPage = (file) =>
	existsSync(file) && /<svg\b[^>]*\bdata-diagram=/.test(readFileSync(file, 'utf8'));

/** Every diagram with its views (from the build's folders). */
export function findDiagrams(build, lang) {
	return dirs(join(build, lang))
		.filter((d) => isDiagramPage(join(build, lang, d, 'index.html')))
		.map((id) => ({
			id,
			views: dirs(join(build, lang, id)).filter((v) =>
				isDiagramPage(join(build, lang, id, v, 'index.html'))
			)
		}));
}

/** Bytes of the page's HTML and of its inline scripts (SvelteKit's hydration data and start-up). */
export function htmlParts(build, path) {
	const html = readFileSync(join(build, path, 'index.html'), 'utf8');
	const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].reduce(
		(n, m) => n + Buffer.byteLength(m[1]),
		0
	);
	return { raw: Buffer.byteLength(html), inline };
}

/** Which Mermaid page a diagram compares with: the stacks block diagram for the virtualization
 * stacks, the six-node pipeline flowchart for every other diagram (the app has no layout hook in
 * its HTML to tell them apart; add a diagram id here when a new one is drawn as stacks). */
const STACKS = new Set(['virtualization']);
export const mermaidFor = (diagram) => (STACKS.has(diagram) ? 'stacks' : 'pipeline');

/** The largest diagram page of a language in the build, by its HTML bytes (every view). */
export function largestPage(build, lang) {
	let best = null;
	for (const d of findDiagrams(build, lang))
		for (const v of ['', ...d.views]) {
			const path = `/${lang}/${d.id}/${v ? v + '/' : ''}`;
			const parts = htmlParts(build, path);
			if (!best || parts.raw > best.raw) best = { path, ...parts };
		}
	return best;
}
