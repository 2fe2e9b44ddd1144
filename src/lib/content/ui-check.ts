/**
 * Interface strings of "check yourself": the check page, the note page's results and the note
 * handed back as Markdown. Apart from ui.ts so a diagram page's JavaScript does not carry them.
 * Plain strings and small formatters; never HTML.
 */
import type { Lang } from './types';
import type { QuizTopic } from './quiz/types';

const en = {
	checkTitle: 'Check yourself',
	checkIntro:
		'Each question is answered on the diagram itself: select the marks it asks for, then check. Your results stay in this browser only.',
	topic: {
		layers: 'Layers and the shell',
		processes: 'Program, process, thread',
		namespaces: 'Namespaces',
		virtualization: 'Virtualization',
		components: 'Docker’s components',
		question: 'The note’s question: containers talking',
		wish: 'The note’s wish: images and Compose'
	} as Record<QuizTopic, string>,
	resultRight: 'right',
	resultWrong: 'to revisit',
	resultNone: 'not answered yet',
	score: (right: number, answered: number, total: number) =>
		`${right} of ${answered} answered right · ${total - answered} not answered yet`,
	reset: 'Forget my results',
	resetDone: 'Your results were cleared.',
	authorRating: (stars: string) => `The author rated their understanding ${stars}`,
	checked: (right: number, answered: number) => `checked on the pictures: ${right}/${answered}`,
	notChecked: 'not checked on the pictures yet',
	revisit: 'to revisit',
	startChecking: 'Check yourself',
	download: 'Download my note',
	downloadHint:
		'The note as Markdown: every bullet as written, linked to its drawing, with the corrections as footnotes and your results.',
	downloadFailed: 'The note could not be downloaded. Try again.',
	// In the Markdown file.
	mdDrawn: (where: string) => `drawn in: ${where}`,
	mdMorePrecisely: 'More precisely',
	mdSources: 'Sources',
	mdAnswerLabel: 'Container Atlas’s answer',
	mdAnswer:
		'On one host, attach the containers to one user-defined bridge network and let them find each other by name through Docker’s embedded DNS server; publish (`-p`) only what must be reached from outside. Across hosts, an overlay network.',
	mdAnswerLink: 'See the answer drawn',
	mdResultsHeading: 'Checked on the pictures (Container Atlas)',
	mdResults: (right: number, answered: number, total: number) =>
		`${right} of ${answered} questions answered right (${total} in all).`,
	mdNoResults: 'No question answered yet.',
	mdRevisit: 'To revisit',
	// Answer mode on a diagram page.
	question: 'Question',
	howTo:
		'Select on the picture (click, or Space on a focused mark; arrows move between marks), then check (Enter).',
	picked: (n: number) =>
		n === 0 ? 'Nothing selected yet.' : n === 1 ? '1 selected.' : `${n} selected.`,
	submit: 'Check my answer',
	right: 'Right.',
	wrong: 'Not quite.',
	rightMarks: (n: number) =>
		n === 1
			? 'The right mark is lit on the picture.'
			: `The ${n} right marks are lit on the picture.`,
	tryAgain: 'Try again',
	otherQuestions: 'Other questions on this picture',
	noQuestion: 'No question asks about this picture yet.',
	allQuestions: 'All questions',
	whatNoteSays: 'What the note and its corrections say about the answer',
	closeQuiz: 'Close the question',
	markRight: 'right, you selected it',
	markMissed: 'right, not selected',
	markWrong: 'not part of the answer',
	// Predict, then reveal (render/quiz/PredictPanel.svelte).
	predictTitle: 'Predict, then see',
	predictHow:
		'Select on the picture what you expect (click, or Space on a focused mark), then see (Enter).',
	predictSubmit: 'See what happens',
	skip: 'Skip',
	predictRight: 'You predicted it.',
	predictWrong: 'Not what happens.',
	predictShown: 'What happens:',
	itIs: (outcome: string) => `The answer: ${outcome}.`,
	whyBelow: 'Why: the narration under the picture.',
	closePredict: 'Close the prediction'
};

type Strings = typeof en;

