/**
 * The `pid` view: one process, two names. nginx is a single node whose label follows the point of
 * view (StepDef.relabel): PID 4242 seen from the host, PID 1 seen from inside its PID namespace.
 * The PIDs are examples; the rules are pid_namespaces(7)'s.
 */
import type { NodeRelabel, ViewDef } from '../../types';

const seenFromHost: Record<string, NodeRelabel> = {
	nginx: {
		label: { en: 'nginx · PID 4242', ko: 'nginx · PID 4242' },
		detail: { en: 'seen from the host', ko: '호스트에서 본 모습' }
	},
	'nginx-worker': {
		label: { en: 'nginx worker · PID 4243', ko: 'nginx worker · PID 4243' },
		detail: { en: 'seen from the host', ko: '호스트에서 본 모습' }
	}
};
const seenFromInside: Record<string, NodeRelabel> = {
	nginx: {
		label: { en: 'nginx · PID 1', ko: 'nginx · PID 1' },
		detail: { en: 'seen from inside the container', ko: '컨테이너 안에서 본 모습' }
	},
	'nginx-worker': {
		label: { en: 'nginx worker · PID 7', ko: 'nginx worker · PID 7' },
		detail: { en: 'seen from inside the container', ko: '컨테이너 안에서 본 모습' }
	}
};
const both: Record<string, NodeRelabel> = {
	nginx: {
		label: { en: 'nginx · PID 4242 | 1', ko: 'nginx · PID 4242 | 1' },
		detail: { en: 'NSpid: 4242 1', ko: 'NSpid: 4242 1' }
	},
	'nginx-worker': {
		label: { en: 'nginx worker · PID 4243 | 7', ko: 'nginx worker · PID 4243 | 7' },
		detail: { en: 'NSpid: 4243 7', ko: 'NSpid: 4243 7' }
	}
};

// What `ps` inside the container cannot list.
const hostOnly = ['host-systemd', 'host-shim'];
const treeEdges = [
	'pid-host-systemd',
	'pid-systemd-shim',
	'pid-host-ctr',
	'pid-ctr-nginx',
	'pid-nginx-worker'
];

