/**
 * Program vs process vs thread, and how processes are made. Facts: shared/reference/domain.md A2
 * (POSIX definitions; fact-check rows C8–C10), with fork(2), execve(2), wait(2), pthreads(7),
 * sched(7) and getcontext(3) for the details, and A5 for the container's process and its shim.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { nodes } from './nodes';
import { edges } from './edges';
import { views } from './views';

export const processes: DiagramDef = {
	id: 'processes',
	title: { ko: '프로그램, 프로세스, 스레드', en: 'Program, process, thread' },
	summary: {
		ko: '디스크의 프로그램 파일이 실행 중인 프로세스가 되는 과정, 프로세스 안의 스레드, 그리고 fork와 execve로 프로세스가 만들어지는 방식. 컨테이너의 nginx도 그런 프로세스입니다.',
		en: 'How a program file on disk becomes a running process, the threads inside a process, and how fork and execve make processes; a container’s nginx is one of them.'
	},
	groups: [],
	nodes,
	edges,
	views,
	defaultView: 'program-process',
	checked: [releases.manPages603, releases.runc, releases.containerd]
};
