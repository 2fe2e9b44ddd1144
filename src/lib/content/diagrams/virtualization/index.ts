/**
 * Hosted (type 2) vs bare-metal (type 1) vs container (OS-level) virtualization, three stacks side by
 * side. Facts and sources: shared/reference/domain.md, section A4 (with fact-check rows C1–5, C11–20).
 * The note's own names for the three kinds are kept as group `noteName`s; what the note leaves out
 * (the type-2 hypervisor) or gets loose (containers share the kernel, not "the host OS") is drawn as
 * it really is.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { hostedNodes } from './nodes-hosted';
import { bareMetalNodes } from './nodes-bare-metal';
import { containerNodes } from './nodes-container';
import { edges } from './edges';
import { views } from './views';

export const virtualization: DiagramDef = {
	id: 'virtualization',
	title: {
		en: 'Host, hypervisor and container virtualization',
		ko: '호스트·하이퍼바이저·컨테이너 가상화'
	},
	summary: {
		en: 'Three ways to run isolated workloads on one machine: VMs on a hypervisor that runs on a host OS, VMs on a hypervisor that runs on bare hardware, and containers that share the host kernel.',
		ko: '한 대의 머신에서 격리된 작업을 실행하는 세 가지 방법: 호스트 OS 위 하이퍼바이저의 VM, 하드웨어 바로 위 하이퍼바이저의 VM, 그리고 호스트 커널을 공유하는 컨테이너.'
	},
	rows: [
		{ id: 'hardware', label: { en: 'Hardware', ko: '하드웨어' } },
		{ id: 'host-os', label: { en: 'Host OS / kernel', ko: '호스트 OS·커널' } },
		{ id: 'virt', label: { en: 'Virtualization', ko: '가상화 계층' } },
		{ id: 'unit', label: { en: 'VM / container', ko: 'VM·컨테이너' } },
		{ id: 'guest-kernel', label: { en: 'Guest kernel', ko: '게스트 커널' } },
		{ id: 'userland', label: { en: 'Libraries', ko: '라이브러리' } },
		{ id: 'apps', label: { en: 'Apps', ko: '앱' } }
	],
	groups: [
		{
			id: 'hosted',
			label: { en: 'Hosted virtualization (type 2)', ko: '호스트형 가상화 (타입 2)' },
			noteName: { en: 'host virtualization', ko: '호스트 가상화' }
		},
		{
			id: 'bare-metal',
			label: { en: 'Bare-metal virtualization (type 1)', ko: '베어메탈 가상화 (타입 1)' },
			noteName: { en: 'hypervisor virtualization', ko: '하이퍼바이저 가상화' }
		},
		{
			id: 'container',
			label: { en: 'Container (OS-level) virtualization', ko: '컨테이너 (OS 수준) 가상화' },
			noteName: { en: 'container virtualization', ko: '컨테이너 가상화' }
		}
	],
	nodes: [...hostedNodes, ...bareMetalNodes, ...containerNodes],
	edges,
	views,
	defaultView: 'compare',
	checked: [releases.nist125, releases.engine]
};
