/** Interface strings in every language. Plain strings and small formatters; never HTML. */
import type { Lang } from './types';

const en = {
	langName: 'English',
	siteName: 'Container Atlas',
	views: 'Views',
	// Step 0 is the overview: the whole picture before the walkthrough.
	step: (n: number, of: number) => (n === 0 ? `Overview · ${of} steps` : `Step ${n} of ${of}`),
	highlighted: 'Highlighted:',
	prev: 'Previous step',
	next: 'Next step',
	play: 'Play walkthrough',
	pause: 'Pause walkthrough',
	first: 'First step',
	last: 'Last step',
	diagramLabel: (title: string, view: string) => `${title} — ${view}`,
	nodeHint: 'Select a layer or component to read what the note says about it.',
	checkYourself: 'Check yourself',
	lifetime: {
		daemon: 'long-running daemon',
		'per-container': 'one per container',
		transient: 'runs briefly, exits',
		workload: 'the workload'
	} as Record<string, string>,
	shareExport: 'Share and export',
	present: 'Present',
	print: 'Print handout',
	exitPresent: 'Exit presentation (Esc)',
	help: 'Keyboard shortcuts',
	language: 'Language',
	skip: 'Skip to the diagram',
	keysHelp:
		'← → or PageUp/PageDown step · Home/End jump · arrow keys move between nodes · Enter opens a note · Esc closes it · f presents',
	overview: 'Overview',
	start: 'Start the walkthrough',
	// The primary step button's visible words (its accessible name, above, contains them).
	startShort: 'Start',
	nextShort: 'Next',
	// A subtitle cut short by its line: a button opens it whole.
	more: 'more',
	less: 'less',
	moreLabel: 'Read more of the summary',
	shareMenu: 'Share'
};

type Strings = typeof en;

const ko: Strings = {
	langName: '한국어',
	siteName: 'Container Atlas',
	views: '보기',
	step: (n, of) => (n === 0 ? `전체 보기 · ${of}단계` : `${of}단계 중 ${n}단계`),
	highlighted: '강조:',
	prev: '이전 단계',
	next: '다음 단계',
	play: '단계 자동 재생',
	pause: '자동 재생 멈춤',
	first: '첫 단계',
	last: '마지막 단계',
	diagramLabel: (title, view) => `${title} — ${view}`,
	nodeHint: '계층이나 구성 요소를 선택하면 노트에 적힌 내용을 볼 수 있습니다.',
	checkYourself: '스스로 점검하기',
	lifetime: {
		daemon: '계속 실행되는 데몬',
		'per-container': '컨테이너당 하나, 상주',
		transient: '잠깐 실행되고 종료',
		workload: '워크로드'
	},
	shareExport: '공유와 내보내기',
	present: '발표 모드',
	print: '인쇄용 자료',
	exitPresent: '발표 모드 끝내기 (Esc)',
	help: '키보드 단축키',
	language: '언어',
	skip: '다이어그램으로 건너뛰기',
	keysHelp:
		'← → 또는 PageUp/PageDown 단계 이동 · Home/End 처음/끝 · 방향키로 노드 이동 · Enter 설명 열기 · Esc 닫기 · f 발표 모드',
	overview: '전체 보기',
	start: '단계별로 보기',
	startShort: '단계별로 보기',
	nextShort: '다음',
	more: '더 보기',
	less: '접기',
	moreLabel: '요약 더 보기',
	shareMenu: '공유'
};

export const ui: Record<Lang, Strings> = { en, ko };
