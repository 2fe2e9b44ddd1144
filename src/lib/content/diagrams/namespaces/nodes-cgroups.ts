/**
 * Nodes of the `cgroups` view: the cgroup v2 hierarchy, the container's cgroup, the interface files
 * `docker run`'s flags become, and what the kernel does at each limit.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

export const cgroupNodes: NodeDef[] = [
	{
		id: 'cg-root',
		label: { en: '/sys/fs/cgroup', ko: '/sys/fs/cgroup' },
		detail: { en: 'cgroup v2 root', ko: 'cgroup v2 루트' },
		tone: 'kernel',
		notes: ['namespace.separate'],
		about: {
			en: 'Control groups organize processes "into hierarchical groups whose usage of various types of resources can then be limited and monitored". cgroup v2 has a single unified hierarchy, mounted at `/sys/fs/cgroup`: each cgroup is a directory, its processes are listed in `cgroup.procs`, and controllers (memory, cpu, pids, io…) add interface files. This, not a namespace, is what limits how much a process can use.',
			ko: 'cgroup(컨트롤 그룹)은 프로세스를 계층적인 그룹으로 묶어 여러 종류의 리소스 사용량을 제한하고 감시할 수 있게 합니다. cgroup v2는 `/sys/fs/cgroup`에 마운트되는 하나의 통합 계층을 가집니다. cgroup 하나가 디렉터리 하나이고, 그 프로세스는 `cgroup.procs`에 적히며, 컨트롤러(memory, cpu, pids, io 등)가 인터페이스 파일을 더합니다. 프로세스가 얼마나 쓸 수 있는지를 제한하는 것은 네임스페이스가 아니라 이것입니다.'
		},
		sources: [src.manCgroups, src.kernelCgroupV2],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'kernel' }]
	},
	{
		id: 'cg-slice',
		label: { en: 'system.slice', ko: 'system.slice' },
		detail: { en: 'system services', ko: '시스템 서비스용' },
		tone: 'kernel',
		about: {
			en: "On cgroup v2 Docker's default cgroup driver is systemd (on v1 it is cgroupfs; defaults as in Engine 29.x, the release checked), so containers get their cgroups under systemd's `system.slice`, next to services such as `docker.service`: `/sys/fs/cgroup/system.slice/docker-<id>.scope/`. With the cgroupfs driver they live under `/sys/fs/cgroup/docker/<id>/` instead.",
			ko: 'cgroup v2에서 Docker의 기본 cgroup 드라이버는 systemd이므로(v1에서는 cgroupfs이며, 확인한 Engine 29.x 기준입니다), 컨테이너의 cgroup은 `docker.service` 같은 서비스와 나란히 systemd의 `system.slice` 아래, `/sys/fs/cgroup/system.slice/docker-<id>.scope/`에 만들어집니다. cgroupfs 드라이버를 쓰면 `/sys/fs/cgroup/docker/<id>/` 아래에 있습니다.'
		},
		sources: [src.dockerRunmetrics, src.mobyConfigLinux]
	},
	{
		id: 'cg-scope',
		label: { en: 'docker-<id>.scope', ko: 'docker-<id>.scope' },
		detail: { en: "the container's cgroup", ko: '컨테이너의 cgroup' },
		tone: 'vm',
		about: {
			en: "One cgroup per container, named after its full ID. dockerd writes the `docker run` limits into the OCI spec's `linux.resources`; runc creates the cgroup and sets them. Limits are hierarchical: a cgroup can never use more than its ancestors allow.",
			ko: '컨테이너마다 전체 ID를 이름으로 하는 cgroup이 하나씩 있습니다. dockerd가 `docker run`의 한도를 OCI 스펙의 `linux.resources`에 적고, runc가 cgroup을 만들어 그 값을 설정합니다. 한도는 계층적이어서 cgroup은 조상이 허용하는 것보다 많이 쓸 수 없습니다.'
		},
		sources: [src.dockerRunmetrics, src.ociLinux, src.kernelCgroupV2]
	},
	{
		id: 'cg-flags',
		label: { en: 'docker run', ko: 'docker run' },
		detail: {
			en: 'resource flags',
			ko: '리소스 옵션'
		},
		tone: 'engine',
		about: {
			en: "Resource flags of `docker run`. By default a container has no resource constraints and can use as much of a resource as the host's kernel scheduler allows; these flags set limits in its cgroup.",
			ko: '`docker run`의 리소스 옵션입니다. 기본적으로 컨테이너에는 리소스 제약이 없어 호스트 커널의 스케줄러가 허용하는 만큼 쓸 수 있으며, 이 옵션들이 컨테이너 cgroup에 한도를 설정합니다.'
		},
		sources: [src.dockerResources, src.dockerRunRef]
	},
	{
		id: 'cg-memory',
		label: { en: 'memory.max', ko: 'memory.max' },
		detail: { en: '536870912 bytes', ko: '536870912바이트' },
		tone: 'file',
		about: {
			en: "`--memory=512m` (512 MiB, 512 × 1024 × 1024) becomes `memory.max` = 536870912 bytes, the hard limit on the cgroup's memory use.",
			ko: '`--memory=512m`(512MiB, 512 × 1024 × 1024)은 cgroup 메모리 사용량의 한도인 `memory.max` = 536870912바이트가 됩니다.'
		},
		sources: [src.dockerResources, src.kernelCgroupV2]
	},
	{
		id: 'cg-cpu',
		label: { en: 'cpu.max', ko: 'cpu.max' },
		detail: { en: '150000 100000', ko: '150000 100000' },
		tone: 'file',
		about: {
			en: '`--cpus=1.5` is the same as `--cpu-period=100000 --cpu-quota=150000`. runc writes the two as `cpu.max` = `150000 100000` ("$MAX $PERIOD"): the group may use up to 150 000 µs of CPU time in each 100 000 µs period, one and a half CPUs’ worth.',
			ko: '`--cpus=1.5`는 `--cpu-period=100000 --cpu-quota=150000`과 같습니다. runc는 이 둘을 `cpu.max` = `150000 100000`("$MAX $PERIOD")으로 기록하며, 그룹은 100 000µs 주기마다 CPU 시간을 최대 150 000µs, 즉 CPU 1.5개만큼 쓸 수 있습니다.'
		},
		sources: [src.dockerResources, src.kernelCgroupV2, src.runcCgroupCpu]
	},
	{
		id: 'cg-pids',
		label: { en: 'pids.max', ko: 'pids.max' },
		detail: { en: '100 tasks', ko: '태스크 100개' },
		tone: 'file',
		about: {
			en: '`--pids-limit=100` becomes `pids.max` = 100, the hard limit on the number of processes (and threads) in the cgroup.',
			ko: '`--pids-limit=100`은 cgroup 안 프로세스(와 스레드) 수의 한도인 `pids.max` = 100이 됩니다.'
		},
		sources: [src.dockerRunRef, src.kernelCgroupV2]
	},
	{
		id: 'cg-oom',
		label: { en: 'OOM kill', ko: 'OOM 킬' },
		detail: { en: 'in this cgroup only', ko: '이 cgroup 안에서만' },
		tone: 'external',
		about: {
			en: "When the cgroup's usage reaches `memory.max` and cannot be reduced by reclaim, the kernel invokes the OOM killer in that cgroup: a process of the container is killed, not one elsewhere on the host. `docker inspect` then reports `OOMKilled: true` (a process of the container was killed for lack of memory); if that process was the main one, nginx, the container has also exited.",
			ko: 'cgroup의 사용량이 `memory.max`에 이르고 회수로도 줄일 수 없으면 커널이 그 cgroup 안에서 OOM 킬러를 호출합니다. 호스트의 다른 곳이 아니라 그 컨테이너의 프로세스가 종료됩니다. 그러면 `docker inspect`에 `OOMKilled: true`(컨테이너의 프로세스가 메모리 부족으로 종료됨)가 표시되고, 그 프로세스가 주 프로세스인 nginx였다면 컨테이너도 종료된 상태입니다.'
		},
		sources: [src.kernelCgroupV2, src.dockerResources, src.mobySwagger]
	},
	{
		id: 'cg-throttle',
		label: { en: 'Throttled', ko: '스로틀링' },
		detail: { en: 'until next period', ko: '다음 주기까지 대기' },
		tone: 'external',
		about: {
			en: 'A cgroup that has used its `$MAX` for the current period is throttled: its threads are not scheduled again until the next period begins. Nothing is killed; the work just takes longer (`cpu.stat` counts `nr_throttled`).',
			ko: '이번 주기의 `$MAX`를 다 쓴 cgroup은 스로틀링됩니다. 다음 주기가 시작될 때까지 그 스레드는 다시 스케줄되지 않습니다. 종료되는 것은 없고 작업이 느려질 뿐입니다(`cpu.stat`이 `nr_throttled`를 셉니다).'
		},
		sources: [src.kernelCgroupV2]
	},
	{
		id: 'cg-eagain',
		label: { en: 'fork() fails: EAGAIN', ko: 'fork() 실패: EAGAIN' },
		detail: { en: 'no new process past pids.max', ko: 'pids.max를 넘는 새 프로세스 없음' },
		tone: 'external',
		about: {
			en: "Once the cgroup holds `pids.max` processes, `fork()` and `clone()` inside it return `EAGAIN`. A fork bomb in the container stops at its limit instead of exhausting the host's process table.",
			ko: 'cgroup 안의 프로세스가 `pids.max`개에 이르면 그 안에서 `fork()`와 `clone()`은 `EAGAIN`을 반환합니다. 컨테이너 안의 포크 폭탄은 호스트의 프로세스 테이블을 고갈시키지 못하고 한도에서 멈춥니다.'
		},
		sources: [src.kernelCgroupV2, src.kernelPids]
	}
];
