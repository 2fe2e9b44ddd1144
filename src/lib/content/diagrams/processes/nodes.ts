/**
 * Nodes of the processes diagram: a program file, the processes `execve` makes of it and what each
 * owns, the threads of one process, and fork + execve + wait with the bridge to a container's
 * process. Facts: shared/reference/domain.md A2 (POSIX definitions), fork(2), execve(2), wait(2),
 * pthreads(7), sched(7) and getcontext(3).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

const process = (id: string, name: { ko: string; en: string }, pid: string): NodeDef => ({
	id,
	label: name,
	detail: { ko: `nginx · PID ${pid}`, en: `nginx · PID ${pid}` },
	tone: 'process',
	notes: ['process.def'],
	about: {
		ko: '실행 중인 프로그램입니다. POSIX의 정의로 프로세스는 "주소 공간과 그 안에서 실행되는 하나 이상의 스레드, 그리고 그 스레드들에 필요한 시스템 자원"이며, 커널이 붙인 PID로 구별됩니다. 같은 프로그램으로 여러 프로세스를 동시에 실행할 수 있습니다.',
		en: 'A program that is running. POSIX defines a process as “an address space with one or more threads executing within that address space, and the required system resources for those threads”; the kernel tells processes apart by their PIDs. One program can run as many processes at once.'
	},
	sources: [src.posix, src.manExecve]
});

const memory = (id: string, owner: string): NodeDef => ({
	id,
	label: { ko: '주소 공간', en: 'Address space' },
	detail: { ko: '코드 · 데이터 · 힙 · 스택', en: 'code · data · heap · stack' },
	tone: 'userland',
	exitTo: [owner],
	about: {
		ko: '이 프로세스만의 메모리입니다. 프로그램 파일에서 온 코드와, `execve`가 새로 초기화한 데이터, 힙, 스택이 들어 있습니다. 다른 프로세스의 메모리 쓰기는 이 주소 공간에 영향을 주지 않습니다.',
		en: 'This process’s own memory: the code from the program file, and the data, heap and stack that `execve` set up anew (“newly initialized stack, heap, and (initialized and uninitialized) data segments”). Memory writes by another process do not affect it.'
	},
	sources: [src.manExecve, src.manFork, src.posix]
});

const files = (id: string, owner: string): NodeDef => ({
	id,
	label: { ko: '파일 디스크립터', en: 'File descriptors' },
	detail: { ko: '0, 1, 2, …', en: '0, 1, 2, …' },
	tone: 'file',
	exitTo: [owner],
	about: {
		ko: '프로세스가 열어 둔 파일, 소켓, 터미널을 가리키는 번호입니다. 0, 1, 2는 표준 입력, 출력, 오류입니다. `fork`의 자식은 부모의 디스크립터를 복사해 받고, `execve` 뒤에도 close-on-exec 표시가 없는 디스크립터는 열린 채로 남습니다.',
		en: 'Numbers that name what the process has open: files, sockets, terminals; 0, 1 and 2 are standard input, output and error. A child of `fork` gets copies of its parent’s descriptors, and descriptors not marked close-on-exec stay open across `execve`.'
	},
	sources: [src.manFork, src.manExecve]
});

const thread = (n: number, exitTo?: string[]): NodeDef => ({
	id: `thread-${n}`,
	label: { ko: `스레드 ${n}`, en: `Thread ${n}` },
	detail: { ko: '자기 스택 · TID', en: 'own stack · TID' },
	tone: 'app',
	notes: ['thread.def'],
	exitTo,
	about: {
		ko: '프로세스 안의 실행 흐름 하나입니다. 같은 프로세스의 다른 스레드와 전역 메모리(데이터와 힙)와 열린 파일 디스크립터를 공유하지만, 자기 스택, 스레드 ID, 시그널 마스크, errno, 레지스터 값은 따로 가집니다. 리눅스에서는 스레드마다 커널의 스케줄링 단위가 하나씩 대응합니다.',
		en: 'One flow of control within a process. It shares the global memory (data and heap) and the open file descriptors with the process’s other threads, but has its own stack, thread ID, signal mask, errno and register values. On Linux each thread maps to a kernel scheduling entity.'
	},
	sources: [src.posix, src.manPthreads, src.manGetcontext]
});

export const nodes: NodeDef[] = [
	{
		id: 'program',
		label: { ko: '프로그램 파일', en: 'Program file' },
		detail: {
			ko: '/usr/sbin/nginx · 디스크의 실행 파일',
			en: '/usr/sbin/nginx · an executable on disk'
		},
		tone: 'file',
		notes: ['program.def'],
		about: {
			ko: 'POSIX의 정의로 프로그램은 "정해진 일을 하도록 시스템에 내리는, 미리 준비된 명령의 나열"입니다. 디스크 위에서는 실행 파일 하나이며, 실행되기 전에는 아무 일도 하지 않습니다.',
			en: 'POSIX: “a prepared sequence of instructions to the system to accomplish a defined task.” On disk it is an executable file, and it does nothing until it is executed.'
		},
		sources: [src.posix, src.manExecve]
	},
	process('process-a', { ko: '프로세스 A', en: 'Process A' }, '2001'),
	process('process-b', { ko: '프로세스 B', en: 'Process B' }, '2002'),
	memory('memory-a', 'process-a'),
	files('files-a', 'process-a'),
	memory('memory-b', 'process-b'),
	files('files-b', 'process-b'),
	{
		id: 'proc-kernel',
		label: { ko: '커널', en: 'Kernel' },
		detail: {
			ko: 'PID · 메모리 · 파일을 프로세스마다 관리',
			en: 'keeps each process’s PID, memory and files'
		},
		tone: 'kernel',
		about: {
			ko: '`execve`로 프로그램을 프로세스에 올리고, 프로세스마다 PID, 주소 공간, 파일 디스크립터 같은 자원을 관리하는 것은 커널입니다. 프로세스는 이 자원을 시스템 콜로 요청합니다.',
			en: 'The kernel loads a program into a process with `execve` and keeps each process’s resources: its PID, its address space, its file descriptors. Processes ask for them through system calls.'
		},
		sources: [src.manExecve, src.manSyscalls]
	},
	{
		id: 'mt-process',
		label: { ko: '프로세스', en: 'Process' },
		detail: {
			ko: '공유: 코드 · 데이터 · 힙 · 파일 디스크립터 · PID',
			en: 'shared: code · data · heap · file descriptors · PID'
		},
		tone: 'process',
		notes: ['process.def'],
		about: {
			ko: '스레드 여러 개를 가진 프로세스입니다. pthreads(7)에 따르면 스레드들은 같은 전역 메모리(데이터와 힙 세그먼트)를 공유하고, 프로세스 ID, 열린 파일 디스크립터, 현재 디렉터리, 자원 한도 같은 속성도 프로세스 전체가 함께 씁니다.',
			en: 'A process with several threads. Per pthreads(7) they “share the same global memory (data and heap segments)”, and attributes such as the process ID, open file descriptors, current directory and resource limits are process-wide.'
		},
		sources: [src.manPthreads, src.posix]
	},
	thread(1),
	thread(2, ['mt-process']),
	thread(3, ['mt-process']),
	{
		id: 'scheduler',
		label: { ko: '커널 스케줄러', en: 'Kernel scheduler' },
		detail: { ko: '실행할 스레드를 고름', en: 'picks the thread to run' },
		tone: 'kernel',
		about: {
			ko: 'sched(7)의 표현으로 스케줄러는 "실행 가능한 스레드 중 다음에 CPU에서 실행할 것을 정하는 커널 구성 요소"입니다. 리눅스의 스레드 구현(NPTL)은 1:1 방식이라 스레드마다 커널의 스케줄링 단위가 하나씩 있습니다.',
			en: 'In sched(7)’s words, “the kernel component that decides which runnable thread will be executed by the CPU next”. Linux’s threads (NPTL) are a 1:1 implementation: “each thread maps to a kernel scheduling entity”.'
		},
		sources: [src.manSched, src.manPthreads]
	},
	{
		id: 'parent',
		label: { ko: '부모: bash', en: 'Parent: bash' },
		detail: { ko: '셸 · PID 100', en: 'the shell · PID 100' },
		tone: 'process',
		notes: ['process.def'],
		about: {
			ko: '명령을 실행하려는 셸 프로세스입니다. 자식을 만들고(`fork`), 자식이 끝나기를 기다려(`wait4`) 종료 상태를 받습니다.',
			en: 'The shell process that wants to run a command. It creates a child (`fork`) and waits for it to finish (`wait4`) to collect its exit status.'
		},
		sources: [src.manFork, src.manWait, src.bashCommandSearch],
		related: [{ diagram: 'layers', view: 'shell', node: 'shell' }]
	},
	{
		id: 'child-copy',
		label: { ko: '자식: bash의 복사본', en: 'Child: a copy of bash' },
		detail: { ko: 'PID 101 · 복사본', en: 'PID 101 · a copy' },
		tone: 'process',
		exitTo: ['parent'],
		about: {
			ko: 'fork(2)는 "호출한 프로세스를 복제해 새 프로세스를 만듭니다." 자식은 자기 PID를 가지며 부모 프로세스 ID는 부모의 PID입니다. 두 프로세스는 별도의 메모리 공간에서 실행되고, fork 시점에는 내용이 같습니다(리눅스는 copy-on-write 페이지로 구현합니다). 열린 파일 디스크립터는 복사됩니다.',
			en: 'fork(2) “creates a new process by duplicating the calling process.” The child has its own PID, and its parent process ID is the parent’s. The two “run in separate memory spaces”, with the same content at the time of the fork (Linux uses copy-on-write pages); open file descriptors are copied.'
		},
		sources: [src.manFork]
	},
	{
		id: 'child-exec',
		label: { ko: '자식: ls', en: 'Child: ls' },
		detail: { ko: 'PID 101 그대로', en: 'still PID 101' },
		tone: 'process',
		exitTo: ['child-copy', 'parent'],
		about: {
			ko: 'execve(2)는 호출한 프로세스가 실행하던 프로그램을 새 프로그램으로 바꾸며, 스택, 힙, 데이터 세그먼트를 새로 초기화합니다. 새 프로세스가 생기는 것이 아니므로 PID는 101 그대로입니다.',
			en: 'execve(2) replaces the program the calling process runs “with a new program, with newly initialized stack, heap, and (initialized and uninitialized) data segments”. “There is no new process”: the PID is still 101.'
		},
		sources: [src.manExecve],
		related: [{ diagram: 'layers', view: 'shell', node: 'ls' }]
	},
	{
		id: 'ls-file',
		label: { ko: '/usr/bin/ls', en: '/usr/bin/ls' },
		detail: { ko: '프로그램 파일', en: 'program file' },
		tone: 'file',
		notes: ['program.def'],
		about: {
			ko: '셸이 `$PATH`에서 찾은 실행 파일입니다. `execve`가 이 파일을 읽어 자식 프로세스에 올립니다.',
			en: 'The executable the shell found in `$PATH`. `execve` loads this file into the child process.'
		},
		sources: [src.manExecve, src.bashCommandSearch]
	},
	{
		id: 'shim',
		label: { ko: 'containerd-shim', en: 'containerd-shim' },
		detail: { ko: '컨테이너의 부모', en: 'the container’s parent' },
		tone: 'engine',
		about: {
			ko: '컨테이너마다 하나씩 떠 있는 containerd-shim-runc-v2입니다. 자신을 child subreaper로 설정하므로, runc가 만든 컨테이너 프로세스는 runc가 종료한 뒤 shim의 자식이 됩니다.',
			en: 'The containerd-shim-runc-v2 kept per container. It makes itself a child subreaper, so the container process runc created becomes the shim’s child once runc has exited.'
		},
		sources: [src.containerdShimLinux, src.containerdLifecycle],
		related: [
			{ diagram: 'runtime', view: 'process-tree', node: 'containerd-shim' },
			{ diagram: 'namespaces', view: 'pid', node: 'host-shim' }
		]
	},
	{
		id: 'container-nginx',
		label: { ko: 'nginx (컨테이너)', en: 'nginx (container)' },
		detail: { ko: '평범한 프로세스', en: 'an ordinary process' },
		tone: 'process',
		notes: ['process.def'],
		exitTo: ['shim'],
		about: {
			ko: '컨테이너의 nginx도 같은 방식으로 만들어진 평범한 리눅스 프로세스입니다. runc가 새 네임스페이스 안에 자식을 `clone`하고 그 자식이 `execve`로 nginx를 실행하며(정확히는 이미지의 엔트리포인트 `/docker-entrypoint.sh`를 실행하고, 이 스크립트가 nginx를 `exec`합니다. exec이 두 번이어도 같은 프로세스입니다), 부모는 shim입니다. 자기 PID 네임스페이스 안에서는 PID 1이고 호스트에서는 다른 PID를 가집니다.',
			en: 'The container’s nginx is an ordinary Linux process made the same way: runc `clone`s a child into new namespaces, the child `execve`s nginx (strictly, the image’s entrypoint `/docker-entrypoint.sh`, a script that then `exec`s nginx: two execs, one process), and its parent is the shim. It is PID 1 inside its own PID namespace and has another PID on the host.'
		},
		sources: [
			src.runcNsenter,
			src.containerdLifecycle,
			src.manNamespaces,
			src.dockerContainer,
			src.nginxDockerfile,
			src.nginxEntrypoint
		],
		related: [
			{ diagram: 'runtime', view: 'process-tree', node: 'nginx' },
			{ diagram: 'namespaces', view: 'pid', node: 'nginx' }
		]
	}
];
