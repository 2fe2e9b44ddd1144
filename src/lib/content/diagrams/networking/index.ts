/**
 * Docker networking: the answer to the note's one question ("어떤 방법으로 컨테이너 간 통신을
 * 진행하는게 좋을까요?"). Facts, modes and the recommended answer follow shared/reference/domain.md
 * section E; the default view is the answer itself, the last view the answer as a decision guide.
 */
import type { DiagramDef, ViewDef } from '../../types';
import { releases } from '../../releases';
import { hostNodes } from './nodes-host';
import { containerNodes } from './nodes-containers';
import { modeNodes } from './nodes-modes';
import { overlayNodes } from './nodes-overlay';
import { chooseNodes } from './nodes-choose';
import { composeEdges, composeNodes } from './nodes-compose';
import { bridgeEdges } from './edges-bridge';
import { modeEdges } from './edges-modes';
import { defaultBridgeView, userBridgeView } from './views-bridge';
import { publishView } from './views-publish';
import { containerView, hostView, noneView } from './views-modes';
import { overlayView } from './views-overlay';
import { chooseView } from './views-choose';
import { composeView } from './views-compose';

/**
 * A highlighted box is highlighted with everything drawn inside it: a namespace is about its
 * interfaces and processes too (and a dimmed child under a highlighted frame would be hard to see).
 */
function withContents(view: ViewDef): ViewDef {
	const layout = view.layout;
	if (layout.kind !== 'boxes') return view;
	const inside = (id: string, frame: string): boolean => {
		const parent = layout.place[id]?.in;
		return parent === frame || (parent !== undefined && inside(parent, frame));
	};
	const expand = (ids: string[]) => [
		...new Set([
			...ids,
			...Object.keys(layout.place).filter((id) => ids.some((f) => inside(id, f)))
		])
	];
	return {
		...view,
		steps: view.steps.map((s) => (s.highlight ? { ...s, highlight: expand(s.highlight) } : s))
	};
}

export const networking: DiagramDef = {
	id: 'networking',
	title: { ko: '컨테이너 네트워킹', en: 'Container networking' },
	summary: {
		ko: '노트의 질문 "어떤 방법으로 컨테이너 간 통신을 진행하는게 좋을까요?"에 대한 답입니다. 노트의 "네트워크 모드"는 Docker의 네트워크 드라이버와 `container:` 모드입니다. 사용자 정의 브리지, 기본 브리지, 포트 게시, host·none 드라이버, container: 모드, overlay 드라이버에서 패킷이 홉마다 어디를 지나는지 보여 줍니다.',
		en: 'The answer to the note’s question, "which approach is a good one for getting containers to talk to each other?" (the note’s "network modes" are Docker’s network drivers and the `container:` mode): where a packet goes, hop by hop, on a user-defined bridge, the default bridge, with published ports, with the host and none drivers, in container: mode and on an overlay network.'
	},
	groups: [],
	nodes: [
		...hostNodes,
		...containerNodes,
		...modeNodes,
		...overlayNodes,
		...chooseNodes,
		...composeNodes
	],
	edges: [...bridgeEdges, ...modeEdges, ...composeEdges],
	views: [
		userBridgeView,
		composeView,
		defaultBridgeView,
		publishView,
		hostView,
		noneView,
		containerView,
		overlayView,
		chooseView
	].map(withContents),
	defaultView: 'user-bridge',
	checked: [releases.engine, releases.dockerDocs]
};
