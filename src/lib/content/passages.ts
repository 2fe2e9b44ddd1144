/**
 * Stable keys for passages of the note. A key names one bullet by its section heading (as written
 * in the Korean note) and its index path among that section's bullets. The English translation has
 * the same structure, so the same locator finds the English passage. Keys never change when the
 * text does; nodes refer to passages only through these keys.
 */

export interface PassageLocator {
	/** Heading text of the section, exactly as in the Korean note. */
	section: string;
	/** Index path: [top-level bullet, nested bullet, …], 0-based. */
	path: number[];
}

const at = (section: string, ...path: number[]): PassageLocator => ({ section, path });

const SUMMARY = '📝 내용 정리';
const QUESTION = '❓ 특별히 궁금했던 부분';
const BEFORE = '📖 목차를 읽기 전에 든 생각';

export const passages = {
	// The note's wish before reading: docker-compose and docker-image are drawn by the images
	// diagram and the networking diagram's compose view, "the difference between VM and Docker" by
	// the virtualization diagram's compare view (its container node).
	'wish.compose-image': at(BEFORE, 1),

	'hardware.touch': at(SUMMARY, 0, 0),
	'hardware.cpu-ram': at(SUMMARY, 0, 1),
	'software.program': at(SUMMARY, 1, 0),
	'software.os': at(SUMMARY, 1, 1),

	'composition.hw-sw': at('하드웨어의 구성', 0),
	'composition.os-app': at('하드웨어의 구성', 1),
	'composition.layers': at('하드웨어의 구성', 2),
	'composition.finer': at('하드웨어의 구성', 3),

	'shell.between': at('셸', 0),
	'shell.bridge': at('셸', 1),

	'program.def': at('프로그램, 프로세스, 스레드', 0, 0),
	'process.def': at('프로그램, 프로세스, 스레드', 1, 0),
	'thread.def': at('프로그램, 프로세스, 스레드', 2, 0),

	'namespace.separate': at('네임 스페이스', 0, 0),
	'namespace.identify': at('네임 스페이스', 0, 1),

	'docker.os-level': at('도커란?', 0),
	'docker.paas': at('도커란?', 1),
	'docker.paas-structure': at('도커란?', 1, 0),
	'docker.advantage': at('도커란?', 2),

	'virt.definition': at('가상화 개념', 0),
	'virt.hosted': at('가상화 개념', 1, 0),
	'virt.hypervisor': at('가상화 개념', 1, 1),
	'virt.container': at('가상화 개념', 1, 2),

	'cli.terminal': at('도커의 구성', 0, 0),
	'cli.api': at('도커의 구성', 0, 1),
	'cli.daemon': at('도커의 구성', 0, 2),
	'dockerd.background': at('도커의 구성', 1, 0),
	'dockerd.objects': at('도커의 구성', 1, 1),
	'containerd.runtime': at('도커의 구성', 2, 0),
	'containerd.lifecycle': at('도커의 구성', 2, 1),
	'containerd.high-level': at('도커의 구성', 2, 2),
	'runc.low-level': at('도커의 구성', 3, 0),
	'runc.execution': at('도커의 구성', 3, 1),
	'shim.between': at('도커의 구성', 4, 0),
	'shim.mediator': at('도커의 구성', 4, 1),

	// The note's one question (the ❓ section), answered by the networking diagram.
	'question.networking': at(QUESTION, 0),
	'question.networking.which': at(QUESTION, 0, 0)
} satisfies Record<string, PassageLocator>;

export type PassageKey = keyof typeof passages;

/** The section of the note whose every bullet must be reachable from some node. */
export const SUMMARY_SECTION = SUMMARY;

/** The note's questions: every bullet here must be answered by some node too. */
export const QUESTION_SECTION = QUESTION;

/**
 * Passages of the summary that belong to diagrams not built yet. Listed here, in one place, so the
 * coverage test can tell "not yet drawn" from "forgotten". Remove a key when its diagram lands.
 */
export const pendingPassages: Record<string, PassageKey[]> = {};
