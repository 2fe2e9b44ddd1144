/** Edges of the processes diagram: the system calls that make and run processes, and scheduling. */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

const schedules = (n: number): EdgeDef => ({
	id: `schedule-${n}`,
	from: 'scheduler',
	to: `thread-${n}`,
	label: { ko: 'CPU에서 실행', en: 'runs on a CPU' },
	about: {
		ko: '스케줄러는 스레드 하나하나를 따로 CPU에 올리고 내립니다.',
		en: 'The scheduler puts each thread on a CPU, and takes it off, on its own.'
	},
	sources: [src.manSched, src.manPthreads]
});

const shares = (n: number): EdgeDef => ({
	id: `shares-${n}`,
	from: `thread-${n}`,
	to: 'mt-process',
	label: { ko: '공유', en: 'shares' },
	about: {
		ko: '스레드는 프로세스의 주소 공간과 파일 디스크립터를 함께 씁니다.',
		en: 'The thread uses the process’s address space and file descriptors, shared with the other threads.'
	},
	sources: [src.manPthreads],
	style: 'dashed'
});

const execs = (to: string): EdgeDef => ({
	id: `exec-${to}`,
	from: 'program',
	to,
	label: { ko: 'execve', en: 'execve' },
	about: {
		ko: '커널이 프로그램 파일을 프로세스에 올립니다. 프로그램 파일은 공유되지만 주소 공간은 프로세스마다 따로입니다.',
		en: 'The kernel loads the program file into a process. The file is shared; each process gets its own address space.'
	},
	sources: [src.manExecve]
});

export const edges: EdgeDef[] = [
	execs('process-a'),
	execs('process-b'),
	schedules(1),
	schedules(2),
	schedules(3),
	shares(1),
	shares(2),
	shares(3),
	{
		id: 'fork',
		from: 'parent',
		to: 'child-copy',
		label: { ko: 'fork', en: 'fork' },
		about: {
			ko: '부모가 자신을 복제해 자식을 만듭니다. glibc의 fork()는 전통적인 fork 시스템 콜 대신 같은 효과를 내는 플래그로 `clone` 시스템 콜을 호출합니다.',
			en: 'The parent duplicates itself into a child. glibc’s fork() calls the `clone` system call, with flags that give the same effect as the traditional fork system call.'
		},
		sources: [src.manFork]
	},
	{
		id: 'exec-ls',
		from: 'ls-file',
		to: 'child-exec',
		label: { ko: 'execve', en: 'execve' },
		about: {
			ko: '자식이 `execve("/usr/bin/ls", …)`를 호출해 자신이 실행하는 프로그램을 바꿉니다.',
			en: 'The child calls `execve("/usr/bin/ls", …)` and changes the program it runs.'
		},
		sources: [src.manExecve]
	},
	{
		id: 'wait',
		from: 'parent',
		to: 'child-exec',
		label: { ko: 'wait4 · 종료 상태', en: 'wait4 · exit status' },
		about: {
			ko: '부모는 자식의 상태 변화를 기다립니다. 자식이 종료하면 wait가 그 자원을 회수하며, 기다리지 않으면 종료한 자식은 좀비 상태로 남습니다.',
			en: 'The parent waits for a state change in its child. When the child has terminated, the wait lets the system release its resources; without it the child remains a “zombie”.'
		},
		sources: [src.manWait, src.manWait4],
		style: 'dashed'
	},
	{
		id: 'shim-nginx',
		from: 'shim',
		to: 'container-nginx',
		label: { ko: '부모 → 자식', en: 'parent → child' },
		about: {
			ko: 'shim이 컨테이너 프로세스의 부모이며, 그 종료를 기다려 상태를 containerd에 알립니다.',
			en: 'The shim is the container process’s parent; it waits for it to exit and reports the status to containerd.'
		},
		sources: [src.containerdLifecycle, src.containerdShimLinux]
	}
];
