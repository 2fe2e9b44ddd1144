/**
 * Interface strings of what a diagram page loads on first use (lazy.svelte.ts): the note panel,
 * the share menu, the key help, the print handout, the notices about corrected URL input, and the embed's link out.
 * Apart from ui.ts so that they travel with that code instead of with every page. Plain strings and small formatters; never HTML.
 */
import type { Lang } from './types';

const en = {
	unknownNode: (v: string) => `There is no “${v}” in this view, so no note is open.`,
	unknownQuiz: (v: string) => `There is no question “${v}” on this view, so none is open.`,
	badStep: (v: string, n: number, of: number) =>
		`There is no step “${v}” here (1–${of}); showing ${n === 0 ? 'the overview' : `step ${n}`}.`,
	dismiss: 'Dismiss',
	openFull: 'Open in Container Atlas ↗',
	fromNote: 'From the note',
	noteSection: (s: string) => `Note § ${s}`,
	morePrecisely: 'More precisely',
	verdict: { simplified: 'Simplified', inaccurate: 'Inaccurate' },
	aboutTeam: 'About this — written by Container Atlas, not from the note',
	sources: 'Sources',
	noteSilent: 'The note does not cover this.',
	alsoIn: 'Also in …',
	relatedVia: (edge: string) => `via the edge “${edge}”`,
	close: 'Close',
	closeNote: 'Close note (Esc)',
	panelLoading: 'Loading the note’s text and the description…',
	panelFailed:
		'The note’s text and the description could not be loaded (are you offline?). Open the node again to retry.',
	facts: 'Facts',
	copyLink: 'Copy link',
	copyEmbed: 'Copy embed code',
	linkCopied: 'Link copied.',
	embedCopied: 'Embed code copied.',
	copyFailed: 'Could not copy: your browser blocked the clipboard.',
	downloaded: 'Downloaded.',
	slideSvg: 'Slide SVG',
	slidePng: 'Slide PNG',
	slideHint: '16:9, with the narration as a caption',
	helpKeys: [
		['→  PageDown', 'next step'],
		['←  PageUp', 'previous step (before step 1: the overview)'],
		['Home  End', 'first / last step'],
		['Tab', 'next row of controls, into the diagram'],
		['← →', 'within a row: the header; the views, Present and Share'],
		['↑ ↓ ← →', 'between nodes (when a node has focus)'],
		['Enter  Space', 'open the note of a node'],
		['Esc', 'close the note, leave full screen'],
		['f', 'present full screen'],
		['?', 'this help']
	] as [string, string][],
	printTitle: (view: string) => `${view} — handout`,
	printStep: (n: number, of: number) => `Step ${n} of ${of}`,
	printNotes: 'Notes on what this step shows'
};

type Strings = typeof en;

const ko: Strings = {
	unknownNode: (v) => `이 보기에는 “${v}” 노드가 없어 설명을 열지 않았습니다.`,
	unknownQuiz: (v) => `이 보기에는 “${v}” 문제가 없어 문제를 열지 않았습니다.`,
	badStep: (v, n, of) =>
		`“${v}” 단계는 없습니다(1–${of}). ${n === 0 ? '전체 보기를' : `${n}단계를`} 보여 줍니다.`,
	dismiss: '닫기',
	openFull: 'Container Atlas에서 열기 ↗',
	fromNote: '노트 원문',
	noteSection: (s) => `노트 § ${s}`,
	morePrecisely: '더 정확히는',
	verdict: { simplified: '단순화됨', inaccurate: '부정확함' },
	aboutTeam: 'Container Atlas의 설명 (노트 원문 아님)',
	sources: '출처',
	noteSilent: '노트에는 이 내용이 없습니다.',
	alsoIn: '다른 다이어그램에서',
	relatedVia: (edge) => `“${edge}” 연결을 통해`,
	close: '닫기',
	closeNote: '설명 닫기 (Esc)',
	panelLoading: '노트 원문과 설명을 불러오는 중입니다…',
	panelFailed:
		'노트 원문과 설명을 불러오지 못했습니다(오프라인일 수 있습니다). 노드를 다시 열면 다시 시도합니다.',
	facts: '주요 값',
	copyLink: '링크 복사',
	copyEmbed: '임베드 코드 복사',
	linkCopied: '링크를 복사했습니다.',
	embedCopied: '임베드 코드를 복사했습니다.',
	copyFailed: '복사하지 못했습니다. 브라우저가 클립보드 접근을 막았습니다.',
	downloaded: '내려받았습니다.',
	slideSvg: '슬라이드 SVG',
	slidePng: '슬라이드 PNG',
	slideHint: '16:9, 단계 해설을 자막으로 넣습니다',
	helpKeys: [
		['→  PageDown', '다음 단계'],
		['←  PageUp', '이전 단계 (1단계 앞은 전체 보기)'],
		['Home  End', '첫 단계 / 마지막 단계'],
		['Tab', '다음 버튼 줄로, 다이어그램으로 들어가기'],
		['← →', '한 줄 안에서 이동: 머리글, 보기·발표 모드·공유'],
		['↑ ↓ ← →', '노드 사이 이동 (노드에 포커스가 있을 때)'],
		['Enter  Space', '노드 설명 열기'],
		['Esc', '설명 닫기, 전체 화면 끝내기'],
		['f', '전체 화면 발표'],
		['?', '이 도움말']
	],
	printTitle: (view) => `${view} — 인쇄용 자료`,
	printStep: (n, of) => `${of}단계 중 ${n}단계`,
	printNotes: '이 단계에 나오는 것의 설명'
};

export const panelUi: Record<Lang, Strings> = { en, ko };
