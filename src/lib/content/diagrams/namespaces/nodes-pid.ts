/**
 * Nodes of the `pid` view: the host's PID namespace and the container's, nested, with the processes
 * in them. nginx is one node whose label changes with the point of view (StepDef.relabel).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

export const pidNodes: NodeDef[] = [
	{
		id: 'pidns-host',
		label: { en: 'Host PID namespace', ko: '호스트 PID 네임스페이스' },
		detail: { en: 'the initial one · level 0', ko: '초기 네임스페이스 · 0단계' },
		tone: 'kernel',
		about: {
			en: "The initial PID namespace, the root of the tree. Every process on the machine has a PID here, including all containers' processes; a process in it sees all of them.",
			ko: '트리의 뿌리인 초기 PID 네임스페이스입니다. 컨테이너의 프로세스를 포함해 호스트의 모든 프로세스가 여기서 PID를 가지며, 이 네임스페이스의 프로세스는 그 모두를 볼 수 있습니다.'
		},
		sources: [src.manPidNamespaces]
	},
	{
		id: 'host-systemd',
		label: { en: 'systemd', ko: 'systemd' },
		detail: { en: 'PID 1 of the host', ko: '호스트의 PID 1' },
		tone: 'process',
		about: {
			en: "The host's init, PID 1 of the initial PID namespace. It is invisible from inside the container, whose own PID 1 is nginx.",
			ko: '호스트의 init으로, 초기 PID 네임스페이스의 PID 1입니다. 컨테이너 안에서는 보이지 않으며, 컨테이너의 PID 1은 nginx입니다.'
		},
		sources: [src.manPidNamespaces, src.mobySystemdUnit],
		related: [{ diagram: 'runtime', view: 'process-tree', node: 'systemd' }]
	},
	{
		id: 'host-shim',
		label: { en: 'containerd-shim', ko: 'containerd-shim' },
		detail: { en: 'PID 4230 · parent of nginx', ko: 'PID 4230 · nginx의 부모' },
		tone: 'process',
		about: {
			en: "The container's parent process lives in the host's PID namespace, outside the container's. Seen from inside, nginx's parent PID is 0: pid_namespaces(7) says `getppid()` returns 0 for a process whose parent is outside its PID namespace, as the parent of every namespace's PID 1 is.",
			ko: '컨테이너의 부모 프로세스는 컨테이너의 PID 네임스페이스 밖, 호스트의 PID 네임스페이스에 있습니다. 안에서 보면 nginx의 부모 PID는 0입니다. pid_namespaces(7)에 따르면 부모가 PID 네임스페이스 밖에 있는 프로세스가 `getppid()`를 호출하면 0이 반환되며, 모든 네임스페이스의 PID 1이 그런 프로세스입니다.'
		},
		sources: [src.manPidNamespaces, src.containerdRuntimeV2],
		related: [{ diagram: 'runtime', view: 'process-tree', node: 'containerd-shim' }]
	},
	{
		id: 'pidns-ctr',
		label: { en: "Container's PID namespace", ko: '컨테이너의 PID 네임스페이스' },
		detail: { en: "a child of the host's · level 1", ko: '호스트 네임스페이스의 자식 · 1단계' },
		tone: 'vm',
		about: {
			en: "A PID namespace created for the container, as a child of the host's. Its processes have a PID here and another in every ancestor namespace; they cannot see any process outside it. Since Linux 3.7, PID namespaces nest at most 32 levels deep. The `NSpid` line of `/proc/<pid>/status` lists a process's PID in each of them, starting from the PID namespace that mounted the `/proc` you read (the host's, on the host).",
			ko: '컨테이너를 위해 호스트 네임스페이스의 자식으로 만든 PID 네임스페이스입니다. 그 안의 프로세스는 여기서 하나, 그리고 조상 네임스페이스마다 또 하나의 PID를 가지며, 바깥의 프로세스는 보지 못합니다. Linux 3.7부터 PID 네임스페이스는 최대 32단계까지 중첩됩니다. `/proc/<pid>/status`의 `NSpid` 줄은 읽는 `/proc`을 마운트한 PID 네임스페이스(호스트에서 읽으면 호스트의 것)부터 안쪽으로 각 네임스페이스에서의 PID를 나열합니다.'
		},
		sources: [src.manPidNamespaces, src.manProc]
	},
	{
		id: 'nginx-worker',
		label: { en: 'nginx worker', ko: 'nginx worker' },
		detail: { en: 'PID 4243', ko: 'PID 4243' },
		tone: 'app',
		about: {
			en: 'A child that nginx forked. A process forked inside the container lands in the same PID namespace and gets a PID there and one on the host. (All PIDs in this view are examples.)',
			ko: 'nginx가 fork한 자식입니다. 컨테이너 안에서 fork된 프로세스는 같은 PID 네임스페이스에 들어가며, 그 안에서 하나, 호스트에서 하나의 PID를 받습니다. (이 보기의 PID 값은 모두 예시입니다.)'
		},
		sources: [src.manPidNamespaces]
	}
];
