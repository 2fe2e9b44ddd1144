/**
 * Views of the layers diagram: the note's three refinements as steps that split boxes, then one
 * command (`ls`) travelling from the user's keys through the shell and the kernel and back.
 */
import type { ViewDef } from '../../types';

const refineNodes = [
	'software',
	'apps',
	'os',
	'other-libs',
	'os-libs',
	'kernel',
	'user-space',
	'kernel-space',
	'hardware'
];
const shellNodes = ['user', 'terminal', 'shell', 'ls', 'kernel', 'hardware'];
const shellEdges = ['user-terminal', 'terminal-kernel', 'shell-kernel', 'shell-ls', 'ls-kernel'];

export const views: ViewDef[] = [
	{
		id: 'refine',
		title: { ko: '세 번의 세분화', en: 'Three refinements' },
		summary: {
			ko: '노트의 세 가지 형태를 순서대로: 하드웨어와 소프트웨어에서 시작해 상자가 하나씩 나뉩니다.',
			en: 'The note’s three forms in order: from hardware and software, one box splits at each step.'
		},
		layout: {
			kind: 'grid',
			// Twelfths, so that spans of any width share their edges (a box's width is capped
			// per column, and one-column cells would be narrower than their share of a wide box).
			cols: 12,
			rows: 5,
			place: {
				software: { col: 0, row: 0, cols: 12, rows: 4 },
				apps: { col: 0, row: 0, cols: 12 },
				os: { col: 0, row: 1, cols: 12, rows: 3 },
				'other-libs': { col: 0, row: 1, cols: 8 },
				'os-libs': { col: 0, row: 2, cols: 8 },
				kernel: { col: 0, row: 3, cols: 8 },
				'user-space': { col: 8, row: 1, cols: 4, rows: 2 },
				'kernel-space': { col: 8, row: 3, cols: 4 },
				hardware: { col: 0, row: 4, cols: 12 }
			}
		},
		nodes: refineNodes,
		edges: [],
		steps: [
			{
				narration: {
					ko: '노트의 첫 번째 형태는 "하드웨어 - 소프트웨어"입니다. 아래에는 손으로 만질 수 있는 기계 장치인 하드웨어가, 그 위에는 하드웨어에서 작동되는 프로그램인 소프트웨어가 있습니다.',
					en: 'The note’s first form is “Hardware - Software”: the machine you can touch at the bottom, and above it the programs that run on it.'
				},
				highlight: ['software', 'hardware']
			},
			{
				narration: {
					ko: '두 번째 형태는 "하드웨어 - 소프트웨어(운영체제 - 애플리케이션)"입니다. 소프트웨어 상자가 하드웨어 바로 위의 운영체제와, 그 위에서 실행되는 애플리케이션으로 나뉩니다.',
					en: 'The second form is “Hardware - Software (Operating system - Application)”: the software box splits into the operating system, right on the hardware, and the applications that run on it.'
				},
				conceal: ['software'],
				reveal: ['apps', 'os'],
				highlight: ['apps', 'os']
			},
			{
				narration: {
					ko: '세 번째 형태는 "하드웨어 - 소프트웨어(운영체제(커널 - 운영체제 라이브러리 - 운영체제 외 라이브러리) - 애플리케이션)"입니다. 운영체제 상자가 다시 셋으로 나뉩니다. 더 정확히 말하면 특권을 가진 것은 커널뿐이고, 두 라이브러리는 애플리케이션의 프로세스 안에서 도는 사용자 공간 코드입니다. 가상화 다이어그램의 컨테이너도 같은 선에서 나뉩니다. 이미지가 앱과 라이브러리를 담고, 커널은 호스트의 것을 함께 씁니다.',
					en: 'The third form is “Hardware - Software (Operating system (Kernel - OS libraries - Non-OS libraries) - Application)”: the OS box splits again, into three. More precisely, only the kernel is privileged; both kinds of library are user-space code running inside each application’s process. Containers in the virtualization diagram split along the same line: the image carries the apps and libraries, and the kernel is the host’s, shared.'
				},
				conceal: ['os'],
				reveal: ['other-libs', 'os-libs', 'kernel', 'user-space', 'kernel-space']
			}
		]
	},
	{
		id: 'shell',
		title: { ko: '셸과 명령 하나', en: 'The shell and one command' },
		summary: {
			ko: '사용자가 친 `ls` 한 줄이 터미널, pty, 셸, 커널을 거쳐 실행되고 결과가 돌아오는 길을 따라갑니다.',
			en: 'One `ls` typed by the user, followed through the terminal, the pty, the shell and the kernel, and its output back.'
		},
		layout: {
			kind: 'grid',
			cols: 12,
			rows: 4,
			place: {
				// Three columns of four twelfths would put ls's system-call label past the right
				// edge; columns of three leave it the last quarter.
				user: { col: 0, row: 0, cols: 3 },
				terminal: { col: 0, row: 1, cols: 3 },
				shell: { col: 3, row: 1, cols: 3 },
				ls: { col: 6, row: 1, cols: 3 },
				kernel: { col: 0, row: 2, cols: 12 },
				hardware: { col: 0, row: 3, cols: 12 }
			}
		},
		nodes: shellNodes,
		edges: shellEdges,
		steps: [
			{
				narration: {
					ko: '터미널 창 하나에 bash가 떠 있습니다. 노트는 셸을 "운영체제와 사용자 사이의 다리역할을 하는 프로그램"이라고 하며, 이는 맞는 말입니다. 셸은 사용자가 명령을 입력하는 인터페이스입니다. 그러나 노트의 다른 한 줄 "운영체제와 애플리케이션 사이에 존재하는 것"은 바로잡아야 합니다. 셸은 그 사이의 계층이 아니라, 그 자체가 시스템 콜을 쓰는 애플리케이션입니다.',
					en: 'A terminal window with bash running in it. The note calls the shell “a program that serves as a bridge between the operating system and the user”, and so it is: the interface where the user types commands. Its other line, “the thing that sits between the operating system and applications”, needs correcting: the shell is no layer in between but an application itself, one that uses system calls like any other.'
				},
				highlight: ['user', 'terminal', 'shell'],
				edges: ['user-terminal']
			},
			{
				narration: {
					ko: '사용자가 `ls`를 치고 Enter를 누릅니다. 터미널 에뮬레이터는 키마다 그 바이트를 의사 터미널(pty)의 마스터 쪽에 쓰고, 커널은 이를 슬레이브 쪽(`/dev/pts/N`)에 터미널에서 입력한 것처럼 전달합니다. 기본 설정(정규 모드)에서는 커널의 라인 디시플린이 한 줄을 모으고 에코와 편집을 맡지만, 대화형 bash는 Readline으로 정규 모드와 에코를 끄고, 자신의 표준 입력인 슬레이브에서 한 바이트씩 읽으며 에코와 편집을 직접 합니다. Enter가 들어오면 셸은 한 줄을 얻습니다.',
					en: 'The user types `ls` and presses Enter. The terminal emulator writes each key’s bytes to the master end of a pseudoterminal (pty); the kernel provides them at the slave end (`/dev/pts/N`) as though they were typed on a terminal. By default (canonical mode) the kernel’s line discipline collects a line and does the echo and editing, but interactive bash turns canonical mode and echo off through Readline, reads its standard input, the slave, one byte at a time, and echoes and edits the line itself. At Enter the shell has its line.'
				},
				highlight: ['user', 'terminal', 'kernel', 'shell'],
				edges: ['user-terminal', 'terminal-kernel', 'shell-kernel'],
				tokens: [
					{ edge: 'user-terminal' },
					{ edge: 'terminal-kernel' },
					{ edge: 'shell-kernel', reverse: true }
				]
			},
			{
				narration: {
					ko: '셸이 입력을 해석합니다. 줄을 단어로 나누고, 첫 단어 `ls`가 셸 함수도 내장 명령도 아니므로 `$PATH`의 디렉터리를 차례로 뒤져 그 이름의 실행 파일을 찾습니다. Debian의 기본 `PATH`(`/etc/profile`이 설정하며, 일반 사용자는 `/usr/local/bin:/usr/bin:/bin:…`)에서는 `/usr/bin`이 `/bin`보다 앞이므로 `/usr/bin/ls`를 얻습니다. /usr가 병합된 Debian 12에서는 `/bin`이 `/usr/bin`을 가리키는 링크라서 `/bin/ls`도 같은 파일입니다.',
					en: 'The shell parses the line. It splits it into words; the first, `ls`, is neither a shell function nor a builtin, so the shell searches the directories in `$PATH`, in order, for an executable of that name. Debian’s default `PATH` (set by `/etc/profile`; for ordinary users `/usr/local/bin:/usr/bin:/bin:…`) lists `/usr/bin` before `/bin`, so it finds `/usr/bin/ls`; on Debian 12, with its merged /usr, `/bin` is a link to `/usr/bin`, so `/bin/ls` is the same file.'
				},
				highlight: ['shell']
			},
			{
				narration: {
					ko: '셸은 프로그램을 직접 실행하지 않고 먼저 자신을 복제합니다. `fork`를 호출하면(glibc는 이를 `SIGCHLD` 플래그를 준 `clone` 시스템 콜로 처리합니다) 커널이 자식 프로세스를 만드는데, 이 자식은 새 PID를 가진 셸의 복사본입니다. 리눅스는 메모리를 copy-on-write 페이지로 나눠 써서, 실제 복사는 어느 한쪽이 페이지에 쓸 때 일어납니다.',
					en: 'The shell does not run the program itself; first it copies itself. It calls `fork` (which glibc carries out with the `clone` system call and the `SIGCHLD` flag), and the kernel creates a child process: a copy of the shell with a new PID. Linux shares the memory as copy-on-write pages, so a page is really copied only when one side writes to it.'
				},
				reveal: ['ls'],
				highlight: ['shell', 'ls', 'kernel'],
				edges: ['shell-kernel', 'shell-ls'],
				tokens: [{ edge: 'shell-kernel' }, { edge: 'shell-ls' }]
			},
			{
				narration: {
					ko: '자식이 `execve("/usr/bin/ls", …)`를 호출하면 커널은 그 프로세스가 실행하는 프로그램을 `ls`로 바꿉니다. 새 프로세스가 생기는 것이 아니어서 PID와, close-on-exec 표시가 없는 열린 파일 디스크립터는 그대로이고, 스택, 힙, 데이터는 새로 만들어집니다. 그동안 셸은 `wait4`로 자식이 끝나기를 기다립니다.',
					en: 'The child calls `execve("/usr/bin/ls", …)` and the kernel replaces the program that process runs with `ls`. There is no new process, so the PID stays, and so do the open file descriptors not marked close-on-exec; the stack, heap and data are new. Meanwhile the shell waits for its child in `wait4`.'
				},
				highlight: ['ls', 'kernel', 'shell'],
				// Only the child's edge: on a phone the shell's label would run into it.
				edges: ['ls-kernel'],
				tokens: [{ edge: 'ls-kernel' }]
			},
			{
				narration: {
					ko: '`ls`도 커널에 시스템 콜로 요청합니다. `openat`으로 디렉터리를 열고, `getdents64`로 항목을 읽고, `write(1, …)`로 목록을 표준 출력에 씁니다. 그 표준 출력은 셸에게서 물려받은 바로 그 pty 슬레이브입니다.',
					en: '`ls`, too, asks the kernel through system calls: `openat` opens the directory, `getdents64` reads its entries, and `write(1, …)` writes the listing to standard output, the very pty slave it inherited from the shell.'
				},
				highlight: ['ls', 'kernel'],
				edges: ['ls-kernel'],
				tokens: [{ edge: 'ls-kernel' }, { edge: 'ls-kernel', reverse: true }, { edge: 'ls-kernel' }]
			},
			{
				narration: {
					ko: '슬레이브에 쓴 내용은 마스터 쪽에서 읽을 수 있습니다. 터미널 에뮬레이터가 마스터에서 출력을 읽어 창에 그리면, 사용자는 파일 목록을 봅니다.',
					en: 'What is written to the slave can be read at the master end: the terminal emulator reads the output there and draws it in its window, where the user sees the listing.'
				},
				highlight: ['ls', 'kernel', 'terminal', 'user'],
				edges: ['ls-kernel', 'terminal-kernel', 'user-terminal'],
				tokens: [
					{ edge: 'ls-kernel' },
					{ edge: 'terminal-kernel', reverse: true },
					{ edge: 'user-terminal', reverse: true }
				]
			},
			{
				narration: {
					ko: '`ls`가 종료하면 커널이 셸의 `wait4`에 종료 상태를 돌려주고, 셸은 다시 프롬프트를 띄웁니다. 셸도 `ls`도 커널 위의 애플리케이션이고, 둘 다 시스템 콜로 커널과 이야기합니다. 셸이 실행한 프로그램은 셸을 거치지 않고 커널에 직접 요청합니다.',
					en: '`ls` exits; the kernel returns its exit status to the shell’s `wait4`, and the shell prints its prompt again. The shell and `ls` are both applications on the kernel, and both talk to it through system calls: the program the shell started never went through the shell to reach the OS.'
				},
				conceal: ['ls'],
				highlight: ['shell', 'kernel'],
				edges: ['shell-kernel'],
				tokens: [{ edge: 'shell-kernel', reverse: true }]
			}
		]
	}
];
