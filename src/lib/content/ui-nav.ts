/**
 * The few interface strings every page ships: the header's note link and search box, and the
 * note panel's link back to the note. Apart from ui-note.ts so that pages do not carry the note
 * page's and the search popup's strings (a bundler keeps a module whole).
 */
import type { Lang } from './types';

const navEn = {
	note: 'The note',
	inNote: 'In the note',
	inNoteLabel: (section: string) => `This passage in the note (§ ${section})`,
	searchLabel: 'Search nodes, the note, corrections and steps',
	searchPlaceholder: 'Search  /'
};
const navKo: typeof navEn = {
	note: '노트',
	inNote: '노트에서 보기',
	inNoteLabel: (section) => `노트에서 이 구절 보기 (§ ${section})`,
	searchLabel: '노드, 노트, 바로잡는 설명, 단계 검색',
	searchPlaceholder: '검색  /'
};

/** The few strings every page ships (header link, search box, the panel's link to the note). */
export const navUi: Record<Lang, typeof navEn> = { en: navEn, ko: navKo };
