import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import {
	processTerm,
	stripParticle,
	tokenize,
	searchOptions,
	unpackDocs,
	type SearchDoc
} from '../../src/lib/search/terms';
import { runSearch, snippet } from '../../src/lib/search/engine';
import { searchDocs, searchDocsJson } from '../../src/lib/server/searchIndex';

describe('Korean terms', () => {
	it.each([
		['컨테이너가', '컨테이너'],
		['컨테이너를', '컨테이너'],
		['컨테이너의', '컨테이너'],
		['컨테이너에서', '컨테이너'],
		['네임스페이스는', '네임스페이스'],
		['커널이', '커널'],
		['프로세스로', '프로세스'],
		['호스트에서는', '호스트']
	])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

	it('keeps words that only end like a particle when too short, and non-Korean words', () => {
		expect(stripParticle('사이')).toBe('사이');
		expect(stripParticle('runc')).toBe('runc');
		expect(stripParticle('도커')).toBe('도커');
	});

	it('indexes a word as written and as its stem; joins split compounds', () => {
		expect(processTerm('컨테이너를')).toEqual(['컨테이너를', '컨테이너']);
		expect(processTerm('RUNC')).toEqual(['runc']);
		expect(tokenize('네임 스페이스 : 프로세스를')).toContain('네임스페이스');
		expect(tokenize('containerd-shim (io.containerd.runc.v2)')).toEqual([
			'containerd-shim',
			'io.containerd.runc.v2'
		]);
	});
});

function index(docs: SearchDoc[]) {
	const ms = new MiniSearch<SearchDoc>(searchOptions);
	ms.addAll(docs);
	return ms;
}
const doc = (id: string, title: string, text: string, alt = ''): SearchDoc => ({
	id,
	kind: 'node',
	title,
	text,
	alt,
	where: 'w',
	href: `/x/${id}`
});

describe('search', () => {
	const ms = index([
		doc('a', '컨테이너', '컨테이너가 호스트의 커널을 공유합니다.'),
		doc('b', '네임 스페이스', '프로세스를 실행할 때 리소스를 분리합니다.'),
		doc('c', 'runc', 'low-level runtime', '저수준 컨테이너 런타임')
	]);

	it('finds a word through its particles, both ways', () => {
		expect(runSearch(ms, '컨테이너를').map((h) => h.id)).toContain('a');
		expect(runSearch(ms, '커널이').map((h) => h.id)).toEqual(['a']);
	});
	it('finds a compound written with or without its space', () => {
		expect(runSearch(ms, '네임스페이스').map((h) => h.id)).toEqual(['b']);
		expect(runSearch(ms, '네임 스페이스').map((h) => h.id)).toEqual(['b']);
	});
	it('finds English text from the Korean alt field, and nothing for nonsense', () => {
		expect(runSearch(ms, '저수준').map((h) => h.id)).toEqual(['c']);
		expect(runSearch(ms, 'qqqzzz')).toEqual([]);
	});
	it('marks the match in the snippet', () => {
		expect(snippet('The runc binary creates the container', ['runc'])).toEqual([
			'The ',
			'runc',
			' binary creates the container'
		]);
	});
});

describe('the served documents', () => {
	it('round-trip exactly and reject a file of another shape', () => {
		for (const lang of ['ko', 'en'] as const)
			expect(unpackDocs(searchDocsJson(lang))).toEqual(searchDocs(lang));
		expect(() => unpackDocs('{"documentCount":3}')).toThrow(/unexpected format/);
	});
});

describe('the built index', () => {
	for (const lang of ['ko', 'en'] as const) {
		// As the browser does (search/engine.ts): the served documents, indexed with the same options.
		const ms = new MiniSearch<SearchDoc>(searchOptions);
		ms.addAll(unpackDocs(searchDocsJson(lang)));
		it(`${lang}: runc opens the runtime diagram's runc node first`, () => {
			const [first] = runSearch(ms, 'runc');
			expect(first.href).toMatch(new RegExp(`^/${lang}/runtime/.*[?&]node=runc$`));
		});
		it(`${lang}: 컨테이너를 finds container nodes`, () => {
			const hits = runSearch(ms, '컨테이너를', 20);
			if (lang === 'ko') expect(hits[0].href).toBe('/ko/virtualization/?node=ctr-container');
			expect(hits.some((h) => h.kind === 'node' && /[?&]node=[^&]*container/.test(h.href))).toBe(
				true
			);
		});
		it(`${lang}: 네임스페이스 finds the namespaces diagram`, () => {
			const hits = runSearch(ms, '네임스페이스', 20);
			expect(hits.map((h) => h.href)).toContain(`/${lang}/namespaces/`);
		});
		it(`${lang}: every document links inside the site, in its language`, () => {
			for (const d of searchDocs(lang)) expect(d.href).toMatch(new RegExp(`^/${lang}/`));
		});
	}
});
