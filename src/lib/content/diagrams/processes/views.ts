/**
 * Views of the processes diagram: program vs process, the threads of one process, and how a
 * process is made (fork, execve, wait), ending at a container's process.
 */
import type { ViewDef } from '../../types';

export const views: ViewDef[] = [
	{
		id: 'program-process',
		title: { ko: '프로그램과 프로세스', en: 'Program and process' },
		summary: {
			ko: '프로그램은 디스크의 파일이고, execve가 그것을 PID, 주소 공간, 파일 디스크립터를 가진 실행 중인 프로세스로 만듭니다.',
			en: 'A program is a file on disk; execve turns it into a running process with a PID, an address space and file descriptors.'
		},
		layout: {
			kind: 'grid',
			// Twelfths, so that a process and the parts under it share their edges.
			cols: 12,
			rows: 5,
			place: {
				program: { col: 2, row: 0, cols: 8 },
				'process-a': { col: 0, row: 1, cols: 6 },
				'process-b': { col: 6, row: 1, cols: 6 },
				'memory-a': { col: 0, row: 2, cols: 6 },
				'files-a': { col: 0, row: 3, cols: 6 },
				'memory-b': { col: 6, row: 2, cols: 6 },
				'files-b': { col: 6, row: 3, cols: 6 },
				'proc-kernel': { col: 0, row: 4, cols: 12 }
			}
		},
		edges: ['exec-process-a', 'exec-process-b'],
		steps: [
			{
				narration: {
					ko: '노트의 말대로 프로그램은 "실행 가능한 명령어의 집합"입니다. 디스크 위에서는 `/usr/sbin/nginx` 같은 실행 파일 하나이며, 실행되기 전에는 아무 일도 하지 않습니다.',
					en: 'As the note says, a program is “a collection of instructions that can be executed”. On disk it is one executable file, such as `/usr/sbin/nginx`, and it does nothing until it is executed.'
				},
				highlight: ['program']
			},
			{
				narration: {
					ko: '`execve`로 커널이 그 파일을 프로세스에 올리면, 실행 중인 프로그램인 프로세스가 됩니다. 커널은 이 프로세스를 PID(여기서는 2001)로 구별합니다.',
					en: 'When the kernel loads the file into a process with `execve`, it becomes a process, a program in execution. The kernel tells it apart by its PID, here 2001.'
				},
				reveal: ['process-a', 'proc-kernel'],
				highlight: ['program', 'process-a', 'proc-kernel'],
				edges: ['exec-process-a'],
				tokens: [{ edge: 'exec-process-a' }]
			},
			{
				narration: {
					ko: '더 정확히 말하면 프로세스는 주소 공간과 그 안에서 실행되는 스레드, 그리고 필요한 시스템 자원입니다. 주소 공간에는 파일에서 온 코드와 새로 초기화된 데이터, 힙, 스택이 있고, 파일 디스크립터 0, 1, 2는 표준 입력, 출력, 오류입니다.',
					en: 'More precisely, a process is an address space, the threads running in it, and the system resources they need. The address space holds the code from the file and a freshly initialized data, heap and stack; file descriptors 0, 1 and 2 are standard input, output and error.'
				},
				reveal: ['memory-a', 'files-a'],
				highlight: ['process-a', 'memory-a', 'files-a']
			},
			{
				narration: {
					ko: '같은 프로그램으로 프로세스를 하나 더 실행할 수 있습니다. 프로세스 B는 같은 파일을 실행하지만 자기 PID, 자기 주소 공간, 자기 파일 디스크립터를 가집니다. 두 프로세스가 공유하는 것은 파일이지 메모리가 아닙니다.',
					en: 'The same program can run as another process. Process B runs the same file but has its own PID, its own address space and its own file descriptors: the two share the file, not their memory.'
				},
				reveal: ['process-b', 'memory-b', 'files-b'],
				highlight: ['program', 'process-b', 'memory-b', 'files-b'],
				edges: ['exec-process-b'],
				tokens: [{ edge: 'exec-process-b' }]
			}
		]
	},
	{
		id: 'threads',
		title: { ko: '스레드', en: 'Threads' },
		summary: {
			ko: '한 프로세스 안의 여러 스레드: 주소 공간과 파일 디스크립터는 함께 쓰고, 스택과 레지스터는 따로 가지며, 커널이 하나씩 스케줄합니다.',
			en: 'Several threads in one process: they share its address space and file descriptors, each has its own stack and registers, and the kernel schedules each one.'
		},
		layout: {
			kind: 'grid',
			cols: 12,
			rows: 3,
			place: {
				'mt-process': { col: 0, row: 0, cols: 12 },
				'thread-1': { col: 0, row: 1, cols: 4 },
				'thread-2': { col: 4, row: 1, cols: 4 },
				'thread-3': { col: 8, row: 1, cols: 4 },
				scheduler: { col: 0, row: 2, cols: 12 }
			}
		},
		steps: [
			{
				narration: {
					ko: 'POSIX의 말대로, 여러 스레드를 쓰는 프로그램도 실행하면 처음에는 스레드 하나짜리 프로세스가 만들어집니다.',
					en: '“Execution of a multi-threaded program initially creates a single-threaded process” (POSIX).'
				},
				highlight: ['mt-process', 'thread-1'],
				edges: ['shares-1']
			},
			{
				narration: {
					ko: '프로세스는 `pthread_create()`로 스레드를 더 만들 수 있습니다. 새 스레드는 같은 프로세스 안에서, 같은 프로그램을 실행합니다.',
					en: 'The process can create more threads with `pthread_create()`. The new threads run in the same process, executing the same program.'
				},
				reveal: ['thread-2', 'thread-3'],
				highlight: ['thread-2', 'thread-3'],
				edges: ['shares-2', 'shares-3']
			},
			{
				narration: {
					ko: '스레드들이 함께 쓰는 것: 같은 전역 메모리(데이터와 힙), 열린 파일 디스크립터, 프로세스 ID 같은 프로세스 전체의 속성입니다. 노트의 말대로 스레드는 프로세스가 할당받은 자원을 이용합니다.',
					en: 'What the threads share: the same global memory (data and heap), the open file descriptors, and process-wide attributes such as the process ID. As the note says, threads use the resources allocated to their process.'
				},
				highlight: ['mt-process'],
				edges: ['shares-1', 'shares-2', 'shares-3']
			},
			{
				narration: {
					ko: '스레드마다 따로 가지는 것: 자기 스택, 스레드 ID, 시그널 마스크, errno, 그리고 실행 중인 위치를 담은 레지스터 값입니다.',
					en: 'What each thread has of its own: its stack, its thread ID, its signal mask, its errno, and the register values that hold where it is in its work.'
				},
				highlight: ['thread-1', 'thread-2', 'thread-3']
			},
			{
				narration: {
					ko: '노트가 말하는 "실행 단위"가 바로 이것입니다. 리눅스에서는 스레드마다 커널의 스케줄링 단위가 하나씩 있어서, 스케줄러가 실행 가능한 스레드 중 다음에 CPU에서 실행할 것을 하나씩 고릅니다.',
					en: 'This is the note’s “unit of execution”. On Linux each thread maps to a kernel scheduling entity, and the scheduler picks, thread by thread, which runnable one the CPU executes next.'
				},
				highlight: ['scheduler', 'thread-1', 'thread-2', 'thread-3'],
				edges: ['schedule-1', 'schedule-2', 'schedule-3'],
				tokens: [{ edge: 'schedule-1' }, { edge: 'schedule-2' }, { edge: 'schedule-3' }]
			}
		]
	},
	{
		id: 'fork-exec',
		title: { ko: 'fork와 execve', en: 'fork and execve' },
		summary: {
			ko: '프로세스는 이렇게 만들어집니다: fork가 복제하고, execve가 프로그램을 바꾸고, 부모가 기다립니다. 컨테이너의 nginx도 그렇게 만들어진 프로세스입니다.',
			en: 'How processes are made: fork copies, execve replaces the program, the parent waits. A container’s nginx is such a process too.'
		},
		layout: {
			kind: 'grid',
			cols: 12,
			rows: 2,
			place: {
				parent: { col: 0, row: 0, cols: 4 },
				'child-copy': { col: 0, row: 1, cols: 4 },
				'child-exec': { col: 0, row: 1, cols: 4 },
				'ls-file': { col: 4, row: 1, cols: 3 },
				shim: { col: 7, row: 0, cols: 5 },
				'container-nginx': { col: 7, row: 1, cols: 5 }
			}
		},
		steps: [
			{
				narration: {
					ko: '셸(bash, PID 100)이 `ls`를 실행하려 합니다. 새 프로그램을 실행하려면 먼저 그 프로그램을 실행할 프로세스가 있어야 합니다.',
					en: 'The shell (bash, PID 100) is about to run `ls`. To run a new program, there must first be a process to run it in.'
				},
				highlight: ['parent']
			},
			{
				narration: {
					ko: '`fork`는 호출한 프로세스를 복제해 자식을 만듭니다. 자식은 새 PID 101을 받고, 부모와 내용이 같은 별도의 메모리와 파일 디스크립터의 복사본을 가집니다. 한쪽의 메모리 쓰기는 다른 쪽에 영향을 주지 않습니다. 리눅스는 이를 copy-on-write 페이지로 구현해서, fork 자체는 페이지 테이블을 복제하는 비용만 듭니다.',
					en: '`fork` duplicates the calling process into a child. The child gets a new PID, 101, separate memory with the same contents as the parent’s, and copies of its file descriptors; memory writes by one do not affect the other. Linux implements this with copy-on-write pages, so fork itself costs little more than copying the page tables.'
				},
				reveal: ['child-copy'],
				highlight: ['parent', 'child-copy'],
				edges: ['fork'],
				tokens: [{ edge: 'fork' }]
			},
			{
				narration: {
					ko: '자식이 `execve("/usr/bin/ls", …)`를 호출합니다. 커널은 자식이 실행하는 프로그램을 `ls`로 바꾸고 스택, 힙, 데이터를 새로 초기화합니다. 새 프로세스가 생기지 않으므로 PID는 101 그대로이고, close-on-exec 표시가 없는 열린 파일 디스크립터도 그대로 남습니다.',
					en: 'The child calls `execve("/usr/bin/ls", …)`. The kernel replaces the program it runs with `ls`, with a new stack, heap and data. No new process is made, so the PID is still 101, and its open file descriptors stay open unless marked close-on-exec.'
				},
				conceal: ['child-copy'],
				reveal: ['child-exec', 'ls-file'],
				highlight: ['child-exec', 'ls-file'],
				edges: ['exec-ls'],
				tokens: [{ edge: 'exec-ls' }]
			},
			{
				narration: {
					ko: '`ls`가 실행되는 동안 부모는 `wait4`로 자식을 기다립니다. 자식이 종료하면 `wait4`가 종료 상태를 돌려주고 커널은 자식의 자원을 회수합니다. 아무도 기다리지 않은 자식은 종료한 뒤 좀비로 남습니다.',
					en: 'While `ls` runs, the parent waits for its child in `wait4`. When the child exits, `wait4` returns its exit status and the kernel releases the child’s resources; a child nobody waits for remains a zombie after it exits.'
				},
				highlight: ['parent', 'child-exec'],
				edges: ['wait'],
				tokens: [{ edge: 'wait', reverse: true }]
			},
			{
				narration: {
					ko: '컨테이너도 다르지 않습니다. runc가 새 네임스페이스 안에 자식을 `clone`하고 종료하면, 부모를 잃은 그 자식은 shim의 자식이 됩니다. 시작 신호를 받은 자식은 `execve`로 이미지가 정한 프로그램을 실행합니다(nginx 이미지에서는 `/docker-entrypoint.sh`이고, 이 스크립트가 nginx를 `exec`합니다. exec이 두 번이지만 PID는 같습니다). 컨테이너의 nginx는 bash의 자식 `ls`와 같은 평범한 프로세스이며, 그 부모는 containerd-shim입니다(런타임 다이어그램의 프로세스 트리).',
					en: 'Containers are no different. runc `clone`s a child into new namespaces and exits, and the orphaned child becomes the shim’s. When told to start, the child `execve`s the image’s program (for nginx, `/docker-entrypoint.sh`, which then `exec`s nginx: two execs, the same PID). The container’s nginx is an ordinary process just like bash’s child `ls`, and its parent is containerd-shim (see the runtime diagram’s process tree).'
				},
				reveal: ['shim', 'container-nginx'],
				highlight: ['parent', 'child-exec', 'shim', 'container-nginx'],
				edges: ['shim-nginx'],
				tokens: [{ edge: 'shim-nginx' }]
			}
		]
	}
];
