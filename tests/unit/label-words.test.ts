/**
 * No word in Latin script is ever split across the lines of a label: wrapping breaks at spaces and
 * after "-", "/" or "·" (layout/geometry.ts wrapText), so "DNAT · masquerade" may become
 * "DNAT ·" / "masquerade" but never "DNAT · mas" / "querade". Korean may still wrap between
 * syllables where a label allows it. Every diagram × view × step × format × language, in every
 * kind of label the scene wraps: nodes' labels and details, edge labels, group titles and row
 * labels.
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { LANGS } from '../../src/lib/content/types';
import { buildScene } from '../../src/lib/layout/scene';
import { loadPage } from '../../src/lib/server/loadView';
import type { Format } from '../../src/lib/layout/geometry';

const FORMATS: Format[] = ['wide', 'compact', 'narrow'];

/** Every string in a value (a page's definition, cut down to one language). */
const strings = (v: unknown): string[] =>
	typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/**
 * Pairs of adjacent lines that split a word: one ends and the next starts with a Latin letter or
 * digit, and the two pieces joined are written together in one of `texts` (wrapping trims the
 * space it breaks at, so "the app's" / "process" is a break at a space: "app'sprocess" is in no text).
 */
export function splitWords(lines: string[], texts: string[]): string[] {
	return lines.slice(1).flatMap((next, i) => {
		const prev = lines[i];
		const tail = prev.match(/[A-Za-z0-9]+$/)?.[0];
		const head = next.match(/^[A-Za-z0-9]+/)?.[0];
		return tail && head && texts.some((t) => t.includes(tail + head)) ? [`${prev} / ${next}`] : [];
	});
}

describe('splitWords (the check itself)', () => {
	it('catches a word cut in two and lets breaks at spaces, "·", "-" and "/" through', () => {
		const texts = [
			'DNAT · masquerade',
			"runs inside the app's process",
			'containerd-shim runc/crun'
		];
		expect(splitWords(['DNAT · mas', 'querade'], texts)).toEqual(['DNAT · mas / querade']);
		expect(splitWords(['DNAT ·', 'masquerade'], texts)).toEqual([]);
		expect(splitWords(["runs inside the app's", 'process'], texts)).toEqual([]);
		expect(splitWords(['containerd-', 'shim runc/', 'crun'], texts)).toEqual([]);
		expect(splitWords(['라이브러', '리'], ['라이브러리'])).toEqual([]);
	});
});

describe('no word in Latin script is split across lines of a label', () => {
	for (const def of diagrams)
		for (const lang of LANGS)
			for (const view of def.views)
				it(`${def.id}/${view.id} ${lang}`, () => {
					const page = loadPage({ lang, diagram: def.id, view: view.id }).def;
					const texts = strings(page);
					const found: string[] = [];
					for (const format of FORMATS)
						for (let step = 0; step <= view.steps.length; step++) {
							const scene = buildScene(page, view.id, step, format);
							const at = `${format} step ${step}`;
							const labels = [
								...scene.nodes.flatMap((n) => [
									[`node ${n.id}`, n.label],
									[`node ${n.id} detail`, n.detail]
								]),
								...scene.edges.map((e) => [`edge ${e.id}`, e.label]),
								...scene.groups.map((g) => [`group ${g.id}`, g.title]),
								...scene.rows.map((r) => [`row ${r.id}`, r.label])
							] as [string, string[]][];
							for (const [what, lines] of labels)
								for (const split of splitWords(lines, texts)) found.push(`${at} ${what}: ${split}`);
						}
					expect([...new Set(found)]).toEqual([]);
				});
});

// A small frame (a phone, a 480×270 embed, presenting) shows a node's name and little else: the
// name itself must never be cut ("cache…" was networking/default-bridge's cache container), nor
// an edge's label or a group's title, in any format. An edge label that does not fit shrinks to
// its `short` ("adoptive / parent…" was process-tree's systemd → shim on phones and embeds).
describe('no name, edge label or group title is cut short, in any format', () => {
	for (const def of diagrams)
		for (const lang of LANGS)
			it(`${def.id} ${lang}`, () => {
				const cut: string[] = [];
				const check = (at: string, lines: string[]) => {
					if (lines.some((l) => l.endsWith('…'))) cut.push(`${at}: ${lines.join(' / ')}`);
				};
				for (const view of def.views) {
					const page = loadPage({ lang, diagram: def.id, view: view.id }).def;
					for (const format of FORMATS)
						for (let step = 0; step <= view.steps.length; step++) {
							const scene = buildScene(page, view.id, step, format);
							const at = `${format} ${view.id} step ${step}`;
							for (const n of scene.nodes) if (n.shown) check(`${at} node ${n.id}`, n.label);
							for (const e of scene.edges) if (e.shown) check(`${at} edge ${e.id}`, e.label);
							for (const g of scene.groups) check(`${at} group ${g.id}`, g.title);
						}
				}
				expect([...new Set(cut)]).toEqual([]);
			});
});
