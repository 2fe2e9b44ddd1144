/**
 * The `docker` view: which namespaces Docker creates for a container by default, and the flags that
 * share the host's instead. Version-dependent facts follow domain.md A3 ([M-ocidef], [M-daemon]).
 */
import type { NodeRelabel, ViewDef } from '../../types';

const L = (en: string, ko: string) => ({ en, ko });
// Box details stay short: a 390 px column fits about 20 characters; the narration says the rest.
const fresh = L('new per container', '컨테이너마다 새로');
const byDefault = ['ns-mnt', 'ns-net', 'ns-uts', 'ns-pid', 'ns-ipc'];

const shared = (flag: string): NodeRelabel => ({ detail: L(flag, flag) });
const web: NodeRelabel = { detail: L('container:web', 'container:web') };
const userDefault: NodeRelabel = {
	detail: L('rootful: remap only', 'rootful은 remap일 때만')
};

export const dockerView: ViewDef = {
	id: 'docker',
	title: { en: 'What Docker creates', ko: 'Docker가 만드는 것' },
	summary: {
		en: 'Which namespaces Docker creates for each container by default, which depend on the cgroup version, engine version or daemon settings, and what --pid=host, --network=host, --ipc=host, --uts=host and --userns=host share instead.',
		ko: 'Docker가 컨테이너마다 기본으로 만드는 네임스페이스, cgroup 버전·엔진 버전·데몬 설정에 따라 달라지는 네임스페이스, 그리고 --pid=host, --network=host, --ipc=host, --uts=host, --userns=host가 대신 공유하는 것을 보여 줍니다.'
	},
	layout: {
		kind: 'grid',
		cols: 3,
		rows: 4,
		place: {
			// The five Docker always creates first, then the three that depend on something.
			'ns-mnt': { col: 0, row: 0 },
			'ns-net': { col: 1, row: 0 },
			'ns-uts': { col: 2, row: 0 },
			'ns-pid': { col: 0, row: 1 },
			'ns-ipc': { col: 1, row: 1 },
			'ns-cgroup': { col: 2, row: 1 },
			'ns-time': { col: 0, row: 2 },
			'ns-user': { col: 1, row: 2 },
			'host-set': { col: 0, row: 3 },
			'ctr-set': { col: 2, row: 3 }
		}
	},
	edges: [],
	steps: [
		{
			narration: {
				en: 'For every container, Docker asks for five new namespaces: mount, network, UTS, PID and IPC. That is what gives each container its own filesystem tree, `eth0`, hostname, PID 1 and IPC objects.',
				ko: 'Docker는 컨테이너마다 새 네임스페이스 다섯 개를 요청합니다. 마운트, 네트워크, UTS, PID, IPC입니다. 그래서 컨테이너마다 자신만의 파일시스템 트리, `eth0`, 호스트 이름, PID 1, IPC 객체를 가집니다.'
			},
			highlight: [...byDefault, 'ctr-set'],
			relabel: Object.fromEntries(byDefault.map((id) => [id, { detail: fresh }]))
		},
		{
			narration: {
				en: 'Cgroup depends on the host (defaults as in Engine 29.x, the release checked): on cgroup v2 the default is a private cgroup namespace (`--cgroupns=private`), so the container sees its own cgroup as `/`; on cgroup v1 the default is the host’s.',
				ko: 'cgroup 네임스페이스는 호스트에 따라 다릅니다(기본값은 확인한 Engine 29.x 기준). cgroup v2에서는 전용 cgroup 네임스페이스(`--cgroupns=private`)가 기본이어서 컨테이너는 자신의 cgroup을 `/`로 봅니다. cgroup v1에서는 호스트의 것이 기본입니다.'
			},
			highlight: ['ns-cgroup'],
			relabel: { 'ns-cgroup': { detail: L('private on cgroup v2', 'cgroup v2에서 전용') } }
		},
		{
			narration: {
				en: 'Time depends on the engine: Docker Engine 29.5.0 and later give each container a private time namespace on kernels that support it (Linux 5.6+). Older engines create none, and every container shares the host’s clocks.',
				ko: '시간 네임스페이스는 엔진 버전에 따라 다릅니다. Docker Engine 29.5.0 이상은 이를 지원하는 커널(Linux 5.6 이상)에서 컨테이너마다 전용 시간 네임스페이스를 줍니다. 그보다 오래된 엔진은 만들지 않으므로 모든 컨테이너가 호스트의 시계를 함께 씁니다.'
			},
			highlight: ['ns-time'],
			relabel: { 'ns-time': { detail: L('from Engine 29.5', 'Engine 29.5부터') } }
		},
		{
			narration: {
				en: 'User: none by default on a rootful Docker Engine (a daemon run as root). Container root is host root (UID 0), held back by a reduced set of capabilities, seccomp and the other namespaces. Only when the daemon runs with `userns-remap` does each container get a user namespace that maps its root to an unprivileged host UID range. Rootless mode runs the daemon and its containers inside a user namespace, so container root is the unprivileged user who runs it; under Docker Desktop, container root is root of its VM.',
				ko: 'rootful Docker Engine(root로 실행되는 데몬)에서 사용자 네임스페이스는 기본으로 없습니다. 컨테이너의 root는 호스트의 root(UID 0)이며, 줄어든 capability 집합, seccomp, 다른 네임스페이스로 제한됩니다. 데몬을 `userns-remap`으로 실행할 때에만 컨테이너마다 사용자 네임스페이스가 생겨, 컨테이너의 root가 권한 없는 호스트 UID 범위로 매핑됩니다. rootless 모드는 데몬과 컨테이너를 사용자 네임스페이스 안에서 실행하므로 컨테이너의 root는 그 데몬을 실행한 권한 없는 사용자이고, Docker Desktop에서 컨테이너의 root는 그 VM의 root입니다.'
			},
			highlight: ['ns-user', 'host-set'],
			relabel: { 'ns-user': userDefault }
		},
		{
			narration: {
				en: 'Flags can share the host’s instead of creating one: `--pid=host` (the container sees every host process), `--network=host` (no `eth0` of its own; it uses the host’s ports), `--ipc=host`, `--uts=host`; on a remapping daemon, `--userns=host` turns remapping off for one container.',
				ko: '옵션으로 새로 만들지 않고 호스트의 것을 공유할 수도 있습니다. `--pid=host`(컨테이너가 호스트의 모든 프로세스를 봅니다), `--network=host`(자신의 `eth0` 없이 호스트의 포트를 씁니다), `--ipc=host`, `--uts=host`가 그렇습니다. 재매핑하는 데몬에서는 `--userns=host`로 컨테이너 하나만 재매핑을 끌 수 있습니다.'
			},
			highlight: ['ns-pid', 'ns-net', 'ns-ipc', 'ns-uts', 'ns-user', 'host-set'],
			relabel: {
				'ns-pid': shared('--pid=host'),
				'ns-net': shared('--network=host'),
				'ns-ipc': shared('--ipc=host'),
				'ns-uts': shared('--uts=host'),
				'ns-user': shared('--userns=host')
			}
		},
		{
			narration: {
				en: 'Or share another container’s: `--network container:web`, `--pid container:web` and `--ipc container:web` (if web was started with `--ipc shareable`) join web’s namespaces, so a sidecar reaches web over `localhost` or sees its processes. Namespaces are per type, so a container can mix new, host and shared ones.',
				ko: '다른 컨테이너의 것을 공유할 수도 있습니다. `--network container:web`, `--pid container:web`, `--ipc container:web`(web을 `--ipc shareable`로 시작했을 때)은 web의 네임스페이스에 들어가므로, 사이드카가 `localhost`로 web에 접속하거나 그 프로세스를 볼 수 있습니다. 네임스페이스는 타입별로 정해지므로 컨테이너는 새것, 호스트의 것, 공유한 것을 섞어 가질 수 있습니다.'
			},
			highlight: ['ns-net', 'ns-pid', 'ns-ipc', 'ctr-set'],
			relabel: {
				'ns-net': web,
				'ns-pid': web,
				'ns-ipc': web,
				'ns-uts': { detail: fresh },
				'ns-user': userDefault
			}
		}
	]
};
