/**
 * Nodes of the container (OS-level) stack: hardware, the shared host kernel, the container engine,
 * and containers that boot no kernel of their own.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { appsLabel, hardwareDetail, hardwareLabel, hardwareNotes, libsLabel } from './labels';

export const containerNodes: NodeDef[] = [
	{
		id: 'ctr-hardware',
		label: hardwareLabel,
		detail: hardwareDetail,
		tone: 'hardware',
		notes: hardwareNotes,
		about: {
			en: "The physical machine. Container code runs natively on its CPU, so an image must match the host's architecture: no linux/amd64 image on an arm64 host without emulation.",
			ko: '물리 머신입니다. 컨테이너 코드는 이 CPU에서 그대로 실행되므로 이미지가 호스트의 아키텍처와 맞아야 합니다. 에뮬레이션 없이는 arm64 호스트에서 linux/amd64 이미지를 실행할 수 없습니다.'
		},
		sources: [src.dockerMultiPlatform],
		related: [{ diagram: 'layers', view: 'refine', node: 'hardware' }],
		exitTo: ['hosted-hardware', 'bare-hardware']
	},
	{
		id: 'ctr-kernel',
		label: { en: 'Host kernel', ko: '호스트 커널' },
		detail: { en: 'shared · namespaces, cgroups', ko: '공유 · 네임스페이스, cgroup' },
		tone: 'kernel',
		// The note's namespace bullets are drawn (with their corrections) on the namespaces diagram.
		notes: ['virt.container'],
		related: [
			{ diagram: 'namespaces', view: 'types', node: 'ctr-set' },
			{ diagram: 'namespaces', view: 'cgroups', node: 'cg-root' },
			{ diagram: 'layers', view: 'refine', node: 'kernel-space' }
		],
		about: {
			en: 'The host\'s Linux kernel, shared by every container: "they all share the same kernel". Namespaces give each container its own view of PIDs, mounts, network and hostname; cgroups account for its CPU and memory use and can cap it.',
			ko: '모든 컨테이너가 공유하는 호스트의 리눅스 커널입니다. Docker 문서의 표현대로 "모두 같은 커널을 공유"합니다. 네임스페이스는 각 컨테이너가 PID, 마운트, 네트워크, 호스트 이름을 독립적으로 보게 하고, cgroup은 CPU와 메모리 사용량을 집계하고 제한할 수 있습니다.'
		},
		sources: [src.dockerContainer, src.manNamespaces, src.ociLinux],
		exitTo: ['hosted-host-os', 'bare-no-host-os']
	},
	{
		id: 'ctr-engine',
		label: { en: 'Container engine', ko: '컨테이너 엔진' },
		detail: { en: 'dockerd · containerd · shim', ko: 'dockerd · containerd · shim' },
		tone: 'engine',
		notes: ['docker.os-level', 'docker.paas', 'docker.paas-structure'],
		// The engine's inside (dockerd → containerd → shim → runc) is the runtime pipeline.
		related: [
			{ diagram: 'runtime', view: 'architecture', node: 'dockerd' },
			{ diagram: 'runtime', view: 'architecture', node: 'containerd' }
		],
		about: {
			en: "Unlike a hypervisor, it simulates no hardware, and it is not in the path of the containers' system calls. dockerd hands containers to containerd, which keeps one shim per container, the container's parent; runc runs only briefly to ask the kernel for namespaces and cgroups, start the process, and exit.",
			ko: '하이퍼바이저와 달리 하드웨어를 시뮬레이션하지 않으며, 컨테이너의 시스템 콜 경로에도 있지 않습니다. dockerd는 컨테이너를 containerd에 넘기고, containerd는 컨테이너마다 shim을 하나씩 두며, 그 shim이 컨테이너의 부모입니다. runc는 커널에 네임스페이스와 cgroup을 요청해 프로세스를 시작하는 잠깐 동안만 실행되고 종료합니다.'
		},
		sources: [src.dockerRuntimes, src.containerdRuntimeV2, src.runcTerminals],
		exitTo: ['hosted-hypervisor', 'bare-hypervisor']
	},
	{
		id: 'ctr-container',
		label: { en: 'Container', ko: '컨테이너' },
		detail: { en: 'isolated processes', ko: '격리된 프로세스' },
		tone: 'vm',
		shape: 'frame',
		copies: 2,
		// The note's wish to learn "the difference between a VM and Docker" (📖 before reading) is
		// this comparison: the compare view puts this container beside the VMs.
		notes: ['virt.container', 'docker.advantage', 'wish.compose-image'],
		// "Simply an isolated process": how such a process is made is the processes diagram.
		related: [{ diagram: 'processes', view: 'fork-exec', node: 'container-nginx' }],
		about: {
			en: 'A container is "simply an isolated process with all of the files it needs to run": host processes in their own namespaces and cgroup, with a root filesystem from an image. The image carries the app and its libraries, but its code must still suit the host\'s kernel and CPU (no Windows container on a Linux host).',
			ko: '컨테이너는 "실행에 필요한 모든 파일을 갖춘, 격리된 프로세스일 뿐"입니다. 자신만의 네임스페이스와 cgroup 안에 있는 호스트 프로세스이며, 루트 파일시스템은 이미지에서 옵니다. 이미지에 앱과 라이브러리가 들어 있어도, 코드는 여전히 호스트의 커널과 CPU에 맞아야 합니다(리눅스 호스트에서 Windows 컨테이너는 실행할 수 없음).'
		},
		sources: [src.dockerContainer, src.dockerOverview, src.dockerMultiPlatform],
		exitTo: ['hosted-vm', 'bare-vm']
	},
	{
		id: 'ctr-no-guest-kernel',
		label: { en: 'No guest kernel', ko: '게스트 커널 없음' },
		tone: 'guest',
		shape: 'ghost',
		copies: 2,
		about: {
			en: 'A container boots no kernel of its own. "A VM is an entire operating system with its own kernel", while containers "all share the same kernel" (Docker docs).',
			ko: '컨테이너는 자신의 커널을 부팅하지 않습니다. Docker 문서의 표현대로 "VM은 자체 커널을 가진 완전한 운영체제"인 반면, 컨테이너는 "모두 같은 커널을 공유"합니다.'
		},
		sources: [src.dockerContainer],
		exitTo: ['hosted-guest-os', 'bare-guest-os']
	},
	{
		id: 'ctr-userland',
		label: libsLabel,
		detail: { en: 'from the image', ko: '이미지에 포함' },
		tone: 'userland',
		copies: 2,
		notes: ['composition.layers'],
		about: {
			en: "User-space libraries, such as a C library, come from the container's image and may belong to a different distribution than the host's. They run inside the app's process; only the kernel is shared.",
			ko: 'C 라이브러리 같은 사용자 공간 라이브러리는 컨테이너 이미지에서 오며, 호스트와 다른 배포판의 것일 수도 있습니다. 앱 프로세스 안에서 실행되고, 공유되는 것은 커널뿐입니다.'
		},
		sources: [src.dockerContainer, src.manLibc],
		related: [
			{ diagram: 'layers', view: 'refine', node: 'user-space' },
			{ diagram: 'images', view: 'layers', node: 'layer-1' }
		],
		exitTo: ['hosted-guest-libs', 'bare-guest-libs']
	},
	{
		id: 'ctr-apps',
		label: appsLabel,
		tone: 'app',
		copies: 2,
		about: {
			en: 'The containerized applications run as ordinary host processes; their system calls go straight to the shared host kernel.',
			ko: '컨테이너 안의 애플리케이션은 일반 호스트 프로세스로 실행되며, 시스템 콜은 공유된 호스트 커널로 바로 갑니다.'
		},
		sources: [src.dockerContainer, src.manSyscalls],
		exitTo: ['hosted-apps', 'bare-apps']
	}
];
