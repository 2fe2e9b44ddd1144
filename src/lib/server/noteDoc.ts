/**
 * The note as a document for the note page: its Markdown (mdast) turned into small plain blocks
 * that a Svelte component renders, each bullet carrying its passage key (the page anchor), the
 * nodes that draw it and its correction. Runs at build time only, so the Markdown parser never
 * reaches the browser.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { noteSections, noteSources } from '$lib/content/notes';
import { passages, type PassageLocator } from '$lib/content/passages';
import { corrections } from '$lib/content/corrections';
import type { Correction, Lang } from '$lib/content/types';
import { homeHref, passageHomes, type NodeHome } from './noteMap';

/** Inline Markdown, reduced to what the note uses; anything else becomes its text. */
export type Inline =
	| { t: 'text'; v: string }
	| { t: 'code'; v: string }
	| { t: 'strong' | 'em' | 'del'; c: Inline[] }
	| { t: 'link'; href: string; c: Inline[] }
	| { t: 'br' };

export interface NoteLink {
	href: string;
	/** "runtime · containerd-shim", in the page's language. */
	where: string;
}

export interface NoteBullet {
	/** Passage key when the bullet has one: its anchor on the page. */
	key: string | null;
	/** The bullet's own paragraphs (nested lists are `children`). */
	paras: Inline[][];
	/** The bullet's text as the passage table reads it (for tests and search). */
	text: string;
	/** Nodes that draw it: the first is the bullet's link, the rest "also drawn in". */
	links: NoteLink[];
	correction: Correction | null;
	children: NoteBullet[];
	/** 1-based line of the note's Markdown where the bullet's own text ends (the note handed back). */
	line: number;
}

export type NoteBlock =
	| { t: 'heading'; depth: number; c: Inline[]; line: number }
	| { t: 'list'; ordered: boolean; items: NoteBullet[] }
	| { t: 'p'; c: Inline[] }
	| { t: 'hr' };

function inline(nodes: PhrasingContent[]): Inline[] {
	return nodes.map((n): Inline => {
		switch (n.type) {
			case 'text':
				return { t: 'text', v: n.value };
			case 'inlineCode':
				return { t: 'code', v: n.value };
			case 'strong':
				return { t: 'strong', c: inline(n.children) };
			case 'emphasis':
				return { t: 'em', c: inline(n.children) };
			case 'delete':
				return { t: 'del', c: inline(n.children) };
			case 'link':
				return { t: 'link', href: n.url, c: inline(n.children) };
			case 'break':
				return { t: 'br' };
			default:
				return { t: 'text', v: toString(n) };
		}
	});
}

const locatorId = (section: string, path: number[]) => `${section}\u0000${path.join('.')}`;

export function where(h: NodeHome, lang: Lang): string {
	return `${h.diagramTitle[lang]} · ${h.nodeLabel[lang]}`;
}

/** The note in `lang`, as blocks; passage keys follow the Korean headings (same structure). */
export function noteDocument(lang: Lang): NoteBlock[] {
	const keyAt = new Map(
		Object.entries(passages as Record<string, PassageLocator>).map(([k, l]) => [
			locatorId(l.section, l.path),
			k
		])
	);
	const homes = passageHomes();
	const koHeadings = noteSections('ko').map((s) => s.heading);
	const tree = fromMarkdown(noteSources[lang]);
	const blocks: NoteBlock[] = [];
	let section = -1;
	let top = 0;

	const bullet = (item: ListItem, path: number[]): NoteBullet => {
		const key = keyAt.get(locatorId(koHeadings[section] ?? '', path)) ?? null;
		const own = item.children.filter((c) => c.type !== 'list');
		let child = 0;
		const children = item.children
			.filter((c): c is List => c.type === 'list')
			.flatMap((l) => l.children.map((li) => bullet(li, [...path, child++])));
		return {
			key,
			paras: own.map((c) =>
				c.type === 'paragraph' ? inline(c.children) : [{ t: 'text', v: toString(c) }]
			),
			text: own
				.map((c) => toString(c))
				.join(' ')
				.trim(),
			links: key
				? (homes.get(key) ?? []).map((h) => ({ href: homeHref(lang, h), where: where(h, lang) }))
				: [],
			correction: key ? (corrections[key as keyof typeof corrections] ?? null) : null,
			children,
			line: own.at(-1)?.position?.end.line ?? item.position?.start.line ?? 0
		};
	};

	for (const node of tree.children as RootContent[]) {
		if (node.type === 'heading') {
			section++;
			top = 0;
			blocks.push({
				t: 'heading',
				depth: node.depth,
				c: inline(node.children),
				line: node.position?.start.line ?? 0
			});
		} else if (node.type === 'list') {
			blocks.push({
				t: 'list',
				ordered: !!node.ordered,
				items: node.children.map((li) => bullet(li, [top++]))
			});
		} else if (node.type === 'paragraph') {
			blocks.push({ t: 'p', c: inline(node.children) });
		} else if (node.type === 'thematicBreak') {
			blocks.push({ t: 'hr' });
		}
	}
	return blocks;
}

/** Every bullet of a document, depth first (tests, search). */
export function allBullets(blocks: NoteBlock[]): NoteBullet[] {
	const out: NoteBullet[] = [];
	const walk = (items: NoteBullet[]) =>
		items.forEach((b) => {
			out.push(b);
			walk(b.children);
		});
	for (const b of blocks) if (b.t === 'list') walk(b.items);
	return out;
}
