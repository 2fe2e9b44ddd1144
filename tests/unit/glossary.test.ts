import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { corrections } from '../../src/lib/content/corrections';
import { ui } from '../../src/lib/content/ui';
import { noteUi } from '../../src/lib/content/ui-note';
import { navUi } from '../../src/lib/content/ui-nav';
import { panelUi } from '../../src/lib/content/ui-panel';
import { pagesUi } from '../../src/lib/content/ui-pages';
import { checkUi } from '../../src/lib/content/ui-check';
import { glossary } from '../../src/lib/content/glossary';
import { predictions, questions } from '../../src/lib/content/quiz';

/**
 * Every Korean string the app writes, with where it lives. L10n objects ({ ko, en }) anywhere in a
 * definition count, so a new diagram is scanned without being named here. UI formatters are called
 * with a marker so their fixed text is scanned too. The note is the author's text and is not here.
 */
function koStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (Array.isArray(value)) value.forEach((v, i) => koStrings(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.ko === 'string' && typeof o.en === 'string') out.push([path, o.ko]);
		else for (const [k, v] of Object.entries(o)) koStrings(v, `${path}.${k}`, out);
	}
	return out;
}

/** The Korean UI strings: plain values, lists, and formatters called with a marker argument. */
function uiStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (typeof value === 'function')
		out.push([path, String(value(...Array.from({ length: value.length }, () => MARK)))]);
	else if (Array.isArray(value)) value.forEach((v, i) => uiStrings(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) uiStrings(v, `${path}.${k}`, out);
	return out;
}
const MARK = 'XQX';

const korean: [string, string][] = [
	...diagrams.flatMap((d) => koStrings(d, `diagram ${d.id}`)),
	...koStrings(corrections, 'corrections'),
	...koStrings(questions, 'quiz questions'),
	...koStrings(predictions, 'quiz predictions'),
	...uiStrings(ui.ko, 'ui.ko'),
	...uiStrings(panelUi.ko, 'ui.ko (panel)'),
	...uiStrings(pagesUi.ko, 'ui.ko (pages)'),
	...uiStrings(checkUi.ko, 'ui.ko (check)'),
	...uiStrings(noteUi.ko, 'noteUi.ko'),
	...uiStrings(navUi.ko, 'navUi.ko')
];

describe('the Korean glossary', () => {
	it('scans something in every part of the app', () => {
		for (const d of diagrams)
			expect(korean.some(([p]) => p.startsWith(`diagram ${d.id}`))).toBe(true);
		expect(korean.some(([p]) => p.startsWith('corrections'))).toBe(true);
		expect(korean.some(([p]) => p.startsWith('quiz questions'))).toBe(true);
		expect(korean.some(([p]) => p.startsWith('quiz predictions'))).toBe(true);
		expect(korean.filter(([p]) => p.startsWith('ui.ko')).length).toBeGreaterThan(40);
	});

	it('has one term per concept', () => {
		const terms = glossary.map((g) => g.ko);
		expect(new Set(terms).size).toBe(terms.length);
		for (const g of glossary)
			for (const r of g.rejected)
				expect(r.test(g.example ?? g.ko), `${g.ko} rejects itself`).toBe(false);
	});

	it('no Korean string uses a rejected variant', () => {
		const found = korean.flatMap(([path, text]) =>
			glossary.flatMap((g) =>
				g.rejected
					.filter((r) => r.test(text))
					.map((r) => `${path}: ${r} (use “${g.ko}”): ${text.slice(0, 60)}…`)
			)
		);
		expect(found).toEqual([]);
	});

	it('catches a rejected variant when one appears', () => {
		const bad = koStrings({ label: { ko: '호스티드 하이퍼바이저', en: 'x' } }, 'probe');
		expect(glossary.some((g) => g.rejected.some((r) => r.test(bad[0][1])))).toBe(true);
	});

	it('puts no particle straight after an interpolated value', () => {
		// An id may end in a consonant or a vowel, so 이/가, 을/를, 은/는 cannot be chosen for it.
		const particle = new RegExp(`${MARK}[”"’']?(이|가|을|를|은|는|와|과|으로|로)(?![가-힣])`);
		const bad = [
			...uiStrings(ui.ko, 'ui.ko'),
			...uiStrings(panelUi.ko, 'ui.ko (panel)'),
			...uiStrings(pagesUi.ko, 'ui.ko (pages)'),
			...uiStrings(checkUi.ko, 'ui.ko (check)'),
			...uiStrings(noteUi.ko, 'noteUi.ko')
		].filter(([, text]) => particle.test(text));
		expect(bad).toEqual([]);
	});
});
