/**
 * The note handed back: the author's Markdown, line for line, with what the atlas adds around it.
 * Every bullet a diagram draws gets a link to that drawing at the end of its line, every corrected
 * bullet a footnote ("More precisely", with sources), the ❓ question a short answer with a link to
 * the networking answer view, and the 🤔 section a marker line the note page replaces with the
 * reader's results when it downloads the file. Nothing of the note's own text is changed or
 * dropped: the tests read it back verbatim. Build time only.
 */
import { noteSources } from '$lib/content/notes';
import { panelUi } from '$lib/content/ui-panel';
import { checkUi } from '$lib/content/ui-check';
import { findDiagram } from '$lib/content/diagrams';
import type { Lang } from '$lib/content/types';
import { viewPath } from '$lib/state/url';
import { RESULTS_MARKER } from '$lib/state/myNote';
import { allBullets, noteDocument, type NoteBlock } from './noteDoc';

const QUESTION_HEADING = '❓';
const RATING_HEADING = '🤔';

/** Headings' lines, in order, so a section's end is the line before the next heading. */
function sectionEnd(blocks: NoteBlock[], emoji: string, lines: string[]): number | null {
	const heads = blocks.filter((b) => b.t === 'heading');
	const i = heads.findIndex((h) => lines[h.line - 1]?.includes(emoji));
	if (i < 0) return null;
	let end = (heads[i + 1]?.line ?? lines.length + 1) - 1;
	while (end > heads[i].line && !lines[end - 1].trim()) end--;
	return end;
}

/**
 * The note as Markdown for `lang`. Links are under `base` (root-relative): the page that downloads
 * it makes them absolute with its own origin.
 */
export function noteMarkdown(lang: Lang, base: string): string {
	const t = checkUi[lang];
	const verdicts = panelUi[lang].verdict as Record<string, string>;
	const lines = noteSources[lang].replace(/\r\n?/g, '\n').split('\n');
	const blocks = noteDocument(lang);
	const after = new Map<number, string[]>();
	const addAfter = (line: number, text: string[]) =>
		after.set(line, [...(after.get(line) ?? []), ...text]);
	const footnotes: string[] = [];

	for (const b of allBullets(blocks)) {
		if (!b.line) continue;
		let tail = '';
		if (b.links.length)
			tail += ` — ${b.links.map((l) => `[${t.mdDrawn(l.where)}](${base}${l.href})`).join(' · ')}`;
		if (b.correction) {
			const n = footnotes.length + 1;
			tail += `[^${n}]`;
			const sources = b.correction.sources.map((s) => `[${s.label}](${s.url})`).join(', ');
			footnotes.push(
				`[^${n}]: **${t.mdMorePrecisely}** (${verdicts[b.correction.verdict]}): ${b.correction.text[lang]} ${t.mdSources}: ${sources}`
			);
		}
		if (tail) lines[b.line - 1] += tail;
	}

	const networking = findDiagram('networking');
	const qEnd = sectionEnd(blocks, QUESTION_HEADING, lines);
	if (networking && qEnd)
		addAfter(qEnd, [
			'',
			`> **${t.mdAnswerLabel}**: ${t.mdAnswer} [${t.mdAnswerLink}](${viewPath(base, lang, networking, networking.defaultView)})`
		]);
	const rEnd = sectionEnd(blocks, RATING_HEADING, lines);
	addAfter(rEnd ?? lines.length, ['', RESULTS_MARKER]);

	const out: string[] = [];
	lines.forEach((l, i) => {
		out.push(l);
		out.push(...(after.get(i + 1) ?? []));
	});
	while (out.length && !out.at(-1)!.trim()) out.pop();
	if (footnotes.length) out.push('', ...footnotes);
	return out.join('\n') + '\n';
}
