/**
 * Nodes of the hosted (type 2) stack: hardware, host OS, a type-2 hypervisor beside ordinary host
 * apps, and VMs that each run a guest OS, its libraries and apps.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import {
	appsLabel,
	guestOsDetail,
	guestOsLabel,
	hardwareDetail,
	hardwareLabel,
	hardwareNotes,
	libsLabel,
	vmDetail,
	vmLabel
} from './labels';

export const hostedNodes: NodeDef[] = [
	{
		id: 'hosted-hardware',
		label: hardwareLabel,
		detail: hardwareDetail,
		tone: 'hardware',
		notes: hardwareNotes,
		about: {
			en: 'The physical machine: CPU, memory, storage and devices. In hosted virtualization the host OS owns it, and the hypervisor reaches it through that OS (VirtualBox, on a Linux host, through its own kernel module).',
			ko: 'CPU, 메모리, 저장 장치, 주변 장치로 이루어진 물리 머신입니다. 호스트형 가상화에서는 호스트 OS가 이를 관리하고, 하이퍼바이저는 그 OS를 거쳐 하드웨어를 씁니다(리눅스 호스트의 VirtualBox라면 자체 커널 모듈을 거쳐서).'
		},
		sources: [src.nist125, src.virtualbox, src.virtualboxVboxdrv],
		exitTo: ['bare-hardware', 'ctr-hardware']
	},
	{
		id: 'hosted-host-os',
		label: { en: 'Host OS', ko: '호스트 OS' },
		detail: { en: 'with its own kernel', ko: '자체 커널 포함' },
		tone: 'kernel',
		notes: ['software.os'],
		about: {
			en: 'An ordinary operating system (Windows, macOS, Linux…) with its own kernel, installed on the hardware. A type-2 hypervisor needs it: VirtualBox, its manual says, requires an existing OS to be installed.',
			ko: '하드웨어에 설치된, 자체 커널을 가진 일반 운영체제(Windows, macOS, Linux 등)입니다. 타입 2 하이퍼바이저는 이 OS가 있어야 동작합니다. VirtualBox 설명서도 기존 OS가 설치되어 있어야 한다고 말합니다.'
		},
		sources: [src.nist125, src.virtualbox],
		exitTo: ['ctr-kernel', 'bare-hypervisor']
	},
	{
		id: 'hosted-hypervisor',
		label: { en: 'Type-2 hypervisor', ko: '타입 2 하이퍼바이저' },
		detail: { en: 'e.g. VirtualBox', ko: '예: VirtualBox' },
		tone: 'hypervisor',
		notes: ['virt.definition', 'virt.hosted'],
		about: {
			en: "A hypervisor that runs on top of the host OS (NIST). VirtualBox, for one, is installed as an application, and on a Linux host it loads its own kernel module, `vboxdrv`, which its installer sets up. Examples are Oracle VirtualBox, which describes itself as a hosted hypervisor, also called type 2, and VMware Workstation; IBM lists both as type 2. The note's description of host virtualization leaves this layer out, but every hosted setup has one.",
			ko: 'NIST에 따르면 호스트 OS 위에서 동작하는 하이퍼바이저입니다. 예컨대 VirtualBox는 애플리케이션으로 설치되고, 리눅스 호스트에서는 설치 프로그램이 준비하는 자체 커널 모듈 `vboxdrv`를 올립니다. 예로는 스스로를 호스트형 하이퍼바이저, 곧 타입 2 하이퍼바이저라고 소개하는 Oracle VirtualBox와 VMware Workstation이 있으며, IBM도 둘 다 타입 2로 분류합니다. 노트의 호스트 가상화 설명에는 빠져 있지만, 호스트형 구성에는 항상 이 계층이 있습니다.'
		},
		sources: [src.nist125, src.virtualbox, src.virtualboxVboxdrv, src.ibmHypervisors],
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
			en: 'A virtual machine: simulated hardware (CPU, memory, disks, network cards) that the hypervisor presents. NIST defines virtualization as the simulation of the software and/or hardware upon which other software runs.',
			ko: '가상 머신은 하이퍼바이저가 제공하는 가상 하드웨어(CPU, 메모리, 디스크, 네트워크 카드)입니다. NIST는 가상화를 다른 소프트웨어가 실행되는 기반인 소프트웨어나 하드웨어를 시뮬레이션하는 것으로 정의합니다.'
		},
		sources: [src.nist125],
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
		sources: [src.manLibc, src.manSyscalls],
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
		sources: [src.manSyscalls, src.nist125],
		exitTo: ['ctr-apps', 'bare-apps']
	}
];
