/**
 * Parses the note (Markdown) into sections of nested bullets and resolves passage keys against it.
 * Runs at build time and in tests only (it is imported by server load functions), so the Markdown
 * parser never reaches the browser bundle.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, RootContent } from 'mdast';
import koSource from './notes/docker-ch2.ko.md?raw';
import enSource from './notes/docker-ch2.en.md?raw';
import { passages, type PassageLocator } from './passages';
import type { Lang } from './types';

export interface NoteItem {
	text: string;
	children: NoteItem[];
}

export interface NoteSection {
	heading: string;
	depth: number;
	items: NoteItem[];
}

function listItems(list: List): NoteItem[] {
	return list.children.map((item: ListItem) => ({
		text: item.children
			.filter((c) => c.type !== 'list')
			.map((c) => toString(c))
			.join(' ')
			.trim(),
		children: item.children.filter((c): c is List => c.type === 'list').flatMap((l) => listItems(l))
	}));
}

/** Sections in document order; each holds the bullets that follow its heading. */
export function parseNote(markdown: string): NoteSection[] {
	const tree = fromMarkdown(markdown);
	const sections: NoteSection[] = [];
	for (const node of tree.children as RootContent[]) {
		if (node.type === 'heading') {
			sections.push({ heading: toString(node).trim(), depth: node.depth, items: [] });
		} else if (node.type === 'list' && sections.length > 0) {
			sections[sections.length - 1].items.push(...listItems(node));
		}
	}
	return sections;
}

export const noteSources: Record<Lang, string> = { ko: koSource, en: enSource };

const parsed: Partial<Record<Lang, NoteSection[]>> = {};
export function noteSections(lang: Lang): NoteSection[] {
	return (parsed[lang] ??= parseNote(noteSources[lang]));
}

export interface Passage {
	key: string;
	/** Section heading, in the passage's language. */
	section: string;
	/** Texts of the bullets above this one (context such as "종류 :"). */
	trail: string[];
	text: string;
}

export class MissingPassageError extends Error {}

/** Finds a passage; throws MissingPassageError naming the key when the note has no such bullet. */
export function resolvePassage(key: string, lang: Lang): Passage {
	const locator: PassageLocator | undefined = (passages as Record<string, PassageLocator>)[key];
	if (!locator) throw new MissingPassageError(`Unknown note passage key "${key}"`);
	const koIndex = noteSections('ko').findIndex((s) => s.heading === locator.section);
	if (koIndex < 0) {
		throw new MissingPassageError(`Passage "${key}": the note has no section "${locator.section}"`);
	}
	const section = noteSections(lang)[koIndex];
	let items = section?.items ?? [];
	const trail: string[] = [];
	let item: NoteItem | undefined;
	for (const [depth, index] of locator.path.entries()) {
		item = items[index];
		if (!item) {
			throw new MissingPassageError(
				`Passage "${key}": no bullet ${locator.path.slice(0, depth + 1).join('.')} in "${locator.section}" (${lang})`
			);
		}
		if (depth < locator.path.length - 1) trail.push(item.text);
		items = item.children;
	}
	return { key, section: section.heading, trail, text: item!.text };
}

/** Every bullet of the section (and its subsections, until the next heading of the same depth). */
export function bulletPaths(heading: string): PassageLocator[] {
	const sections = noteSections('ko');
	const start = sections.findIndex((s) => s.heading === heading);
	if (start < 0) return [];
	const out: PassageLocator[] = [];
	const walk = (section: string, items: NoteItem[], prefix: number[]) =>
		items.forEach((item, i) => {
			out.push({ section, path: [...prefix, i] });
			walk(section, item.children, [...prefix, i]);
		});
	for (let i = start; i < sections.length; i++) {
		if (i > start && sections[i].depth <= sections[start].depth) break;
		walk(sections[i].heading, sections[i].items, []);
	}
	return out;
}
