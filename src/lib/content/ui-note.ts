/**
 * Interface strings of the note page, search and gallery (issue 12), kept beside ui.ts so the
 * parallel work on ui.ts merges cleanly. Plain strings and small formatters; never HTML.
 */
import type { Lang } from './types';
import { navUi } from './ui-nav';

const en = {
	...navUi.en,
	noteTitle: 'The study note',
	noteIntro:
		'Our English translation of the study note, with the same headings and bullets. Each bullet a diagram draws links to that node; where the note is simplified or wrong, the correction sits beside it.',
	noteOriginal: 'Korean original',
	drawnAt: (where: string) => `Drawn in: ${where}`,
	alsoDrawn: 'Also drawn in',
	correctionSummary: (verdict: string) => `More precisely · ${verdict}`,
	search: 'Search',
	searchLoading: 'Loading the index…',
	searchFailed: 'The search index could not be loaded.',
	searchNone: (q: string) => `Nothing found for “${q}”.`,
	searchCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
	kind: {
		node: 'Node',
		passage: 'Note',
		correction: 'More precisely',
		step: 'Step',
		view: 'View',
		diagram: 'Diagram'
	} as Record<string, string>,
	stepN: (n: number) => `step ${n}`
};

type Strings = typeof en;

const ko: Strings = {
	...navUi.ko,
	noteTitle: '스터디 노트',
	noteIntro:
		'스터디 노트 원문을 그대로 옮겼습니다. 다이어그램에 그려진 항목은 해당 노드로 연결되고, 단순화되었거나 틀린 부분에는 바로잡는 설명이 함께 있습니다.',
	noteOriginal: '영어 번역본',
	drawnAt: (where) => `그려진 곳: ${where}`,
	alsoDrawn: '다른 곳에도 있습니다',
	correctionSummary: (verdict) => `더 정확히는 · ${verdict}`,
	search: '검색',
	searchLoading: '색인을 불러오는 중입니다…',
	searchFailed: '검색 색인을 불러오지 못했습니다.',
	searchNone: (q) => `“${q}”에 대한 결과가 없습니다.`,
	searchCount: (n) => `결과 ${n}개`,
	kind: {
		node: '노드',
		passage: '노트',
		correction: '더 정확히는',
		step: '단계',
		view: '보기',
		diagram: '다이어그램'
	},
	stepN: (n) => `${n}단계`
};

export const noteUi: Record<Lang, Strings> = { en, ko };
