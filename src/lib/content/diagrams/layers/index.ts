/**
 * What the note builds on: hardware and software, the OS's inner layers, and the shell. Facts and
 * sources: shared/reference/domain.md A1 (fact-check rows C1–C7), with the pty, fork/execve and
 * system-call details checked in the Linux man-pages and the Bash manual. The note's three
 * refinements are drawn as written; where it files the libraries under the OS and puts the shell
 * between the OS and applications, the drawing follows the sources and the correction sits beside.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { nodes } from './nodes';
import { edges } from './edges';
import { views } from './views';

export const layers: DiagramDef = {
	id: 'layers',
	title: {
		ko: '하드웨어에서 애플리케이션까지, 그리고 셸',
		en: 'From hardware to applications, and the shell'
	},
	summary: {
		ko: '노트가 도커에 앞서 세우는 기초: 하드웨어 위의 소프트웨어, 운영체제의 층(커널과 라이브러리), 그리고 셸이 실제로 명령 하나를 실행하는 방식.',
		en: 'What the note builds on before Docker: software on hardware, the layers of the operating system (kernel and libraries), and how the shell really runs one command.'
	},
	groups: [],
	nodes,
	edges,
	views,
	defaultView: 'refine',
	checked: [releases.manPages603, releases.debian]
};
