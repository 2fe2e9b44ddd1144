/**
 * Interface strings of the landing, gallery and error pages only, apart from ui.ts so that a
 * diagram page's JavaScript does not carry them. Plain strings and small formatters; never HTML.
 */
import type { Lang } from './types';

const en = {
	tagline:
		'How virtualization and Docker really work — drawn from a study note, checked against the sources.',
	gallery: 'Diagrams',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no such language, diagram or view. These are the views that exist:',
	errorTitle: 'Something went wrong',
	home: 'Home',
	// The landing page's first screen: what this is in one sentence, and where to start.
	headline: 'See how virtualization and Docker work, one step at a time.',
	lede: 'Animated diagrams you can click, step through and link to, drawn from one study note and checked against the primary sources.',
	startHere: 'Start here',
	// The link to the other language's page, in that language.
	otherLang: '한국어로 보기',
	readNote: 'Read the note'
};

type Strings = typeof en;

const ko: Strings = {
	tagline:
		'가상화와 도커가 실제로 어떻게 동작하는지 — 스터디 노트를 그림으로 옮기고 원 출처로 확인했습니다.',
	gallery: '다이어그램',
	notFoundTitle: '페이지를 찾을 수 없음',
	notFoundBody: '요청한 언어·다이어그램·보기를 찾을 수 없습니다. 있는 보기는 다음과 같습니다:',
	errorTitle: '문제가 생겼습니다',
	home: '처음으로',
	headline: '가상화와 도커가 어떻게 동작하는지, 한 단계씩 그림으로 봅니다.',
	lede: '누르고, 단계별로 넘기고, 링크로 나눌 수 있는 애니메이션 다이어그램입니다. 스터디 노트 하나를 그림으로 옮기고 원 출처로 확인했습니다.',
	startHere: '여기서 시작',
	otherLang: 'Read in English',
	readNote: '노트 읽기'
};

export const pagesUi: Record<Lang, Strings> = { en, ko };
