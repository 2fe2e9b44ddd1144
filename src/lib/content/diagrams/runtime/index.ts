/**
 * The Docker runtime pipeline: docker CLI → dockerd → containerd → containerd-shim → runc → container.
 * Nodes, edges, transports and lifetimes follow shared/reference/domain.md A5 (with its resilience
 * notes and process tree); the `docker-run` steps follow section B (`docker run -d nginx`); the
 * note's claims about these components are checked in section C, rows 21–32.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { nodes } from './nodes';
import { edges } from './edges';
import { views } from './views';

export const runtime: DiagramDef = {
	id: 'runtime',
	title: { ko: '도커 런타임 파이프라인', en: 'Docker runtime pipeline' },
	summary: {
		ko: 'docker CLI에서 실행 중인 컨테이너까지: dockerd, containerd, containerd-shim, runc가 각각 실제로 무슨 일을 하고 무엇으로 통신하는지 보여 줍니다.',
		en: 'From the docker CLI to a running container: what dockerd, containerd, containerd-shim and runc each really do, and how they talk to each other.'
	},
	groups: [],
	nodes,
	edges,
	views,
	defaultView: 'architecture',
	checked: [releases.engine, releases.containerd, releases.runc, releases.ociSpec]
};
