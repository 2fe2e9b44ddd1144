/**
 * What actually isolates a container: Linux namespaces (what a process can see) and cgroups (what it
 * can use). Facts: shared/reference/domain.md A3 (with its correction that unshare(2) with a PID
 * namespace moves only the caller's next children), fact-check rows C11 and C12, and the primary
 * sources cited on each node: namespaces(7), pid_namespaces(7), cgroups(7), the kernel's cgroup v2
 * documentation and Docker's run and resource-constraints references.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { typeNodes, setNodes } from './nodes-types';
import { pidNodes } from './nodes-pid';
import { lifecycleNodes } from './nodes-lifecycle';
import { cgroupNodes } from './nodes-cgroups';
import { edges } from './edges';
import { typesView } from './view-types';
import { pidView } from './view-pid';
import { lifecycleView } from './view-lifecycle';
import { cgroupsView } from './view-cgroups';
import { dockerView } from './view-docker';

export const namespaces: DiagramDef = {
	id: 'namespaces',
	title: {
		en: 'What isolates a container: namespaces and cgroups',
		ko: '컨테이너를 격리하는 것: 네임스페이스와 cgroup'
	},
	summary: {
		en: 'A container is ordinary processes in their own Linux namespaces, which change what they can see, and in their own cgroup, which limits what they can use.',
		ko: '컨테이너는 자신만의 리눅스 네임스페이스(무엇을 볼 수 있는지를 바꿈)와 자신만의 cgroup(얼마나 쓸 수 있는지를 제한함) 안에 있는 평범한 프로세스입니다.'
	},
	groups: [],
	nodes: [...typeNodes, ...setNodes, ...pidNodes, ...lifecycleNodes, ...cgroupNodes],
	edges,
	views: [typesView, pidView, lifecycleView, cgroupsView, dockerView],
	defaultView: 'types',
	checked: [releases.engine, releases.runc, releases.manPages]
};
