import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { noteMarkdown } from '../../src/lib/server/noteMarkdown';
import { fillNote, RESULTS_MARKER, resultsMarkdown } from '../../src/lib/state/myNote';
import { passageHomes } from '../../src/lib/server/noteMap';
import { corrections } from '../../src/lib/content/corrections';
import { LANGS } from '../../src/lib/content/types';

// The oracle is the note's own file, read from disk, not what the app parsed of it.
const source = (lang: string) =>
	readFileSync(
		new URL(`../../src/lib/content/notes/docker-ch2.${lang}.md`, import.meta.url),
		'utf8'
	)
		.replace(/\r\n?/g, '\n')
		.split('\n');

describe.each(LANGS)('the note handed back (%s)', (lang) => {
	const md = noteMarkdown(lang, '/atlas');
	const out = md.split('\n');

	it('keeps every line of the note verbatim, in order', () => {
		let at = 0;
		for (const line of source(lang)) {
			if (!line.trim()) continue;
			while (at < out.length && !out[at].startsWith(line)) at++;
			expect(at, `line not found in order: ${line}`).toBeLessThan(out.length);
			at++;
		}
	});

	it('links every drawn bullet to its drawing, under the base path', () => {
		const links = [...md.matchAll(/\]\((\/atlas\/(?:ko|en)\/[^)]+)\)/g)].map((m) => m[1]);
		const drawnKeys = [...passageHomes().keys()];
		// One link per (bullet, drawing) at least: each drawn passage's first home appears.
		for (const key of drawnKeys) {
			const home = passageHomes().get(key)![0];
			expect(
				links.some((l) => l.includes(`/${home.diagram}/`) && l.includes(`node=${home.node}`)),
				key
			).toBe(true);
		}
	});

	it('gives every corrected bullet a footnote with its sources', () => {
		const defs = out.filter((l) => /^\[\^\d+\]: /.test(l));
		// Each correction belongs to one bullet of the note.
		expect(defs.length).toBe(Object.keys(corrections).length);
		for (const d of defs) expect(d).toMatch(/\]\(https?:\/\//);
		// Every reference has its definition.
		for (const [, n] of md.matchAll(/\[\^(\d+)\](?!:)/g)) expect(md).toContain(`[^${n}]: `);
	});

	it('answers the ❓ question with a link to the networking answer view', () => {
		const q = out.findIndex((l) => l.includes('❓'));
		const next = out.findIndex((l, i) => i > q && l.startsWith('## '));
		const section = out.slice(q, next).join('\n');
		expect(section).toMatch(/^> \*\*.+\*\*: .+\]\(\/atlas\/(ko|en)\/networking\/\)$/m);
	});

	it('leaves one marker for the reader’s results in the 🤔 section', () => {
		const r = out.findIndex((l) => l.includes('🤔'));
		expect(out.indexOf(RESULTS_MARKER)).toBeGreaterThan(r);
		expect(md.split(RESULTS_MARKER).length).toBe(2);
	});
});

describe('the reader’s results in the file', () => {
	const md = noteMarkdown('en', '');
	it('replace the marker and make the atlas links absolute', () => {
		const results = resultsMarkdown(
			'en',
			[
				{ id: 'a', prompt: 'Question A', href: '/en/runtime/process-tree/?quiz=a', right: false },
				{ id: 'b', prompt: 'Question B', href: '/en/networking/?quiz=b', right: true }
			],
			27
		);
		const file = fillNote(md, results, 'https://atlas.example.org', '');
		expect(file).not.toContain(RESULTS_MARKER);
		expect(file).toContain('1 of 2 questions answered right (27 in all).');
		expect(file).toContain(
			'[Question A](https://atlas.example.org/en/runtime/process-tree/?quiz=a)'
		);
		expect(file).not.toContain('[Question B]');
		expect(file).not.toMatch(/\]\(\/(en|ko)\//);
	});
	it('say so when nothing was answered', () => {
		expect(resultsMarkdown('ko', [], 27)).toContain('아직 푼 문제가 없습니다.');
	});
});
