/**
 * How search text becomes terms, shared by the build-time index and the browser (they must agree).
 * Korean attaches particles (조사) to the word — 컨테이너가, 컨테이너를, 컨테이너의 — and writes some
 * compounds with or without a space (네임 스페이스 / 네임스페이스). So a Hangul word is indexed and
 * searched both as written and without a trailing particle, and two adjacent Hangul words also as
 * one; English terms are lower-cased. No dictionary: small, predictable, and tested.
 */

/** Trailing particles, longest first so 에서 wins over 서 (there is no 서) and 으로 over 로. */
const PARTICLES = [
	'에서는',
	'에서도',
	'으로는',
	'으로도',
	'이라는',
	'이라고',
	'입니다',
	'에서',
	'에게',
	'한테',
	'으로',
	'로서',
	'로써',
	'부터',
	'까지',
	'마다',
	'처럼',
	'보다',
	'라는',
	'라고',
	'이나',
	'이며',
	'이고',
	'이다',
	'와',
	'과',
	'을',
	'를',
	'은',
	'는',
	'이',
	'가',
	'의',
	'에',
	'로',
	'도',
	'만'
];

const HANGUL = /[\uac00-\ud7a3]$/;
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;

/** The word without one trailing particle, keeping at least two syllables; the word itself if none. */
export function stripParticle(word: string): string {
	if (!HANGUL.test(word)) return word;
	for (const p of PARTICLES) {
		if (word.endsWith(p) && [...word].length - [...p].length >= 2) return word.slice(0, -p.length);
	}
	return word;
}

/** Splits on white space and punctuation, keeping `-`, `.` and `_` inside words (containerd-shim, io.containerd.runc.v2). */
const SPLIT = /[\s\p{Z}!"#$%&'()*+,/:;<=>?@[\\\]^`{|}~“”‘’«»…·→←↔⇄—–]+/u;

export function tokenize(text: string): string[] {
	const words = text
		.split(SPLIT)
		.map((w) => w.replace(/^[-._]+|[-._]+$/g, ''))
		.filter(Boolean);
	const out = [...words];
	// 네임 스페이스 → also 네임스페이스 (stems joined, so 네임 스페이스를 → 네임스페이스 too).
	for (let i = 0; i + 1 < words.length; i++)
		if (HANGUL_WORD.test(words[i]) && HANGUL_WORD.test(words[i + 1]))
			out.push(words[i] + stripParticle(words[i + 1]));
	return out;
}

/** A token → its terms: lower-cased, plus the particle-less stem for Korean. */
export function processTerm(token: string): string[] | null {
	const term = token.toLowerCase();
	if (!term) return null;
	const stem = stripParticle(term);
	return stem === term ? [term] : [term, stem];
}

/** What a search result needs (stored in the index beside the terms). */
export interface SearchDoc {
	id: string;
	kind: 'node' | 'passage' | 'correction' | 'step' | 'view' | 'diagram';
	/** Title line: a node's label, a view's title, "§ section"… */
	title: string;
	/** Text searched and shown as the snippet. */
	text: string;
	/** Korean title and text on the English index (people paste Korean terms), else empty. */
	alt: string;
	/** "runtime · docker-run" — where it is, in the index's language. */
	where: string;
	/** Path without the base: /en/runtime/?node=runc, /ko/note/#runc.low-level. */
	href: string;
}

export const SEARCH_FIELDS = ['title', 'text', 'alt'] as const;

/**
 * What /search/{lang}.json holds: the documents only, each as an array in this field order (no
 * repeated keys), from which the browser builds the index (`search/engine.ts`). A prebuilt
 * MiniSearch index was 3–4 times the size gzipped (its term tree and stored copies of the text).
 */
export const DOC_FIELDS = ['id', 'kind', 'title', 'text', 'alt', 'where', 'href'] as const;
export type PackedDoc = { [K in keyof typeof DOC_FIELDS]: string };

export function packDocs(docs: SearchDoc[]): string {
	return JSON.stringify({ fields: DOC_FIELDS, docs: docs.map((d) => DOC_FIELDS.map((f) => d[f])) });
}

/** The documents of a packed file; throws on a file of another shape (a stale cache, a wrong URL). */
export function unpackDocs(json: string): SearchDoc[] {
	const data = JSON.parse(json) as { fields?: unknown; docs?: unknown };
	if (JSON.stringify(data.fields) !== JSON.stringify(DOC_FIELDS) || !Array.isArray(data.docs))
		throw new Error('search documents: unexpected format');
	return data.docs.map(
		(row: string[]) =>
			Object.fromEntries(DOC_FIELDS.map((f, i) => [f, row[i] ?? ''])) as unknown as SearchDoc
	);
}
export const STORE_FIELDS = ['kind', 'title', 'text', 'where', 'href'] as const;

/** Query side: a query word → one term, its stem (prefix search then finds every form of it). */
export function processQueryTerm(token: string): string | null {
	const term = token.toLowerCase();
	return term ? stripParticle(term) : null;
}

/** Query side: plain words (the index already holds joined compounds). */
export function tokenizeQuery(text: string): string[] {
	return text
		.split(SPLIT)
		.map((w) => w.replace(/^[-._]+|[-._]+$/g, ''))
		.filter(Boolean);
}

/** MiniSearch options shared by the index builder and the browser. */
export const searchOptions = {
	fields: [...SEARCH_FIELDS],
	storeFields: [...STORE_FIELDS],
	tokenize,
	processTerm,
	searchOptions: {
		tokenize: tokenizeQuery,
		processTerm: processQueryTerm,
		boost: { title: 3, text: 1, alt: 0.6 },
		prefix: (term: string) => term.length >= 2,
		fuzzy: (term: string) => (term.length >= 5 && /^[a-z]/.test(term) ? 0.2 : false),
		combineWith: 'AND' as const,
		// A result named exactly what was typed comes first (컨테이너 → the node "컨테이너", not
		// "web 컨테이너"), then whole diagrams and views over a part of one.
		boostDocument: (id: unknown, term: string, stored?: Record<string, unknown>) => {
			const title = String(stored?.title ?? '').toLowerCase();
			const stem = stripParticle(term);
			const exact = title === term || title === stem ? 4 : title.startsWith(stem) ? 1.3 : 1;
			const kind = String(id).startsWith('diagram:')
				? 1.4
				: String(id).startsWith('view:')
					? 1.15
					: 1;
			return exact * kind;
		}
	}
};
