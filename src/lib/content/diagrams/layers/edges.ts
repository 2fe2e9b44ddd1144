/**
 * Edges of the layers diagram's shell view: how one command travels. Every hop between programs
 * goes through the kernel: the pty for the terminal's bytes, system calls for everything else.
 */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

export const edges: EdgeDef[] = [
	{
		id: 'user-terminal',
		from: 'user',
		to: 'terminal',
		label: { ko: '키 입력 · 화면', en: 'keys · screen' },
		about: {
			ko: '사용자는 키보드로 입력하고 터미널 에뮬레이터의 창에서 결과를 읽습니다.',
			en: 'The user types on the keyboard and reads the terminal emulator’s window.'
		},
		both: true
	},
	{
		id: 'terminal-kernel',
		from: 'terminal',
		to: 'kernel',
		label: { ko: 'pty 마스터', en: 'pty master' },
		about: {
			ko: '터미널 에뮬레이터는 키 입력을 pty 마스터에 쓰고, 셸과 그 자식이 슬레이브에 쓴 출력을 마스터에서 읽습니다. pty는 커널이 제공하는 한 쌍의 가상 문자 장치입니다.',
			en: 'The terminal emulator writes keystrokes to the pty master and reads, from the master, what the shell and its children write to the slave. A pty is a pair of virtual character devices provided by the kernel.'
		},
		sources: [src.manPty, src.manTermios],
		both: true
	},
	{
		id: 'shell-kernel',
		from: 'shell',
		to: 'kernel',
		label: { ko: 'read(0) · clone · wait4', en: 'read(0) · clone · wait4' },
		about: {
			ko: '셸이 커널에 하는 시스템 콜입니다. 표준 입력(pty 슬레이브)에서 입력을 읽고, 자식을 만들고(`fork`, glibc에서는 `clone` 시스템 콜), 자식이 끝나기를 기다립니다(`wait4`). 예를 들어 strace로 대화형 bash를 추적하면 `read(0, "l", 1)`처럼 한 바이트씩 읽은 뒤 `clone(…SIGCHLD…)`, `wait4` 순서로 보일 수 있습니다.',
			en: 'The shell’s system calls: it reads its input from standard input (the pty slave), creates a child (`fork`, which glibc makes with the `clone` system call) and waits for it to finish (`wait4`). Tracing an interactive bash with strace may show, for example, reads of one byte each, such as `read(0, "l", 1)`, then `clone(…SIGCHLD…)`, then `wait4`.'
		},
		sources: [src.manFork, src.manWait4, src.bashLineEditing],
		both: true
	},
	{
		id: 'shell-ls',
		from: 'shell',
		to: 'ls',
		label: { ko: '부모 → 자식', en: 'parent → child' },
		about: {
			ko: '`ls`는 셸의 자식 프로세스입니다. `fork`가 만든 자식은 셸의 복사본으로 시작하며, 자식의 부모 프로세스 ID는 셸의 PID입니다.',
			en: '`ls` is the shell’s child process. The child `fork` creates starts as a copy of the shell, and its parent process ID is the shell’s PID.'
		},
		sources: [src.manFork],
		style: 'dashed'
	},
	{
		id: 'ls-kernel',
		from: 'ls',
		to: 'kernel',
		label: {
			ko: 'execve · openat · getdents64 · write',
			en: 'execve · openat · getdents64 · write'
		},
		about: {
			ko: '자식은 `execve("/usr/bin/ls", …)`로 `ls`가 되고, `ls`는 `openat`으로 디렉터리를 열고 `getdents64`로 항목을 읽어 `write(1, …)`로 표준 출력에 씁니다. 셸을 거치지 않고 커널에 직접 요청합니다.',
			en: 'The child becomes `ls` with `execve("/usr/bin/ls", …)`; `ls` opens the directory with `openat`, reads its entries with `getdents64` and writes the listing to standard output with `write(1, …)`, straight to the kernel, not through the shell.'
		},
		sources: [
			src.manExecve,
			src.manOpen,
			src.manGetdents,
			src.manWrite,
			src.debianUsrMerge,
			src.debianProfile
		],
		both: true
	}
];
