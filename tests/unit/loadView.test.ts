import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { LANGS } from '../../src/lib/content/types';
import { inLang, loadView, pageDef } from '../../src/lib/server/loadView';

/** Every path in `v` to an object keyed by languages, with that object. */
function texts(v: unknown, path = '', out: [string, Record<string, unknown>][] = []) {
	if (v === null || typeof v !== 'object') return out;
	const keys = Object.keys(v);
	if (keys.length && keys.every((k) => (LANGS as readonly string[]).includes(k)))
		out.push([path, v as Record<string, unknown>]);
	else for (const [k, x] of Object.entries(v)) texts(x, `${path}.${k}`, out);
	return out;
}

describe('inLang: a page gets its own language only', () => {
	it('cuts text to one language and keeps what has no text as it was', () => {
		const shared = { label: 'NIST SP 800-125', url: 'https://doi.org/10.6028/NIST.SP.800-125' };
		const value = {
			title: { ko: '제목', en: 'Title' },
			nodes: [{ id: 'a', sources: [shared], about: { ko: '가', en: 'a' } }],
			more: [shared],
			plain: { x: 1 }
		};
		const en = inLang(value, 'en');
		expect(en.title).toEqual({ en: 'Title' });
		expect(en.nodes[0].about).toEqual({ en: 'a' });
		expect(en.nodes[0].sources[0]).toBe(shared);
		expect(en.more[0]).toBe(en.nodes[0].sources[0]);
		expect(en.plain).toBe(value.plain);
		expect(value.title).toEqual({ ko: '제목', en: 'Title' });
	});

	it.each(LANGS)(
		'every diagram page in %s carries each text in its language and no other',
		(lang) => {
			for (const d of diagrams) {
				const { def, corrections } = loadView({ lang, diagram: d.id });
				const before = new Map(texts(pageDef(d, d.defaultView)));
				const after = texts(def);
				expect(after.length).toBe(before.size);
				for (const [path, t] of after) {
					expect(Object.keys(t), `${d.id}${path}`).toEqual([lang]);
					expect(t[lang]).toBe(before.get(path)![lang]);
				}
				for (const [, t] of texts(corrections)) expect(Object.keys(t)).toEqual([lang]);
			}
		}
	);
});