export const pidView: ViewDef = {
	id: 'pid',
	title: { en: 'One process, two PIDs', ko: '프로세스 하나, PID 둘' },
	summary: {
		en: 'The container’s nginx is PID 1 inside its PID namespace and an ordinary PID on the host: ps inside versus ps on the host, and how PID namespaces nest.',
		ko: '컨테이너의 nginx는 자기 PID 네임스페이스 안에서는 PID 1이고 호스트에서는 평범한 PID입니다. 안에서 본 ps와 호스트에서 본 ps, 그리고 PID 네임스페이스가 중첩되는 방식을 보여 줍니다.'
	},
	layout: {
		kind: 'tree',
		// The container's branch first: when the view moves inside and the host's processes
		// disappear, the lines that empty are the last ones, not a hole in the middle.
		parent: {
			'pidns-host': null,
			'pidns-ctr': 'pidns-host',
			nginx: 'pidns-ctr',
			'nginx-worker': 'nginx',
			'host-systemd': 'pidns-host',
			'host-shim': 'host-systemd'
		}
	},
	edges: treeEdges,
	steps: [
		{
			narration: {
				en: 'On the host, `ps -e` lists every process on the machine: systemd (PID 1), the containerd-shim (4230), and the container’s nginx as PID 4242 with its worker 4243. To the host, nginx is an ordinary process. (These PIDs are examples.)',
				ko: '호스트에서 `ps -e`를 실행하면 호스트의 모든 프로세스가 나옵니다. systemd(PID 1), containerd-shim(4230), 그리고 컨테이너의 nginx가 PID 4242로, 그 worker가 4243으로 보입니다. 호스트에게 nginx는 평범한 프로세스입니다. (PID 값은 예시입니다.)'
			},
			highlight: ['host-systemd', 'host-shim', 'nginx', 'nginx-worker'],
			edges: treeEdges,
			relabel: seenFromHost
		},
		{
			narration: {
				en: 'nginx is also in a second PID namespace, made for the container as a child of the host’s. PID namespaces nest: a process has a PID in its own namespace and one in every ancestor, up to the initial namespace (at most 32 levels).',
				ko: 'nginx는 두 번째 PID 네임스페이스에도 속합니다. 컨테이너를 위해 호스트 네임스페이스의 자식으로 만든 것입니다. PID 네임스페이스는 중첩되므로, 프로세스는 자기 네임스페이스에서 하나, 그리고 초기 네임스페이스까지 조상마다 하나씩 PID를 가집니다(최대 32단계).'
			},
			highlight: ['pidns-host', 'pidns-ctr', 'nginx'],
			edges: ['pid-host-ctr', 'pid-ctr-nginx']
		},
		{
			narration: {
				en: 'Now look from inside. The nginx image has no `ps`, so borrow one that joins the same PID namespace: `docker run --rm --pid container:web busybox ps` (or `docker exec web ls /proc`). The same process is PID 1, the init of its namespace, and its worker has a small PID too. systemd and the shim are gone from the list: a process cannot see anything outside its own PID namespace. nginx’s parent, the shim, is outside too, so `getppid()` returns 0 for nginx.',
				ko: '이번에는 안에서 봅니다. nginx 이미지에는 `ps`가 없으므로 같은 PID 네임스페이스에 들어가는 것을 빌려 씁니다: `docker run --rm --pid container:web busybox ps`(또는 `docker exec web ls /proc`). 같은 프로세스가 PID 1, 즉 그 네임스페이스의 init이고, worker도 작은 PID를 가집니다. systemd와 shim은 목록에서 사라집니다. 프로세스는 자기 PID 네임스페이스 밖을 볼 수 없습니다. nginx의 부모인 shim도 밖에 있으므로 nginx가 `getppid()`를 호출하면 0이 반환됩니다.'
			},
			highlight: ['pidns-ctr', 'nginx', 'nginx-worker'],
			edges: ['pid-ctr-nginx', 'pid-nginx-worker'],
			conceal: hostOnly,
			relabel: seenFromInside
		},
		{
			narration: {
				en: 'Being PID 1 matters. Other processes in the namespace can send init only the signals it has installed a handler for, so `kill -9 1` inside does nothing; and when PID 1 exits, the kernel kills every other process in the namespace. `docker stop` sends the container’s PID 1 the image’s stop signal, SIGQUIT for nginx (its image sets `STOPSIGNAL SIGQUIT`; without one it is SIGTERM), then SIGKILL after a grace period; a SIGKILL from an ancestor namespace (the host) reaches even an init. When PID 1 ends, the container ends.',
				ko: 'PID 1이라는 것은 의미가 있습니다. 같은 네임스페이스의 다른 프로세스는 init이 핸들러를 등록한 시그널만 보낼 수 있으므로, 안에서 `kill -9 1`을 실행해도 아무 일도 일어나지 않습니다. 그리고 PID 1이 종료되면 커널은 네임스페이스의 다른 프로세스를 모두 종료시킵니다. `docker stop`은 컨테이너의 PID 1에 이미지의 정지 시그널을 보내고, 유예 시간이 지나면 SIGKILL을 보냅니다. nginx는 이미지가 `STOPSIGNAL SIGQUIT`을 설정하므로 SIGQUIT이고, 설정이 없으면 SIGTERM입니다. 조상 네임스페이스(호스트)에서 보낸 SIGKILL은 init이라도 커널이 전달합니다. PID 1이 끝나면 컨테이너도 끝납니다.'
			},
			highlight: ['nginx'],
			edges: ['pid-ctr-nginx']
		},
		{
			narration: {
				en: 'Back on the host, both names are visible at once: `grep NSpid /proc/4242/status` prints `NSpid: 4242 1`, the PID in each namespace from the host’s down to the container’s. One process, one node, two numbers.',
				ko: '호스트로 돌아오면 두 이름을 한꺼번에 볼 수 있습니다. `grep NSpid /proc/4242/status`는 `NSpid: 4242 1`을 출력합니다. 호스트 네임스페이스부터 컨테이너 네임스페이스까지 각 네임스페이스에서의 PID입니다. 프로세스 하나, 노드 하나, 번호 둘입니다.'
			},
			highlight: ['pidns-host', 'pidns-ctr', 'nginx', 'nginx-worker'],
			edges: treeEdges,
			reveal: hostOnly,
			relabel: both
		}
	]
};
