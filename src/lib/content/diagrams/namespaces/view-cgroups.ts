/** The `cgroups` view: the other half. Namespaces limit what a process sees; cgroups limit what it uses. */
import type { ViewDef } from '../../types';

const files = ['cg-memory', 'cg-cpu', 'cg-pids'];

export const cgroupsView: ViewDef = {
	id: 'cgroups',
	title: { en: 'cgroups: the limits', ko: 'cgroup: 사용량 한도' },
	summary: {
		en: 'The other half of a container: the cgroup v2 hierarchy, docker run’s --memory, --cpus and --pids-limit becoming memory.max, cpu.max and pids.max, and what happens at each limit.',
		ko: '컨테이너의 나머지 절반: cgroup v2 계층, docker run의 --memory, --cpus, --pids-limit이 memory.max, cpu.max, pids.max가 되는 과정, 그리고 각 한도에서 일어나는 일을 보여 줍니다.'
	},
	layout: {
		kind: 'grid',
		cols: 3,
		rows: 5,
		place: {
			'cg-root': { col: 0, row: 0 },
			'cg-flags': { col: 1, row: 0 },
			'cg-slice': { col: 0, row: 1 },
			nginx: { col: 2, row: 1 },
			'cg-scope': { col: 0, row: 2, cols: 3 },
			'cg-memory': { col: 0, row: 3 },
			'cg-cpu': { col: 1, row: 3 },
			'cg-pids': { col: 2, row: 3 },
			'cg-oom': { col: 0, row: 4 },
			'cg-throttle': { col: 1, row: 4 },
			'cg-eagain': { col: 2, row: 4 }
		}
	},
	edges: [
		'cg-root-slice',
		'cg-slice-scope',
		'cg-flags-scope',
		'cg-nginx-scope',
		'cg-scope-memory',
		'cg-scope-cpu',
		'cg-scope-pids',
		'cg-memory-oom',
		'cg-cpu-throttle',
		'cg-pids-eagain'
	],
	steps: [
		{
			narration: {
				en: 'Control groups organize processes into a hierarchy "whose usage of various types of resources can then be limited and monitored". cgroup v2 has one tree under `/sys/fs/cgroup`: each cgroup is a directory; with the systemd cgroup driver, Docker’s default on v2, a container’s is `system.slice/docker-<id>.scope`.',
				ko: 'cgroup은 프로세스를 계층으로 묶어 여러 종류의 리소스 사용량을 제한하고 감시할 수 있게 합니다. cgroup v2에는 `/sys/fs/cgroup` 아래에 트리가 하나만 있으며 cgroup 하나가 디렉터리 하나입니다. cgroup v2에서 Docker의 기본 cgroup 드라이버인 systemd를 쓰면 컨테이너의 cgroup은 `system.slice/docker-<id>.scope`입니다.'
			},
			highlight: ['cg-root', 'cg-slice', 'cg-scope'],
			edges: ['cg-root-slice', 'cg-slice-scope']
		},
		{
			narration: {
				en: '`docker run --memory=512m --cpus=1.5 --pids-limit=100 nginx`: dockerd writes the limits into the OCI spec’s `linux.resources` (`--cpus=1.5` as a quota of 150000 µs per 100000 µs period), and runc sets them in the container’s cgroup as `memory.max` = 536870912, `cpu.max` = `150000 100000` and `pids.max` = 100.',
				ko: '`docker run --memory=512m --cpus=1.5 --pids-limit=100 nginx`: dockerd가 한도를 OCI 스펙의 `linux.resources`에 적고(`--cpus=1.5`는 100000µs 주기마다 150000µs라는 할당량이 됩니다), runc가 컨테이너 cgroup에 `memory.max` = 536870912, `cpu.max` = `150000 100000`, `pids.max` = 100으로 설정합니다.'
			},
			highlight: ['cg-flags', 'cg-scope', ...files],
			edges: ['cg-flags-scope', 'cg-scope-memory', 'cg-scope-cpu', 'cg-scope-pids'],
			tokens: [{ edge: 'cg-flags-scope' }]
		},
		{
			narration: {
				en: 'nginx is placed in the scope, so its PID is listed in the scope’s `cgroup.procs`, and every process it forks is born in the same cgroup. Inside the container, its private cgroup namespace makes that cgroup look like the root `/`.',
				ko: 'nginx는 scope에 들어가므로 그 PID가 scope의 `cgroup.procs`에 나열되고, nginx가 fork하는 모든 프로세스도 같은 cgroup에서 태어납니다. 컨테이너 안에서는 전용 cgroup 네임스페이스 덕분에 그 cgroup이 루트 `/`처럼 보입니다.'
			},
			highlight: ['nginx', 'cg-scope'],
			edges: ['cg-nginx-scope']
		},
		{
			narration: {
				en: 'Memory at the limit: when usage reaches `memory.max` and reclaim cannot bring it down, the kernel invokes the OOM killer in that cgroup. A process of this container dies, nobody else’s, and `docker inspect` reports `OOMKilled: true`; if the victim is nginx, the container exits.',
				ko: '메모리가 한도에 이르면: 사용량이 `memory.max`에 이르고 회수로도 줄일 수 없을 때, 커널은 그 cgroup 안에서 OOM 킬러를 호출합니다. 다른 곳이 아닌 이 컨테이너의 프로세스가 종료되고 `docker inspect`에 `OOMKilled: true`가 표시되며, 종료된 것이 nginx라면 컨테이너도 종료됩니다.'
			},
			highlight: ['cg-memory', 'cg-oom'],
			edges: ['cg-memory-oom'],
			reveal: ['cg-oom']
		},
		{
			narration: {
				en: 'CPU at the limit: once the group has used its 150 000 µs of the current 100 000 µs period, it is throttled until the next period begins. Nothing is killed; nginx just answers more slowly.',
				ko: 'CPU가 한도에 이르면: 그룹이 이번 100 000µs 주기에 허용된 150 000µs를 다 쓰면, 다음 주기가 시작될 때까지 스로틀링됩니다. 종료되는 것은 없고 nginx의 응답이 느려질 뿐입니다.'
			},
			highlight: ['cg-cpu', 'cg-throttle'],
			edges: ['cg-cpu-throttle'],
			reveal: ['cg-throttle']
		},
		{
			narration: {
				en: 'Processes at the limit: with 100 tasks in the cgroup, `fork()` and `clone()` there return `EAGAIN`. A fork bomb in the container stops at 100 instead of exhausting the host.',
				ko: '프로세스 수가 한도에 이르면: cgroup에 태스크가 100개 있으면 그 안의 `fork()`와 `clone()`은 `EAGAIN`을 반환합니다. 컨테이너 안의 포크 폭탄은 호스트를 고갈시키지 못하고 100개에서 멈춥니다.'
			},
			highlight: ['cg-pids', 'cg-eagain'],
			edges: ['cg-pids-eagain'],
			reveal: ['cg-eagain']
		},
		{
			narration: {
				en: 'The two halves together: namespaces decide what a container’s processes can see, cgroups how much they can use. Neither is a virtual machine; both are settings of the one host kernel.',
				ko: '두 절반을 합치면: 네임스페이스는 컨테이너의 프로세스가 무엇을 볼 수 있는지를, cgroup은 얼마나 쓸 수 있는지를 정합니다. 어느 쪽도 가상 머신이 아니며, 둘 다 하나뿐인 호스트 커널의 설정입니다.'
			},
			edges: ['cg-memory-oom', 'cg-cpu-throttle', 'cg-pids-eagain']
		}
	]
};
