/**
 * Nodes of the layers diagram: the note's three refinements of "hardware - software" (refine view)
 * and the user, terminal, shell and one command on the kernel (shell view). Facts follow
 * shared/reference/domain.md A1 and C1–C7; the terminal/pty, fork/execve and system-call details
 * that A1 marks unverified were checked in pty(7), fork(2), execve(2), wait(2) and the Bash manual.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

/** The layers the note's third form ends with: they grow out of the OS box, which grew out of software. */
const fromOs = ['os', 'software'];

export const nodes: NodeDef[] = [
	{
		id: 'software',
		label: { ko: '소프트웨어', en: 'Software' },
		detail: { ko: '프로그램 · 운영체제', en: 'programs · the operating system' },
		tone: 'userland',
		notes: ['composition.hw-sw', 'software.program', 'software.os'],
		about: {
			ko: '하드웨어에서 작동되는 모든 것입니다. 프로그램은 POSIX의 정의로 "정해진 일을 하도록 시스템에 내리는, 미리 준비된 명령의 나열"이며, 운영체제도 그중 하나입니다. 다음 단계에서 노트처럼 이 상자를 나눕니다.',
			en: 'Everything that runs on the hardware. A program is, in POSIX’s words, “a prepared sequence of instructions to the system to accomplish a defined task”, and the operating system is one of them. The next steps split this box the way the note does.'
		},
		sources: [src.posix]
	},
	{
		id: 'apps',
		label: { ko: '애플리케이션', en: 'Applications' },
		detail: {
			ko: 'nginx · 브라우저 · 셸 · docker CLI',
			en: 'nginx · a browser · the shell · docker CLI'
		},
		tone: 'app',
		notes: ['composition.os-app', 'software.program'],
		exitTo: ['software'],
		about: {
			ko: 'nginx, 브라우저, docker CLI 같은 사용자 프로그램이며, 셸도 여기에 속합니다. 각 애플리케이션은 하나 이상의 프로세스로 실행되고, 시스템 콜로 커널에 요청합니다.',
			en: 'User programs such as nginx, a browser or the docker CLI, and the shell is one of them too. Each runs as one or more processes and asks the kernel for what it needs through system calls.'
		},
		sources: [src.posix, src.manSyscalls],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-apps' }]
	},
	{
		id: 'os',
		label: { ko: '운영체제', en: 'Operating system' },
		detail: { ko: '커널 · 라이브러리', en: 'kernel · libraries' },
		tone: 'kernel',
		notes: ['composition.os-app', 'software.os'],
		exitTo: ['software'],
		about: {
			ko: '노트가 말하는 특별한 소프트웨어입니다. 운영체제를 특별하게 만드는 것은 그 중심인 커널로, 특권을 가지며 프로그램은 시스템 콜로 커널에 요청합니다. syscalls(2)의 표현으로 시스템 콜은 "애플리케이션과 리눅스 커널 사이의 기본 인터페이스"입니다.',
			en: 'The special software the note names. What makes it special is its core, the kernel: it is privileged, and programs ask it for services through system calls, “the fundamental interface between an application and the Linux kernel” (syscalls(2)).'
		},
		sources: [src.manSyscalls],
		related: [{ diagram: 'virtualization', view: 'hosted', node: 'hosted-host-os' }]
	},
	{
		id: 'other-libs',
		label: { ko: '운영체제 외 라이브러리', en: 'Non-OS libraries' },
		detail: { ko: '앱이 링크하거나 불러옴', en: 'linked or loaded by the app' },
		tone: 'userland',
		notes: ['composition.layers'],
		exitTo: fromOs,
		about: {
			ko: '애플리케이션이 링크하거나 실행 중에 불러오는 제3자 라이브러리입니다. C 라이브러리와 마찬가지로 애플리케이션의 프로세스 안에서, 사용자 모드로 실행됩니다.',
			en: 'Third-party libraries an application links or loads at run time. Like the C library, they run inside the application’s own process, in user mode.'
		},
		sources: [src.manLibc, src.manSyscalls],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-userland' }]
	},
	{
		id: 'os-libs',
		label: { ko: '운영체제 라이브러리', en: 'OS libraries' },
		detail: { ko: 'C 라이브러리: glibc · musl', en: 'C library: glibc · musl' },
		tone: 'userland',
		notes: ['composition.layers'],
		exitTo: fromOs,
		about: {
			ko: 'libc(7)의 표현으로 "모든 C 프로그램이 쓸 수 있는 표준 함수의 라이브러리"입니다. 시스템 콜을 감싸는 래퍼 함수도 여기에 있어서, 프로그램은 보통 이 래퍼를 거쳐 시스템 콜을 호출합니다. 커널이 아니라 애플리케이션의 프로세스 안에서 실행되는 코드입니다.',
			en: '“A library of standard functions that can be used by all C programs” (libc(7)). It holds the wrappers through which programs usually make system calls: “System calls are generally not invoked directly, but rather via wrapper functions in glibc.” It is code running inside the application’s process, not part of the kernel.'
		},
		sources: [src.manLibc, src.manSyscalls],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-userland' }]
	},
	{
		id: 'kernel',
		label: { ko: '커널', en: 'Kernel' },
		detail: { ko: '리눅스 · 특권 모드', en: 'Linux · privileged' },
		tone: 'kernel',
		notes: ['composition.layers', 'composition.finer'],
		exitTo: fromOs,
		about: {
			ko: '운영체제의 특권을 가진 중심부입니다. 프로세스, 메모리, 파일시스템, 네트워크, 그리고 컨테이너가 쓰는 네임스페이스와 cgroup을 구현합니다. 애플리케이션은 시스템 콜로 커널에 요청합니다. 커널은 인터럽트나 페이지 폴트 같은 예외로도 실행되고, 반대로 vDSO 호출(예: `clock_gettime`)은 보통 커널에 들어가지 않습니다.',
			en: 'The privileged core of the operating system. It implements processes, memory, filesystems, networking, and the namespaces and cgroups that containers are made of. Applications ask it for services through system calls. The kernel also runs on interrupts and on exceptions such as page faults, and vDSO calls (e.g. `clock_gettime`) usually do not enter it at all.'
		},
		sources: [src.manSyscalls, src.manVdso, src.manNamespaces, src.manCgroups],
		related: [
			{ diagram: 'virtualization', view: 'container', node: 'ctr-kernel' },
			{ diagram: 'runtime', view: 'architecture', node: 'kernel' }
		]
	},
	{
		id: 'user-space',
		label: { ko: '사용자 공간', en: 'User space' },
		detail: {
			ko: '앱의 프로세스 안에서 실행 · 이미지에 담김',
			en: 'runs inside the app’s process · ships in the image'
		},
		tone: 'userland',
		shape: 'ghost',
		notes: ['composition.layers'],
		exitTo: fromOs,
		about: {
			ko: '노트는 두 라이브러리를 운영체제 안에 넣지만, 더 정확히는 둘 다 애플리케이션의 프로세스 안에서 도는 사용자 공간 코드입니다. 컨테이너가 나누는 선도 여기입니다. 가상화 다이어그램의 컨테이너 스택에서 "라이브러리"와 "앱"은 이미지에 담겨 오고, 그 아래 커널은 호스트의 것을 함께 씁니다.',
			en: 'The note files both libraries under the operating system; more precisely, both are user-space code running inside each application’s process. This is the line containers split along: in the virtualization diagram’s container stack, “Libraries” and “Apps” come in the image, and the kernel below is the host’s, shared.'
		},
		sources: [src.manLibc, src.manSyscalls, src.dockerContainer],
		related: [
			{ diagram: 'virtualization', view: 'container', node: 'ctr-userland' },
			{ diagram: 'virtualization', view: 'container', node: 'ctr-apps' }
		]
	},
	{
		id: 'kernel-space',
		label: { ko: '커널 공간', en: 'Kernel space' },
		detail: { ko: '컨테이너가 함께 쓰는 호스트 커널', en: 'the host kernel containers share' },
		tone: 'kernel',
		shape: 'ghost',
		exitTo: fromOs,
		about: {
			ko: '특권을 가지고 실행되는 것은 커널뿐이며, 프로그램은 시스템 콜로 들어옵니다. 가상화 다이어그램에서는 "호스트 OS·커널" 줄에 해당하며, Docker 문서의 표현대로 여러 컨테이너가 "모두 같은 커널을 공유"합니다.',
			en: 'Only the kernel runs privileged; programs enter it through system calls. In the virtualization diagram this is the “Host OS / kernel” row: if you run multiple containers, “they all share the same kernel” (Docker docs).'
		},
		sources: [src.manSyscalls, src.dockerContainer],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-kernel' }]
	},
	{
		id: 'hardware',
		label: { ko: '하드웨어', en: 'Hardware' },
		detail: { ko: 'CPU · 메모리 · 장치', en: 'CPU · memory · devices' },
		tone: 'hardware',
		notes: ['hardware.touch', 'hardware.cpu-ram'],
		about: {
			ko: '물리 머신입니다. 노트의 말대로 손으로 만질 수 있는 기계 장치이고, 그 위의 모든 것은 소프트웨어입니다. 애플리케이션은 필요한 것을 시스템 콜로 커널에 요청합니다.',
			en: 'The physical machine: the machinery you can touch, as the note says; everything above it is software. Applications ask the kernel for what they need through system calls.'
		},
		sources: [src.manSyscalls],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-hardware' }]
	},
	{
		id: 'user',
		label: { ko: '사용자', en: 'User' },
		detail: { ko: '명령을 입력함', en: 'types' },
		tone: 'external',
		about: {
			ko: '키보드로 명령을 입력하고 터미널 창에서 결과를 읽는 사람입니다.',
			en: 'The person who types commands on the keyboard and reads the results in the terminal window.'
		},
		sources: []
	},
	{
		id: 'terminal',
		label: { ko: '터미널 에뮬레이터', en: 'Terminal emulator' },
		detail: { ko: 'pty 마스터', en: 'pty master' },
		tone: 'app',
		about: {
			ko: '창에 글자를 그리고 키 입력을 보내는 애플리케이션입니다. 의사 터미널(pty)의 마스터 쪽을 열어 두며, pty(7)에 따르면 마스터에 쓴 것은 슬레이브 쪽 프로세스에 "터미널에서 입력한 것처럼" 전달되고, 슬레이브에 쓴 것은 마스터에서 읽을 수 있습니다. 셸의 표준 입력, 출력, 오류는 그 슬레이브(`/dev/pts/N`)입니다.',
			en: 'The application that draws text in a window and sends keystrokes. It holds the master end of a pseudoterminal (pty): per pty(7), what is written on the master is provided to the process on the slave end “as though it was input typed on a terminal”, and what is written to the slave can be read on the master. The shell’s standard input, output and error are that slave (`/dev/pts/N`).'
		},
		sources: [src.manPty]
	},
	{
		id: 'shell',
		label: { ko: '셸 (bash)', en: 'Shell (bash)' },
		detail: { ko: '명령 해석기', en: 'command interpreter' },
		tone: 'app',
		notes: ['shell.between', 'shell.bridge'],
		about: {
			ko: '입력된 텍스트를 명령으로 해석하는 평범한 사용자 프로그램입니다. Bash 매뉴얼의 표현으로 셸은 "명령 해석기이자 프로그래밍 언어"이고, 명령 해석기로서 사용자 인터페이스를 제공합니다. 외부 명령은 별도의 실행 환경(자식 프로세스)에서 실행하고, 그 명령이 끝나기를 기다려 종료 상태를 받습니다.',
			en: 'An ordinary user program that interprets lines of text as commands. In the Bash manual’s words a shell is “both a command interpreter and a programming language”, and “as a command interpreter, the shell provides the user interface”. It runs an external command “in a separate execution environment” (a child process) and waits for it to finish to collect its exit status.'
		},
		sources: [src.posix, src.bashWhatIsShell, src.bashCommandSearch, src.debianProfile],
		related: [{ diagram: 'processes', view: 'fork-exec', node: 'parent' }]
	},
	{
		id: 'ls',
		label: { ko: 'ls 프로세스', en: 'ls process' },
		detail: { ko: '셸의 자식', en: 'child of bash' },
		tone: 'process',
		exitTo: ['shell'],
		about: {
			ko: '셸이 `fork`로 만든 자식 프로세스가 `execve`로 `/usr/bin/ls`를 실행한 것입니다. execve(2)가 강조하듯 execve는 새 프로세스를 만들지 않습니다. PID는 그대로이고 실행하는 프로그램만 바뀝니다. 열린 파일 디스크립터도 그대로 남아, 셸의 pty 슬레이브가 `ls`의 표준 출력이 됩니다.',
			en: 'The child the shell created with `fork`, after it ran `/usr/bin/ls` with `execve`. As execve(2) stresses, “there is no new process”: the PID stays, only the program changes. Open file descriptors stay open too, so the shell’s pty slave is `ls`’s standard output.'
		},
		sources: [src.manFork, src.manExecve],
		related: [{ diagram: 'processes', view: 'fork-exec', node: 'child-exec' }]
	}
];
