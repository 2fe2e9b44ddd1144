/**
 * Views of the virtualization diagram: the three stacks compared layer by layer, then each stack
 * built from the bottom up on its own.
 */
import type { ViewDef } from '../../types';
import { stackPlaces } from './places';

export const views: ViewDef[] = [
	{
		id: 'compare',
		title: { en: 'Compare all three', ko: '세 방식 비교' },
		summary: {
			en: 'The three stacks side by side, compared layer by layer from the hardware up.',
			ko: '세 가지 스택을 나란히 놓고 하드웨어부터 한 층씩 비교합니다.'
		},
		layout: { kind: 'stacks', stacks: ['hosted', 'bare-metal', 'container'], place: stackPlaces },
		steps: [
			{
				narration: {
					en: 'All three start from the same kind of physical machine: CPU, memory, storage and devices. What differs is what sits on top of it.',
					ko: '세 방식 모두 같은 종류의 물리 머신(CPU, 메모리, 저장 장치, 주변 장치)에서 출발합니다. 다른 것은 그 위에 무엇이 올라가느냐입니다.'
				},
				highlight: ['hosted-hardware', 'bare-hardware', 'ctr-hardware']
			},
			{
				narration: {
					en: "On the hardware: hosted virtualization runs a normal host OS; bare metal has no host OS, so the type-1 hypervisor sits right on the hardware; containers use the host's own kernel.",
					ko: '하드웨어 바로 위: 호스트형은 일반 호스트 OS를 둡니다. 베어메탈에는 호스트 OS가 없어 타입 1 하이퍼바이저가 하드웨어 위에 바로 놓입니다. 컨테이너는 호스트 자신의 커널을 씁니다.'
				},
				highlight: ['hosted-host-os', 'bare-no-host-os', 'bare-hypervisor', 'ctr-kernel']
			},
			{
				narration: {
					en: 'The virtualization layer: both hypervisors present simulated hardware, the VMs. The container engine simulates none; it has the kernel set up namespaces and cgroups around ordinary processes.',
					ko: '가상화 계층: 두 하이퍼바이저는 가상 하드웨어, 즉 VM을 제공합니다. 컨테이너 엔진은 하드웨어를 시뮬레이션하지 않고, 커널이 일반 프로세스에 네임스페이스와 cgroup을 적용하게 합니다.'
				},
				highlight: [
					'hosted-hypervisor',
					'bare-hypervisor',
					'ctr-engine',
					'hosted-vm',
					'bare-vm',
					'ctr-container'
				]
			},
			{
				narration: {
					en: 'Each VM boots a whole guest OS with its own kernel. Containers boot no kernel at all: every container shares the one host kernel below.',
					ko: '각 VM은 자체 커널을 가진 게스트 OS를 통째로 부팅합니다. 컨테이너는 커널을 전혀 부팅하지 않고, 모든 컨테이너가 아래의 호스트 커널 하나를 공유합니다.'
				},
				highlight: ['hosted-guest-os', 'bare-guest-os', 'ctr-no-guest-kernel', 'ctr-kernel']
			},
			{
				narration: {
					en: "All three ship their own user-space libraries with the apps. A VM's app calls its guest kernel; a container's app makes system calls straight into the shared host kernel.",
					ko: '세 방식 모두 앱과 함께 자신만의 사용자 공간 라이브러리를 갖습니다. VM의 앱은 게스트 커널을 호출하고, 컨테이너의 앱은 공유된 호스트 커널에 곧바로 시스템 콜을 합니다.'
				},
				highlight: [
					'hosted-guest-libs',
					'hosted-apps',
					'bare-guest-libs',
					'bare-apps',
					'ctr-userland',
					'ctr-apps',
					'ctr-kernel'
				],
				edges: ['ctr-syscalls']
			}
		]
	},
	{
		id: 'hosted',
		title: { en: 'Hosted (type 2)', ko: '호스트형 (타입 2)' },
		summary: {
			en: 'A hosted stack built from the bottom up: hardware, host OS, a type-2 hypervisor, then VMs that each run a guest OS.',
			ko: '호스트형 스택을 아래부터 쌓습니다: 하드웨어, 호스트 OS, 타입 2 하이퍼바이저, 그리고 각자 게스트 OS를 실행하는 VM.'
		},
		layout: { kind: 'stacks', stacks: ['hosted'], place: stackPlaces },
		steps: [
			{
				narration: {
					en: 'Start with the physical machine: CPU, memory, storage and devices.',
					ko: '물리 머신에서 시작합니다: CPU, 메모리, 저장 장치, 주변 장치.'
				},
				highlight: ['hosted-hardware']
			},
			{
				narration: {
					en: 'A normal operating system with its own kernel is installed on it: the host OS. Desktops are most often virtualized this way.',
					ko: '그 위에 자체 커널을 가진 일반 운영체제, 즉 호스트 OS가 설치됩니다. 데스크톱은 대개 이 방식으로 가상화합니다.'
				},
				reveal: ['hosted-host-os'],
				highlight: ['hosted-host-os']
			},
			{
				narration: {
					en: "A type-2 hypervisor such as VirtualBox runs on the host OS, beside ordinary apps: installed as an application, with a kernel module of its own on Linux hosts. The note's 'host virtualization' leaves this layer out.",
					ko: "VirtualBox 같은 타입 2 하이퍼바이저는 일반 앱과 나란히 호스트 OS 위에서 동작합니다. 애플리케이션으로 설치되며, 리눅스 호스트에서는 자체 커널 모듈도 씁니다. 노트의 '호스트 가상화' 설명에는 이 계층이 빠져 있습니다."
				},
				reveal: ['hosted-hypervisor', 'hosted-host-apps'],
				highlight: ['hosted-hypervisor', 'hosted-host-apps']
			},
			{
				narration: {
					en: 'The hypervisor gives each VM simulated hardware, and each VM boots a complete guest OS with its own kernel.',
					ko: '하이퍼바이저는 VM마다 가상 하드웨어를 제공하고, 각 VM은 자체 커널을 가진 게스트 OS를 통째로 부팅합니다.'
				},
				reveal: ['hosted-vm', 'hosted-guest-os'],
				highlight: ['hosted-vm', 'hosted-guest-os']
			},
			{
				narration: {
					en: "Inside each VM, libraries and apps run on the guest OS. Their system calls go to the guest kernel, not to the host's.",
					ko: '각 VM 안에서 라이브러리와 앱이 게스트 OS 위에 실행됩니다. 시스템 콜은 호스트 커널이 아니라 게스트 커널로 갑니다.'
				},
				reveal: ['hosted-guest-libs', 'hosted-apps'],
				highlight: ['hosted-guest-libs', 'hosted-apps', 'hosted-guest-os'],
				edges: ['hosted-syscalls']
			}
		]
	},
	{
		id: 'bare-metal',
		title: { en: 'Bare metal (type 1)', ko: '베어메탈 (타입 1)' },
		summary: {
			en: 'A bare-metal stack built from the bottom up: a type-1 hypervisor right on the hardware, with no host OS, and VMs that each run a guest OS.',
			ko: '베어메탈 스택을 아래부터 쌓습니다: 호스트 OS 없이 하드웨어 바로 위의 타입 1 하이퍼바이저, 그리고 각자 게스트 OS를 실행하는 VM.'
		},
		layout: { kind: 'stacks', stacks: ['bare-metal'], place: stackPlaces },
		steps: [
			{
				narration: {
					en: 'Start with the physical machine. Servers are most often virtualized this way.',
					ko: '물리 머신에서 시작합니다. 서버는 대개 이 방식으로 가상화합니다.'
				},
				highlight: ['bare-hardware']
			},
			{
				narration: {
					en: "No host OS: a type-1 hypervisor such as Xen, VMware ESXi or Hyper-V runs directly on the hardware. This is the note's 'hypervisor virtualization', though type 2 is a hypervisor too.",
					ko: "호스트 OS가 없습니다. Xen, VMware ESXi, Hyper-V 같은 타입 1 하이퍼바이저가 하드웨어 위에서 바로 동작합니다. 노트의 '하이퍼바이저 가상화'가 이것이지만, 타입 2도 하이퍼바이저입니다."
				},
				reveal: ['bare-no-host-os', 'bare-hypervisor'],
				highlight: ['bare-no-host-os', 'bare-hypervisor']
			},
			{
				narration: {
					en: 'The hypervisor divides the machine into VMs, each with simulated hardware. Xen also boots a privileged VM, domain 0, that holds the device drivers.',
					ko: '하이퍼바이저는 머신을 여러 VM으로 나누고 각 VM에 가상 하드웨어를 제공합니다. Xen은 장치 드라이버를 가진 특권 VM인 domain 0도 함께 띄웁니다.'
				},
				reveal: ['bare-vm'],
				highlight: ['bare-vm']
			},
			{
				narration: {
					en: 'Each VM boots its own guest OS and kernel, exactly as in the hosted stack.',
					ko: '호스트형 스택과 똑같이, 각 VM은 자체 커널을 가진 게스트 OS를 부팅합니다.'
				},
				reveal: ['bare-guest-os'],
				highlight: ['bare-guest-os']
			},
			{
				narration: {
					en: "Libraries and apps run inside each guest. Their system calls go to that VM's own kernel.",
					ko: '라이브러리와 앱은 각 게스트 안에서 실행됩니다. 시스템 콜은 그 VM 자신의 커널로 갑니다.'
				},
				reveal: ['bare-guest-libs', 'bare-apps'],
				highlight: ['bare-guest-libs', 'bare-apps', 'bare-guest-os'],
				edges: ['bare-syscalls']
			}
		]
	},
	{
		id: 'container',
		title: { en: 'Container (OS-level)', ko: '컨테이너 (OS 수준)' },
		summary: {
			en: 'A container stack built from the bottom up: one shared host kernel, the engine, and containers that are isolated host processes with no kernel of their own.',
			ko: '컨테이너 스택을 아래부터 쌓습니다: 공유된 호스트 커널 하나, 엔진, 그리고 자체 커널 없이 격리된 호스트 프로세스인 컨테이너.'
		},
		layout: { kind: 'stacks', stacks: ['container'], place: stackPlaces },
		steps: [
			{
				narration: {
					en: 'Start with the physical machine. Container code will run on its CPU natively, so images must match its architecture (short of emulation).',
					ko: '물리 머신에서 시작합니다. 컨테이너 코드는 이 CPU에서 그대로 실행되므로 에뮬레이션을 쓰지 않는 한 이미지가 CPU 아키텍처와 맞아야 합니다.'
				},
				highlight: ['ctr-hardware']
			},
			{
				narration: {
					en: "The host's Linux kernel runs on the hardware. Every container will share it, and it does the isolating: namespaces limit what a process sees, cgroups can cap how much it uses.",
					ko: '하드웨어 위에서 호스트의 리눅스 커널이 동작합니다. 모든 컨테이너가 이 커널을 공유하고, 격리도 커널이 맡습니다. 네임스페이스는 보이는 범위를 나누고, cgroup은 쓰는 양을 제한할 수 있습니다.'
				},
				reveal: ['ctr-kernel'],
				highlight: ['ctr-kernel']
			},
			{
				narration: {
					en: 'The engine simulates no hardware. dockerd hands containers to containerd, which keeps one shim per container; runc runs only briefly to set each one up, then exits.',
					ko: '엔진은 하드웨어를 시뮬레이션하지 않습니다. dockerd가 컨테이너를 containerd에 넘기고, containerd는 컨테이너마다 shim을 하나씩 둡니다. runc는 컨테이너를 준비하는 잠깐 동안만 실행되고 종료합니다.'
				},
				reveal: ['ctr-engine'],
				highlight: ['ctr-engine']
			},
			{
				narration: {
					en: "Each container is a group of isolated host processes, with no guest kernel to boot. This is the note's 'container virtualization'.",
					ko: "각 컨테이너는 격리된 호스트 프로세스의 묶음이며, 부팅할 게스트 커널이 없습니다. 노트의 '컨테이너 가상화'가 이것입니다."
				},
				reveal: ['ctr-container', 'ctr-no-guest-kernel'],
				highlight: ['ctr-container', 'ctr-no-guest-kernel']
			},
			{
				narration: {
					en: 'The image supplies the libraries and the app, possibly from another distribution. The app makes system calls straight into the shared host kernel, with no virtual hardware between.',
					ko: '라이브러리와 앱은 이미지가 제공하며, 다른 배포판의 것일 수도 있습니다. 앱은 가상 하드웨어를 거치지 않고 공유된 호스트 커널에 곧바로 시스템 콜을 합니다.'
				},
				reveal: ['ctr-userland', 'ctr-apps'],
				highlight: ['ctr-userland', 'ctr-apps', 'ctr-kernel'],
				edges: ['ctr-syscalls']
			}
		]
	}
];
