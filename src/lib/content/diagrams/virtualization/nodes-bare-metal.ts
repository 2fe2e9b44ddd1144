/**
 * Nodes of the bare-metal (type 1) stack: hardware, no host OS, a type-1 hypervisor, and VMs that
 * each run a guest OS, its libraries and apps.
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

export const bareMetalNodes: NodeDef[] = [
	{
		id: 'bare-hardware',
		label: hardwareLabel,
		detail: hardwareDetail,
		tone: 'hardware',
		notes: hardwareNotes,
		about: {
			en: 'The physical machine; the hypervisor runs directly on it. NIST notes that servers are most often virtualized this way, and desktops with hosted virtualization.',
			ko: '하이퍼바이저가 바로 위에서 동작하는 물리 머신입니다. NIST에 따르면 서버는 대개 이 방식으로, 데스크톱은 호스트형 가상화로 가상화합니다.'
		},
		sources: [src.nist125],
		exitTo: ['hosted-hardware', 'ctr-hardware']
	},
	{
		id: 'bare-no-host-os',
		label: { en: 'No host OS', ko: '호스트 OS 없음' },
		tone: 'kernel',
		shape: 'ghost',
		about: {
			en: 'Nothing sits between the hardware and the hypervisor: in bare-metal virtualization, NIST says, the hypervisor runs directly on the underlying hardware, without a host OS.',
			ko: '하드웨어와 하이퍼바이저 사이에 아무것도 없습니다. NIST에 따르면 베어메탈 가상화에서 하이퍼바이저는 호스트 OS 없이 하드웨어 위에서 직접 동작합니다.'
		},
		sources: [src.nist125],
		exitTo: ['hosted-host-os', 'ctr-kernel']
	},
	{
		id: 'bare-hypervisor',
		label: { en: 'Type-1 hypervisor', ko: '타입 1 하이퍼바이저' },
		detail: { en: 'Xen, ESXi, Hyper-V', ko: 'Xen, ESXi, Hyper-V' },
		tone: 'hypervisor',
		notes: ['virt.definition', 'virt.hypervisor'],
		about: {
			en: 'Runs directly on the hardware and shares it out among VMs. Xen describes itself as an open-source type-1 or bare-metal hypervisor; VMware ESXi (per IBM) and Microsoft Hyper-V (per Microsoft) are type 1 too. Xen still boots a privileged VM, domain 0, that holds the device drivers. KVM, a set of kernel modules that turns Linux itself into the hypervisor, is type 1 per Red Hat, but its classification is debated.',
			ko: '하드웨어 위에서 직접 동작하며 하드웨어를 여러 VM에 나눠 줍니다. Xen은 스스로를 오픈소스 타입 1(베어메탈) 하이퍼바이저라고 소개하고, VMware ESXi(IBM의 분류)와 Microsoft Hyper-V(Microsoft의 설명)도 타입 1입니다. 다만 Xen도 장치 드라이버를 가진 특권 VM(domain 0)을 띄웁니다. 커널 모듈로 리눅스 자체를 하이퍼바이저로 만드는 KVM은 Red Hat 기준 타입 1이지만 분류에 이견이 있습니다.'
		},
		sources: [src.nist125, src.xen, src.ibmHypervisors, src.msHyperV, src.kvm, src.redHatVm],
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
		sources: [src.manLibc, src.manSyscalls],
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
		sources: [src.manSyscalls, src.nist125],
		exitTo: ['hosted-apps', 'ctr-apps']
	}
];
