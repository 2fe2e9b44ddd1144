/**
 * The search engine in the browser: loaded by a dynamic import when search is first opened, so
 * neither MiniSearch nor the documents weigh on a page until then. The documents are written at
 * build time (routes/search/[lang].json) and indexed here, under the options the build checks
 * them with (tests/unit/search.test.ts), in small chunks so typing never waits on a long task.
 */
import MiniSearch from 'minisearch';
import { searchOptions, stripParticle, unpackDocs, type SearchDoc } from './terms';

export type Hit = Pick<SearchDoc, 'kind' | 'title' | 'where' | 'href'> & {
	id: string;
	/** The text around the first match, split so the match can be marked: [before, match, after]. */
	snippet: [string, string, string];
};

const cache = new Map<string, Promise<MiniSearch<SearchDoc>>>();

/** The index of a language, fetched once. */
export function loadIndex(base: string, lang: string): Promise<MiniSearch<SearchDoc>> {
	let p = cache.get(lang);
	if (!p) {
		p = fetch(`${base}/search/${lang}.json`)
			.then((r) => {
				if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
				return r.text();
			})
			.then(async (json) => {
				const start = performance.now();
				const index = new MiniSearch<SearchDoc>(searchOptions);
				await index.addAllAsync(unpackDocs(json), { chunkSize: 40 });
				// How long indexing took, for anyone who looks (devtools, tests/e2e/note.spec.ts).
				performance.measure?.(`atlas:search-index:${lang}`, { start });
				return index;
			});
		// A failed load is retried on the next open.
		p.catch(() => cache.delete(lang));
		cache.set(lang, p);
	}
	return p;
}

const SNIPPET = 110;

/** The text around the first place a matched term (or its stem) occurs. */
export function snippet(text: string, terms: string[]): [string, string, string] {
	const lower = text.toLowerCase();
	let at = -1;
	let len = 0;
	for (const term of terms) {
		for (const t of [term, stripParticle(term)]) {
			const i = lower.indexOf(t);
			if (i >= 0 && (at < 0 || i < at)) {
				at = i;
				len = t.length;
			}
		}
	}
	if (at < 0) {
		const head = text.length > SNIPPET ? text.slice(0, SNIPPET).trimEnd() + '…' : text;
		return [head, '', ''];
	}
	const start = Math.max(0, at - 40);
	const end = Math.min(text.length, at + len + SNIPPET - 40);
	return [
		(start > 0 ? '…' : '') + text.slice(start, at),
		text.slice(at, at + len),
		text.slice(at + len, end) + (end < text.length ? '…' : '')
	];
}

/** The best hits for a query: every word must match; if nothing does, any word may. */
export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 8): Hit[] {
	const q = query.trim();
	if (!q) return [];
	let results = index.search(q);
	if (!results.length) results = index.search(q, { combineWith: 'OR' });
	// A diagram and its default view open the same URL: one result per URL is enough.
	const seen = new Set<string>();
	results = results.filter((r) => !seen.has(r.href) && !!seen.add(r.href));
	return results.slice(0, limit).map((r) => ({
		id: String(r.id),
		kind: r.kind,
		title: r.title,
		where: r.where,
		href: r.href,
		snippet: snippet(r.text as string, r.terms)
	}));
}
