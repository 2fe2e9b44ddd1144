/**
 * `choose`: the answer as a decision guide, from the note's question to one recommendation per
 * situation (domain.md E2). A grid of cards under the question, each naming its situation, the
 * recommended one first and twice as wide: a tree of seven branches was seven rows tall and came
 * out at 4–8 px on a laptop. Four columns on wide and landscape frames, two on phones.
 */
import type { BoxPlace, L10n, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

const place: Record<string, BoxPlace> = {
	question: { col: 1, row: 0, cols: 2 },
	'pick-bridge': { col: 0, row: 1, cols: 2 },
	'pick-overlay': { col: 2, row: 1 },
	'pick-container': { col: 3, row: 1 },
	'pick-macvlan': { col: 0, row: 2 },
	'pick-none': { col: 1, row: 2 },
	'pick-host': { col: 2, row: 2 },
	'avoid-default': { col: 3, row: 2 }
};
// The question takes two rows on phones: its quote needs two lines there (in English).
const narrow: Record<string, Partial<BoxPlace>> = {
	question: { col: 0, row: 0, cols: 2, rows: 2 },
	'pick-bridge': { col: 0, row: 2, cols: 2 },
	'pick-overlay': { col: 0, row: 3 },
	'pick-container': { col: 1, row: 3 },
	'pick-macvlan': { col: 0, row: 4 },
	'pick-none': { col: 1, row: 4 },
	'pick-host': { col: 0, row: 5 },
	'avoid-default': { col: 1, row: 5 }
};

export const chooseView: ViewDef = {
	id: 'choose',
	title: L('선택', 'Choose'),
	summary: L(
		'노트의 질문에 대한 답을 판단 기준으로 정리했습니다. 상황마다 어떤 네트워크를 쓰는지 보여 줍니다.',
		'The answer to the note’s question as a decision guide: which network for which situation.'
	),
	layout: { kind: 'boxes', place, narrow },
	// Two short rows of cards: in the default 1200-unit frame a laptop drew their details at
	// 9–10 px with half the screen empty below; 900 units draw them a third larger.
	frameWidth: { wide: 900 },
	steps: [
		{
			narration: L(
				'노트의 질문에 대한 답은 상황에 따라 다르지만, 대부분의 경우는 첫 번째 답입니다. 같은 호스트의 컨테이너는 사용자 정의 브리지 네트워크에 두고(Compose는 기본으로 그렇게 합니다) 이름과 컨테이너 포트로 통신합니다.',
				"The answer to the note's question depends on the situation, but most of the time it is the first one: containers on one host go on a user-defined bridge network (Compose does this by default) and talk by name and container port."
			),
			highlight: ['question', 'pick-bridge']
		},
		{
			narration: L(
				'컨테이너가 여러 호스트에 흩어져 있으면 스웜에서 overlay 드라이버의 네트워크를 씁니다. 독립 컨테이너를 붙이려면 `--attachable`로 만듭니다.',
				'Containers spread over several hosts: a network of the overlay driver in a swarm, created `--attachable` for standalone containers.'
			),
			highlight: ['question', 'pick-overlay']
		},
		{
			narration: L(
				'사이드카나 디버깅 도구처럼 localhost를 공유해야 하면 `--network container:<이름>`으로 다른 컨테이너의 네트워크 네임스페이스에 합류합니다.',
				"A sidecar or debugging tool that must share localhost joins another container's network namespace with `--network container:<name>`."
			),
			highlight: ['question', 'pick-container']
		},
		{
			narration: L(
				'컨테이너가 LAN에 직접 연결된 장비처럼 보여야 하면 macvlan이나 ipvlan 드라이버를 씁니다. 네트워크 장비의 promiscuous 모드와 주소 관리가 따라오고, 컨테이너는 호스트 자신과 통신하지 못하며, 대부분의 클라우드와 Mac·Windows용 Docker Desktop에서는 macvlan을 쓸 수 없습니다.',
				'Containers that must look like machines on the LAN: the macvlan or ipvlan driver, with promiscuous mode on the networking equipment and address management to go with them; the containers cannot talk to their own host, and most clouds and Docker Desktop for Mac or Windows rule macvlan out.'
			),
			highlight: ['question', 'pick-macvlan']
		},
		{
			narration: L(
				'네트워크가 전혀 필요 없으면 none으로 완전히 격리하고, NAT 없는 성능이나 아주 넓은 포트 범위가 필요하면 Linux에서 host 모드를 씁니다. host 모드는 격리를 포기하고 포트 충돌을 감수하는 선택입니다.',
				'No network needed at all: none, for complete isolation. Raw performance without NAT or a huge range of ports: host mode on Linux, giving up isolation and accepting port clashes.'
			),
			highlight: ['question', 'pick-none', 'pick-host']
		},
		{
			narration: L(
				'아무것도 정하지 않으면 컨테이너는 기본 브리지에 붙습니다. 이름으로 찾을 수 없고 관계없는 컨테이너와 한 네트워크를 쓰게 되므로 피하십시오. `--link`도 레거시입니다.',
				'Choose nothing and the container lands on the default bridge: no names, and one network shared with unrelated containers. Avoid it; `--link` is legacy too.'
			),
			highlight: ['question', 'avoid-default']
		}
	]
};
