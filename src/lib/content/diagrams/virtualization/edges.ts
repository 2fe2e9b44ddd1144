/** Edges of the virtualization diagram: each stack's apps making system calls to their kernel. */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

const syscallLabel = { en: 'system calls', ko: '시스템 콜' };

export const edges: EdgeDef[] = [
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
		sources: [src.manSyscalls, src.nist125]
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
		sources: [src.manSyscalls, src.nist125]
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
		sources: [src.dockerContainer, src.manSyscalls]
	}
];
