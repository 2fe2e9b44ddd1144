/** Interface strings in every language. Plain strings and small formatters; never HTML. */
import type { Lang } from './types';

const en = {
	langName: 'English',
	siteName: 'Container Atlas',
	tagline:
		'How virtualization and Docker really work — drawn from a study note, checked against the sources.',
	gallery: 'Diagrams',
	openDiagram: 'Open',
	views: 'Views',
	step: (n: number, of: number) => `Step ${n} of ${of}`,
	prev: 'Previous step',
	next: 'Next step',
	play: 'Play walkthrough',
	pause: 'Pause walkthrough',
	first: 'First step',
	last: 'Last step',
	diagramLabel: (title: string, view: string) => `${title} — ${view}`,
	nodeHint: 'Select a layer or component to read what the note says about it.',
	fromNote: 'From the note',
	noteSection: (s: string) => `Note § ${s}`,
	morePrecisely: 'More precisely',
	verdict: { simplified: 'Simplified', inaccurate: 'Inaccurate' },
	aboutTeam: 'About this — written by Container Atlas, not from the note',
	sources: 'Sources',
	noteSilent: 'The note does not cover this.',
	close: 'Close',
	closeNote: 'Close note (Esc)',
	noteCalls: (name: string) => `note: “${name}”`,
	lifetime: {
		daemon: 'long-running daemon',
		'per-container': 'one per container, stays',
		transient: 'runs briefly, exits',
		workload: 'the container’s process'
	} as Record<string, string>,
	unknownNode: (v: string) => `There is no “${v}” in this view, so no note is open.`,
	badStep: (v: string, n: number, of: number) =>
		`There is no step “${v}” here (1–${of}); showing step ${n}.`,
	dismiss: 'Dismiss',
	openFull: 'Open in Container Atlas ↗',
	language: 'Language',
	skip: 'Skip to the diagram',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no such language, diagram or view. These are the views that exist:',
	errorTitle: 'Something went wrong',
	home: 'Home',
	keysHelp:
		'← → or PageUp/PageDown step · Home/End jump · arrow keys move between nodes · Enter opens a note · Esc closes it',
	landingIntro: 'Pick a language to start.',
	noJsNote: ''
};

type Strings = typeof en;

const ko: Strings = {
	langName: '한국어',
	siteName: 'Container Atlas',
	tagline:
		'가상화와 도커가 실제로 어떻게 동작하는지 — 스터디 노트를 그림으로 옮기고 원 출처로 확인했다.',
	gallery: '다이어그램',
	openDiagram: '열기',
	views: '보기',
	step: (n, of) => `${of}단계 중 ${n}단계`,
	prev: '이전 단계',
	next: '다음 단계',
	play: '단계 자동 재생',
	pause: '자동 재생 멈춤',
	first: '첫 단계',
	last: '마지막 단계',
	diagramLabel: (title, view) => `${title} — ${view}`,
	nodeHint: '계층이나 구성 요소를 선택하면 노트에 적힌 내용을 볼 수 있다.',
	fromNote: '노트 원문',
	noteSection: (s) => `노트 § ${s}`,
	morePrecisely: '더 정확히는',
	verdict: { simplified: '단순화됨', inaccurate: '부정확함' },
	aboutTeam: '설명 — 노트가 아니라 Container Atlas가 쓴 글',
	sources: '출처',
	noteSilent: '노트에는 이 내용이 없다.',
	close: '닫기',
	closeNote: '노트 닫기 (Esc)',
	noteCalls: (name) => `노트 표현: “${name}”`,
	lifetime: {
		daemon: '계속 실행되는 데몬',
		'per-container': '컨테이너마다 하나, 계속 남음',
		transient: '잠깐 실행되고 종료',
		workload: '컨테이너의 프로세스'
	},
	unknownNode: (v) => `이 보기에는 “${v}”가 없어서 노트를 열지 않았다.`,
	badStep: (v, n, of) => `“${v}”단계는 없다 (1–${of}). ${n}단계를 보여 준다.`,
	dismiss: '닫기',
	openFull: 'Container Atlas에서 열기 ↗',
	language: '언어',
	skip: '다이어그램으로 건너뛰기',
	notFoundTitle: '페이지를 찾을 수 없음',
	notFoundBody: '그런 언어, 다이어그램, 보기는 없다. 있는 보기는 다음과 같다:',
	errorTitle: '문제가 생겼다',
	home: '처음으로',
	keysHelp:
		'← → 또는 PageUp/PageDown 단계 이동 · Home/End 처음/끝 · 방향키로 노드 이동 · Enter 노트 열기 · Esc 닫기',
	landingIntro: '언어를 골라 시작한다.',
	noJsNote: ''
};

export const ui: Record<Lang, Strings> = { en, ko };
