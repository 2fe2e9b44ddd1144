/**
 * Hosted (type 2) vs bare-metal (type 1) vs container (OS-level) virtualization, three stacks side by
 * side. Facts and sources: shared/reference/domain.md, section A4 (with fact-check rows C1–5, C11–20).
 * The note's own names for the three kinds are kept as group `noteName`s; what the note leaves out
 * (the type-2 hypervisor) or gets loose (containers share the kernel, not "the host OS") is drawn as
 * it really is.
 */
import type { DiagramDef, SourceRef } from '../types';

const src = {
	nist125: { label: 'NIST SP 800-125', url: 'https://doi.org/10.6028/NIST.SP.800-125' },
	vbox: {
		label: 'Oracle VirtualBox User Manual, ch. 1',
		url: 'https://www.virtualbox.org/manual/'
	},
	xen: { label: 'Xen Project: the hypervisor', url: 'https://xenproject.org/projects/hypervisor/' },
	kvm: { label: 'KVM main page', url: 'https://linux-kvm.org/page/Main_Page' },
	redHatVm: {
		label: 'Red Hat: What is a virtual machine?',
		url: 'https://www.redhat.com/en/topics/virtualization/what-is-a-virtual-machine'
	},
	dockerContainer: {
		label: 'Docker docs: What is a container?',
		url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/'
	},
	dockerOverview: {
		label: 'Docker docs: Docker overview',
		url: 'https://docs.docker.com/get-started/docker-overview/'
	},
	dockerMultiPlatform: {
		label: 'Docker docs: Multi-platform builds',
		url: 'https://docs.docker.com/build/building/multi-platform/'
	},
	dockerDesktopLinux: {
		label: 'Docker docs: Why does Docker Desktop for Linux run a VM?',
		url: 'https://docs.docker.com/desktop/troubleshoot-and-support/faqs/linuxfaqs/'
	},
	dockerRuntimes: {
		label: 'Docker docs: Alternative container runtimes',
		url: 'https://docs.docker.com/engine/daemon/alternative-runtimes/'
	},
	containerdRuntimeV2: {
		label: 'containerd: Runtime v2',
		url: 'https://github.com/containerd/containerd/blob/main/docs/runtime-v2.md'
	},
	runcTerminals: {
		label: 'runc: Terminals and standard IO',
		url: 'https://github.com/opencontainers/runc/blob/main/docs/terminals.md'
	},
	ociLinux: {
		label: 'OCI runtime spec: Linux container configuration',
		url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md'
	},
	namespaces: {
		label: 'namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html'
	},
	syscalls: { label: 'syscalls(2)', url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html' },
	libc: { label: 'libc(7)', url: 'https://man7.org/linux/man-pages/man7/libc.7.html' }
} satisfies Record<string, SourceRef>;

const hardwareNotes = ['hardware.touch', 'hardware.cpu-ram'];
const hardwareLabel = { en: 'Hardware', ko: '하드웨어' };
const hardwareDetail = { en: 'CPU · memory · devices', ko: 'CPU · 메모리 · 장치' };
const vmLabel = { en: 'VM', ko: 'VM' };
const vmDetail = { en: 'virtual hardware', ko: '가상 하드웨어' };
const guestOsLabel = { en: 'Guest OS', ko: '게스트 OS' };
const guestOsDetail = { en: 'own kernel', ko: '자체 커널' };
const libsLabel = { en: 'Libraries', ko: '라이브러리' };
const appsLabel = { en: 'Apps', ko: '앱' };
const syscallLabel = { en: 'system calls', ko: '시스템 콜' };

export const virtualization: DiagramDef = {
	id: 'virtualization',
	title: {
		en: 'Host, hypervisor and container virtualization',
		ko: '호스트·하이퍼바이저·컨테이너 가상화'
	},
	summary: {
		en: 'Three ways to run isolated workloads on one machine: VMs on a hypervisor that runs on a host OS, VMs on a hypervisor that runs on bare hardware, and containers that share the host kernel.',
		ko: '한 대의 장치에서 격리된 작업을 돌리는 세 가지 방법: 호스트 OS 위 하이퍼바이저의 VM, 하드웨어 바로 위 하이퍼바이저의 VM, 그리고 호스트 커널을 공유하는 컨테이너.'
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
	nodes: [
		// ── Hosted (type 2) ──────────────────────────────────────────────────────────────────────
		{
			id: 'hosted-hardware',
			label: hardwareLabel,
			detail: hardwareDetail,
			tone: 'hardware',
			notes: hardwareNotes,
			about: {
				en: 'The physical machine: CPU, memory, storage and devices. In hosted virtualization the host OS owns it, and the hypervisor reaches it through that OS and its own kernel modules.',
				ko: 'CPU, 메모리, 저장 장치, 주변 장치로 이루어진 물리 장치입니다. 호스트형 가상화에서는 호스트 OS가 이를 관리하고, 하이퍼바이저는 그 OS와 자신의 커널 모듈을 거쳐 하드웨어를 씁니다.'
			},
			sources: [src.nist125, src.vbox],
			place: { stack: 'hosted', rows: ['hardware'] },
			exitTo: ['bare-hardware', 'ctr-hardware']
		},
		{
			id: 'hosted-host-os',
			label: { en: 'Host OS', ko: '호스트 OS' },
			detail: { en: 'with its own kernel', ko: '자체 커널 포함' },
			tone: 'kernel',
			notes: ['software.os'],
			about: {
				en: 'An ordinary operating system (Windows, macOS, Linux…) with its own kernel, installed on the hardware. A type-2 hypervisor needs it: VirtualBox "requires an existing OS to be installed".',
				ko: '하드웨어에 설치된, 자체 커널을 가진 일반 운영체제(Windows, macOS, Linux 등)입니다. 타입 2 하이퍼바이저는 이 OS가 있어야 동작합니다. VirtualBox 설명서는 "기존 OS가 설치되어 있어야 한다"고 말합니다.'
			},
			sources: [src.nist125, src.vbox],
			place: { stack: 'hosted', rows: ['host-os'] },
			exitTo: ['ctr-kernel', 'bare-hypervisor']
		},
		{
			id: 'hosted-hypervisor',
			label: { en: 'Type-2 hypervisor', ko: '타입 2 하이퍼바이저' },
			detail: { en: 'e.g. VirtualBox', ko: '예: VirtualBox' },
			tone: 'hypervisor',
			notes: ['virt.definition', 'virt.hosted'],
			about: {
				en: 'A hypervisor that "runs on top of the host OS" (NIST), as an application plus kernel modules; examples are Oracle VirtualBox, "a so-called hosted hypervisor, sometimes referred to as a type 2 hypervisor", and VMware Workstation. The note\'s description of host virtualization leaves this layer out, but every hosted setup has one.',
				ko: 'NIST의 표현대로 "호스트 OS 위에서 동작하는" 하이퍼바이저로, 애플리케이션과 커널 모듈 형태로 실행됩니다. 예로는 스스로를 "호스티드 하이퍼바이저, 타입 2 하이퍼바이저"라 부르는 Oracle VirtualBox와 VMware Workstation이 있습니다. 노트의 호스트 가상화 설명에는 빠져 있지만, 호스트형 구성에는 항상 이 계층이 있습니다.'
			},
			sources: [src.nist125, src.vbox],
			place: { stack: 'hosted', rows: ['virt'], span: [0, 8] },
			exitTo: ['bare-hypervisor', 'ctr-engine']
		},
		{
			id: 'hosted-host-apps',
			label: { en: 'Host apps', ko: '호스트 앱' },
			detail: { en: 'e.g. a browser', ko: '예: 브라우저' },
			tone: 'app',
			notes: ['software.program'],
			about: {
				en: 'Ordinary programs, such as a web browser, keep running on the host OS beside the hypervisor. NIST points out that hosted virtualization lets users run such applications alongside their VMs.',
				ko: '웹 브라우저 같은 일반 프로그램은 하이퍼바이저 옆에서 호스트 OS 위에 그대로 실행됩니다. NIST는 호스트형 가상화에서 사용자가 이런 애플리케이션을 VM과 함께 쓸 수 있다고 설명합니다.'
			},
			sources: [src.nist125],
			place: { stack: 'hosted', rows: ['virt', 'apps'], span: [8, 12] },
			exitTo: ['ctr-apps', 'bare-apps']
		},
		{
			id: 'hosted-vm',
			label: vmLabel,
			detail: vmDetail,
			tone: 'vm',
			shape: 'frame',
			copies: 2,
			about: {
				en: 'A virtual machine: simulated hardware (CPU, memory, disks, network cards) that the hypervisor presents. NIST defines virtualization as "the simulation of the software and/or hardware upon which other software runs".',
				ko: '가상 머신은 하이퍼바이저가 제공하는 가상 하드웨어(CPU, 메모리, 디스크, 네트워크 카드)입니다. NIST는 가상화를 "다른 소프트웨어가 실행되는 기반인 소프트웨어나 하드웨어를 시뮬레이션하는 것"으로 정의합니다.'
			},
			sources: [src.nist125],
			place: { stack: 'hosted', rows: ['unit', 'apps'], span: [0, 8] },
			exitTo: ['ctr-container', 'bare-vm']
		},
		{
			id: 'hosted-guest-os',
			label: guestOsLabel,
			detail: guestOsDetail,
			tone: 'guest',
			copies: 2,
			notes: ['virt.hosted'],
			about: {
				en: 'Each VM boots a complete guest operating system with its own kernel, separate from the host\'s: "A VM is an entire operating system with its own kernel" (Docker docs).',
				ko: '각 VM은 호스트와 별개인 자체 커널을 가진 게스트 운영체제를 통째로 부팅합니다. Docker 문서의 표현대로 "VM은 자체 커널을 가진 하나의 완전한 운영체제"입니다.'
			},
			sources: [src.dockerContainer, src.nist125],
			place: { stack: 'hosted', rows: ['guest-kernel'], span: [0, 8] },
			exitTo: ['bare-guest-os', 'ctr-kernel']
		},
		{
			id: 'hosted-guest-libs',
			label: libsLabel,
			detail: { en: 'guest user space', ko: '게스트 사용자 공간' },
			tone: 'userland',
			copies: 2,
			notes: ['composition.layers'],
			about: {
				en: "The guest OS's user-space libraries, such as its C library. They run inside each app's process and reach the guest kernel through system-call wrappers.",
				ko: 'C 라이브러리 같은 게스트 OS의 사용자 공간 라이브러리입니다. 각 앱의 프로세스 안에서 실행되며, 시스템 콜 래퍼를 통해 게스트 커널을 호출합니다.'
			},
			sources: [src.libc, src.syscalls],
			place: { stack: 'hosted', rows: ['userland'], span: [0, 8] },
			exitTo: ['ctr-userland', 'bare-guest-libs']
		},
		{
			id: 'hosted-apps',
			label: appsLabel,
			tone: 'app',
			copies: 2,
			about: {
				en: "Applications inside a VM. Their system calls go to the guest kernel, which itself runs on the VM's virtual hardware.",
				ko: 'VM 안의 애플리케이션입니다. 시스템 콜은 게스트 커널로 가고, 그 게스트 커널은 VM의 가상 하드웨어 위에서 동작합니다.'
			},
			sources: [src.syscalls, src.nist125],
			place: { stack: 'hosted', rows: ['apps'], span: [0, 8] },
			exitTo: ['ctr-apps', 'bare-apps']
		},

		// ── Bare metal (type 1) ──────────────────────────────────────────────────────────────────
		{
			id: 'bare-hardware',
			label: hardwareLabel,
			detail: hardwareDetail,
			tone: 'hardware',
			notes: hardwareNotes,
			about: {
				en: 'The physical machine, driven directly by the hypervisor. NIST notes that servers are most often virtualized this way, and desktops with hosted virtualization.',
				ko: '하이퍼바이저가 직접 다루는 물리 장치입니다. NIST에 따르면 서버는 대개 이 방식으로, 데스크톱은 호스트형 가상화로 가상화합니다.'
			},
			sources: [src.nist125],
			place: { stack: 'bare-metal', rows: ['hardware'] },
			exitTo: ['hosted-hardware', 'ctr-hardware']
		},
		{
			id: 'bare-no-host-os',
			label: { en: 'No host OS', ko: '호스트 OS 없음' },
			tone: 'kernel',
			shape: 'ghost',
			about: {
				en: 'Nothing sits between the hardware and the hypervisor: in bare-metal virtualization the hypervisor "runs directly on the underlying hardware, without a host OS" (NIST).',
				ko: '하드웨어와 하이퍼바이저 사이에 아무것도 없습니다. NIST의 표현대로 베어메탈 가상화에서 하이퍼바이저는 "호스트 OS 없이 하드웨어 위에서 직접 동작"합니다.'
			},
			sources: [src.nist125],
			place: { stack: 'bare-metal', rows: ['host-os'] },
			exitTo: ['hosted-host-os', 'ctr-kernel']
		},
		{
			id: 'bare-hypervisor',
			label: { en: 'Type-1 hypervisor', ko: '타입 1 하이퍼바이저' },
			detail: { en: 'Xen, ESXi, Hyper-V', ko: 'Xen, ESXi, Hyper-V' },
			tone: 'hypervisor',
			notes: ['virt.definition', 'virt.hypervisor'],
			about: {
				en: 'Runs directly on the hardware and shares it out among VMs; Xen calls itself "an open-source type-1 or baremetal hypervisor", and VMware ESXi and Microsoft Hyper-V are type 1 too. Xen still boots a privileged VM, domain 0, that holds the device drivers; KVM, which turns Linux itself into the hypervisor, is type 1 per Red Hat, but its classification is debated.',
				ko: '하드웨어 위에서 직접 동작하며 하드웨어를 여러 VM에 나눠 줍니다. Xen은 스스로를 "오픈소스 타입 1(베어메탈) 하이퍼바이저"라 부르고, VMware ESXi와 Microsoft Hyper-V도 타입 1입니다. 다만 Xen도 장치 드라이버를 가진 특권 VM(domain 0)을 띄우며, 리눅스 자체를 하이퍼바이저로 만드는 KVM은 Red Hat 기준 타입 1이지만 분류에 이견이 있습니다.'
			},
			sources: [src.nist125, src.xen, src.redHatVm],
			place: { stack: 'bare-metal', rows: ['virt'] },
			exitTo: ['hosted-hypervisor', 'ctr-engine']
		},
		{
			id: 'bare-vm',
			label: vmLabel,
			detail: vmDetail,
			tone: 'vm',
			shape: 'frame',
			copies: 2,
			about: {
				en: 'A virtual machine: simulated hardware that the type-1 hypervisor presents, isolated from the other VMs. In Xen these ordinary guests are the unprivileged domains (DomU).',
				ko: '타입 1 하이퍼바이저가 제공하는 가상 하드웨어로, 다른 VM과 격리되어 있습니다. Xen에서는 이런 일반 게스트를 비특권 도메인(DomU)이라고 부릅니다.'
			},
			sources: [src.nist125, src.xen],
			place: { stack: 'bare-metal', rows: ['unit', 'apps'] },
			exitTo: ['hosted-vm', 'ctr-container']
		},
		{
			id: 'bare-guest-os',
			label: guestOsLabel,
			detail: guestOsDetail,
			tone: 'guest',
			copies: 2,
			about: {
				en: 'Each VM boots its own guest operating system and kernel, just as in hosted virtualization; only what lies beneath the VMs differs.',
				ko: '호스트형 가상화와 똑같이 각 VM은 자체 커널을 가진 게스트 운영체제를 부팅합니다. 다른 점은 VM 아래에 무엇이 있느냐뿐입니다.'
			},
			sources: [src.dockerContainer, src.nist125],
			place: { stack: 'bare-metal', rows: ['guest-kernel'] },
			exitTo: ['hosted-guest-os', 'ctr-kernel']
		},
		{
			id: 'bare-guest-libs',
			label: libsLabel,
			detail: { en: 'guest user space', ko: '게스트 사용자 공간' },
			tone: 'userland',
			copies: 2,
			notes: ['composition.layers'],
			about: {
				en: "The guest OS's user-space libraries. They run inside each app's process and reach the guest kernel through system-call wrappers.",
				ko: '게스트 OS의 사용자 공간 라이브러리입니다. 각 앱의 프로세스 안에서 실행되며, 시스템 콜 래퍼를 통해 게스트 커널을 호출합니다.'
			},
			sources: [src.libc, src.syscalls],
			place: { stack: 'bare-metal', rows: ['userland'] },
			exitTo: ['hosted-guest-libs', 'ctr-userland']
		},
		{
			id: 'bare-apps',
			label: appsLabel,
			tone: 'app',
			copies: 2,
			about: {
				en: "Applications inside a VM. Their system calls go to that VM's guest kernel, not to the hypervisor.",
				ko: 'VM 안의 애플리케이션입니다. 시스템 콜은 하이퍼바이저가 아니라 그 VM의 게스트 커널로 갑니다.'
			},
			sources: [src.syscalls, src.nist125],
			place: { stack: 'bare-metal', rows: ['apps'] },
			exitTo: ['hosted-apps', 'ctr-apps']
		},

		// ── Container (OS-level) ─────────────────────────────────────────────────────────────────
		{
			id: 'ctr-hardware',
			label: hardwareLabel,
			detail: hardwareDetail,
			tone: 'hardware',
			notes: hardwareNotes,
			about: {
				en: "The physical machine. Container code runs natively on its CPU, so an image must match the host's architecture: no linux/amd64 image on an arm64 host without emulation.",
				ko: '물리 장치입니다. 컨테이너 코드는 이 CPU에서 그대로 실행되므로 이미지가 호스트의 아키텍처와 맞아야 합니다. 에뮬레이션 없이는 arm64 호스트에서 linux/amd64 이미지를 실행할 수 없습니다.'
			},
			sources: [src.dockerMultiPlatform],
			place: { stack: 'container', rows: ['hardware'] },
			exitTo: ['hosted-hardware', 'bare-hardware']
		},
		{
			id: 'ctr-kernel',
			label: { en: 'Host kernel', ko: '호스트 커널' },
			detail: { en: 'shared · namespaces, cgroups', ko: '공유 · 네임스페이스, cgroup' },
			tone: 'kernel',
			notes: ['virt.container', 'namespace.separate', 'namespace.identify'],
			about: {
				en: 'The host\'s Linux kernel, shared by every container: "they all share the same kernel". Namespaces give each container its own view of PIDs, mounts, network and hostname; cgroups account for its CPU and memory use and can cap it.',
				ko: '모든 컨테이너가 공유하는 호스트의 리눅스 커널입니다. Docker 문서의 표현대로 "모두 같은 커널을 공유"합니다. 네임스페이스는 각 컨테이너에 PID, 마운트, 네트워크, 호스트 이름에 대한 자신만의 시야를 주고, cgroup은 CPU와 메모리 사용량을 집계하고 제한할 수 있습니다.'
			},
			sources: [src.dockerContainer, src.namespaces, src.ociLinux],
			place: { stack: 'container', rows: ['host-os'] },
			exitTo: ['hosted-host-os', 'bare-no-host-os']
		},
		{
			id: 'ctr-engine',
			label: { en: 'Container engine', ko: '컨테이너 엔진' },
			detail: { en: 'dockerd · containerd · shim', ko: 'dockerd · containerd · shim' },
			tone: 'engine',
			notes: ['docker.os-level', 'docker.paas', 'docker.paas-structure'],
			about: {
				en: 'Unlike a hypervisor, it simulates no hardware. dockerd hands containers to containerd, which keeps one shim per container as its parent; runc runs only briefly to ask the kernel for namespaces and cgroups, start the process, and exit.',
				ko: '하이퍼바이저와 달리 하드웨어를 흉내 내지 않습니다. dockerd는 컨테이너를 containerd에 넘기고, containerd는 컨테이너마다 부모 역할을 하는 shim을 하나씩 둡니다. runc는 커널에 네임스페이스와 cgroup을 요청해 프로세스를 시작하는 잠깐 동안만 실행되고 종료합니다.'
			},
			sources: [src.dockerRuntimes, src.containerdRuntimeV2, src.runcTerminals],
			place: { stack: 'container', rows: ['virt'] },
			exitTo: ['hosted-hypervisor', 'bare-hypervisor']
		},
		{
			id: 'ctr-container',
			label: { en: 'Container', ko: '컨테이너' },
			detail: { en: 'isolated processes', ko: '격리된 프로세스' },
			tone: 'vm',
			shape: 'frame',
			copies: 2,
			notes: ['virt.container', 'docker.advantage'],
			about: {
				en: 'A container is "simply an isolated process with all of the files it needs to run": host processes in their own namespaces and cgroup, with a root filesystem from an image. The image carries the app and its libraries, but its code must still suit the host\'s kernel and CPU (no Windows container on a Linux host).',
				ko: '컨테이너는 "실행에 필요한 모든 파일을 갖춘, 격리된 프로세스일 뿐"입니다. 자신만의 네임스페이스와 cgroup 안에 있는 호스트 프로세스이며, 루트 파일 시스템은 이미지에서 옵니다. 이미지에 앱과 라이브러리가 들어 있어도, 코드는 여전히 호스트의 커널과 CPU에 맞아야 합니다(리눅스 호스트에서 Windows 컨테이너는 실행할 수 없음).'
			},
			sources: [src.dockerContainer, src.dockerOverview, src.dockerMultiPlatform],
			place: { stack: 'container', rows: ['unit', 'apps'] },
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
			place: { stack: 'container', rows: ['guest-kernel'] },
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
			sources: [src.dockerContainer, src.libc],
			place: { stack: 'container', rows: ['userland'] },
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
			sources: [src.dockerContainer, src.syscalls],
			place: { stack: 'container', rows: ['apps'] },
			exitTo: ['hosted-apps', 'bare-apps']
		}
	],
	edges: [
		{
			id: 'hosted-syscalls',
			from: 'hosted-apps',
			to: 'hosted-guest-os',
			label: syscallLabel,
			style: 'dashed',
			about: {
				en: "An app in a VM makes system calls to its guest kernel; the guest kernel in turn drives the VM's virtual hardware.",
				ko: 'VM 안의 앱은 게스트 커널에 시스템 콜을 하고, 게스트 커널은 다시 VM의 가상 하드웨어를 다룹니다.'
			},
			sources: [src.syscalls, src.nist125]
		},
		{
			id: 'bare-syscalls',
			from: 'bare-apps',
			to: 'bare-guest-os',
			label: syscallLabel,
			style: 'dashed',
			about: {
				en: "An app in a VM makes system calls to its guest kernel; the guest kernel in turn drives the VM's virtual hardware.",
				ko: 'VM 안의 앱은 게스트 커널에 시스템 콜을 하고, 게스트 커널은 다시 VM의 가상 하드웨어를 다룹니다.'
			},
			sources: [src.syscalls, src.nist125]
		},
		{
			id: 'ctr-syscalls',
			from: 'ctr-apps',
			to: 'ctr-kernel',
			label: syscallLabel,
			style: 'dashed',
			about: {
				en: 'A container\'s process is a host process, so its system calls, "the fundamental interface between an application and the Linux kernel", go straight to the shared host kernel, with no virtual hardware in between.',
				ko: '컨테이너의 프로세스는 호스트 프로세스이므로, "애플리케이션과 리눅스 커널 사이의 기본 인터페이스"인 시스템 콜이 가상 하드웨어를 거치지 않고 공유된 호스트 커널로 바로 갑니다.'
			},
			sources: [src.dockerContainer, src.syscalls]
		}
	],
	views: [
		{
			id: 'compare',
			title: { en: 'Compare all three', ko: '세 방식 비교' },
			summary: {
				en: 'The three stacks side by side, compared layer by layer from the hardware up.',
				ko: '세 가지 스택을 나란히 놓고 하드웨어부터 한 층씩 비교합니다.'
			},
			layout: { kind: 'stacks', stacks: ['hosted', 'bare-metal', 'container'] },
			steps: [
				{
					narration: {
						en: 'All three start from the same kind of physical machine: CPU, memory, storage and devices. What differs is what sits on top of it.',
						ko: '세 방식 모두 같은 종류의 물리 장치(CPU, 메모리, 저장 장치, 주변 장치)에서 출발합니다. 다른 것은 그 위에 무엇이 올라가느냐입니다.'
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
						ko: '가상화 계층: 두 하이퍼바이저는 가상 하드웨어, 즉 VM을 제공합니다. 컨테이너 엔진은 하드웨어를 흉내 내지 않고, 커널이 일반 프로세스에 네임스페이스와 cgroup을 씌우게 합니다.'
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
			layout: { kind: 'stacks', stacks: ['hosted'] },
			steps: [
				{
					narration: {
						en: 'Start with the physical machine: CPU, memory, storage and devices.',
						ko: '물리 장치에서 시작합니다: CPU, 메모리, 저장 장치, 주변 장치.'
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
						en: "A type-2 hypervisor such as VirtualBox runs on the host OS as an app plus kernel modules, beside ordinary apps. The note's 'host virtualization' leaves this layer out.",
						ko: "VirtualBox 같은 타입 2 하이퍼바이저가 일반 앱들 옆에서 애플리케이션과 커널 모듈로 호스트 OS 위에 동작합니다. 노트의 '호스트 가상화' 설명에는 이 계층이 빠져 있습니다."
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
			layout: { kind: 'stacks', stacks: ['bare-metal'] },
			steps: [
				{
					narration: {
						en: 'Start with the physical machine. Servers are most often virtualized this way.',
						ko: '물리 장치에서 시작합니다. 서버는 대개 이 방식으로 가상화합니다.'
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
						ko: '하이퍼바이저는 장치를 여러 VM으로 나누고 각 VM에 가상 하드웨어를 줍니다. Xen은 장치 드라이버를 가진 특권 VM인 domain 0도 함께 띄웁니다.'
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
			layout: { kind: 'stacks', stacks: ['container'] },
			steps: [
				{
					narration: {
						en: 'Start with the physical machine. Container code will run on its CPU natively, so images must match its architecture (short of emulation).',
						ko: '물리 장치에서 시작합니다. 컨테이너 코드는 이 CPU에서 그대로 실행되므로 에뮬레이션을 쓰지 않는 한 이미지가 CPU 아키텍처와 맞아야 합니다.'
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
						ko: '엔진은 하드웨어를 흉내 내지 않습니다. dockerd가 컨테이너를 containerd에 넘기고, containerd는 컨테이너마다 shim을 하나씩 둡니다. runc는 컨테이너를 준비하는 잠깐 동안만 실행되고 종료합니다.'
					},
					reveal: ['ctr-engine'],
					highlight: ['ctr-engine']
				},
				{
					narration: {
						en: "Each container is a group of isolated host processes, with no guest kernel to boot. This is the note's 'container virtualization'.",
						ko: "각 컨테이너는 격리된 호스트 프로세스들이며, 부팅할 게스트 커널이 없습니다. 노트의 '컨테이너 가상화'가 이것입니다."
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
	],
	defaultView: 'compare'
};