const ko: Strings = {
	checkTitle: '스스로 점검하기',
	checkIntro:
		'문제마다 다이어그램 위에서 답합니다. 묻는 것을 그림에서 고른 뒤 확인하세요. 결과는 이 브라우저에만 저장됩니다.',
	topic: {
		layers: '계층과 셸',
		processes: '프로그램, 프로세스, 스레드',
		namespaces: '네임스페이스',
		virtualization: '가상화',
		components: '도커의 구성',
		question: '노트의 질문: 컨테이너 간 통신',
		wish: '노트의 바람: 이미지와 Compose'
	},
	resultRight: '정답',
	resultWrong: '다시 볼 것',
	resultNone: '아직 풀지 않음',
	score: (right, answered, total) =>
		`푼 ${answered}문제 중 ${right}문제 정답 · 아직 풀지 않은 문제 ${total - answered}개`,
	reset: '내 결과 지우기',
	resetDone: '결과를 지웠습니다.',
	authorRating: (stars) => `글쓴이의 이해도 평가 ${stars}`,
	checked: (right, answered) => `그림으로 점검한 결과: ${right}/${answered}`,
	notChecked: '아직 그림으로 점검하지 않음',
	revisit: '다시 볼 것',
	startChecking: '스스로 점검하기',
	download: '내 노트 내려받기',
	downloadHint:
		'노트를 Markdown으로 내려받습니다. 모든 항목을 원문 그대로 담고 그려진 곳으로 연결하며, 바로잡는 설명은 각주로, 점검 결과는 🤔 절에 넣습니다.',
	downloadFailed: '노트를 내려받지 못했습니다. 다시 시도하세요.',
	mdDrawn: (where) => `그려진 곳: ${where}`,
	mdMorePrecisely: '더 정확히는',
	mdSources: '출처',
	mdAnswerLabel: 'Container Atlas의 답',
	mdAnswer:
		'한 호스트에서는 컨테이너를 하나의 사용자 정의 브리지 네트워크에 연결하고, Docker의 내장 DNS 서버를 통해 이름으로 서로 찾게 하세요. 밖에서 접속해야 하는 것만 게시(`-p`)합니다. 여러 호스트에 걸쳐서는 오버레이 네트워크를 씁니다.',
	mdAnswerLink: '그림으로 보기',
	mdResultsHeading: '그림으로 점검한 결과 (Container Atlas)',
	mdResults: (right, answered, total) =>
		`푼 ${answered}문제 중 ${right}문제 정답 (전체 ${total}문제).`,
	mdNoResults: '아직 푼 문제가 없습니다.',
	mdRevisit: '다시 볼 것',
	question: '문제',
	howTo:
		'그림에서 고른 뒤(클릭, 또는 포커스한 항목에서 Space, 화살표로 항목 사이 이동) 확인하세요(Enter).',
	picked: (n) => (n === 0 ? '아직 고른 것이 없습니다.' : `${n}개 골랐습니다.`),
	submit: '답 확인하기',
	right: '정답입니다.',
	wrong: '아쉽지만 틀렸습니다.',
	rightMarks: (n) =>
		n === 1 ? '정답 항목을 그림에 표시했습니다.' : `정답 항목 ${n}개를 그림에 표시했습니다.`,
	tryAgain: '다시 풀기',
	otherQuestions: '이 그림의 다른 문제',
	noQuestion: '이 그림에 대한 문제는 아직 없습니다.',
	allQuestions: '모든 문제',
	whatNoteSays: '정답에 대해 노트와 바로잡는 설명이 말하는 것',
	closeQuiz: '문제 닫기',
	markRight: '정답, 골랐음',
	markMissed: '정답, 고르지 않음',
	markWrong: '정답이 아님',
	predictTitle: '먼저 예측해 보기',
	predictHow:
		'어떻게 될지 그림에서 고른 뒤(클릭, 또는 포커스한 항목에서 Space) 결과를 보세요(Enter).',
	predictSubmit: '결과 보기',
	skip: '건너뛰기',
	predictRight: '예측이 맞았습니다.',
	predictWrong: '예측과 다릅니다.',
	predictShown: '이렇게 됩니다.',
	itIs: (outcome) => `정답: ${outcome}.`,
	whyBelow: '이유는 그림 아래 설명에 있습니다.',
	closePredict: '예측 닫기'
};

export const checkUi: Record<Lang, Strings> = { en, ko };
