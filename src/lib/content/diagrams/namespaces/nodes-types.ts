/**
 * The eight Linux namespace types (namespaces(7), "Namespace types" table; domain.md A3), the host's
 * initial set beside one container's set, the processes in them and the `/proc/<pid>/ns/*` handles.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

/**
 * One namespace type: its name, `CLONE_NEW*` flag and what it isolates, as namespaces(7) lists them.
 * The box shows the flag alone (flag plus "isolates" is cut off in a 390 px column); what it isolates
 * opens the explanation.
 */
function nsType(
	id: string,
	label: NodeDef['label'],
	flag: string,
	isolates: NodeDef['label'],
	about: NodeDef['about'],
	extra: Partial<NodeDef> = {}
): NodeDef {
	const { sources = [], ...rest } = extra;
	return {
		id,
		label,
		detail: { en: flag, ko: flag },
		tone: 'kernel',
		about: {
			en: `Isolates: ${isolates.en}. ${about.en}`,
			ko: `격리 대상: ${isolates.ko}. ${about.ko}`
		},
		...rest,
		sources: [src.manNamespaces, ...sources]
	};
}

export const typeNodes: NodeDef[] = [
	nsType(
		'ns-cgroup',
		{ en: 'Cgroup', ko: 'cgroup' },
		'CLONE_NEWCGROUP',
		{ en: 'cgroup root directory', ko: 'cgroup 루트 디렉터리' },
		{
			en: "Virtualizes the view of a process's cgroups: in `/proc/<pid>/cgroup` and in cgroup mounts, the cgroup the namespace was made in appears as the root `/`. A container therefore sees its own cgroup as the top of the tree and none of the host's paths above it. It isolates the view only; the limits are set in the cgroup itself. Docker gives each container a private one by default on cgroup v2 (`--cgroupns=private`); on cgroup v1 the default is the host's (so in Engine 29.x, the release checked).",
			ko: '프로세스가 보는 cgroup 경로를 가상화합니다. `/proc/<pid>/cgroup`과 cgroup 마운트에서 네임스페이스를 만든 시점의 cgroup이 루트 `/`로 보이므로, 컨테이너는 자신의 cgroup을 트리의 맨 위로 보고 그 위의 호스트 경로는 보지 못합니다. 격리하는 것은 보이는 경로뿐이고, 한도는 cgroup 자체에 설정됩니다. Docker는 cgroup v2에서 컨테이너마다 전용 cgroup 네임스페이스를 기본으로 주고(`--cgroupns=private`), cgroup v1에서는 호스트의 것이 기본입니다(확인한 Engine 29.x 기준).'
		},
		{ sources: [src.manCgroupNamespaces, src.dockerRunmetrics, src.mobyConfigLinux] }
	),
	nsType(
		'ns-ipc',
		{ en: 'IPC', ko: 'IPC' },
		'CLONE_NEWIPC',
		{ en: 'System V IPC, POSIX message queues', ko: 'System V IPC, POSIX 메시지 큐' },
		{
			en: 'Each IPC namespace has its own System V IPC objects (shared memory, semaphores, message queues) and its own POSIX message queues; processes in other IPC namespaces cannot see them.',
			ko: 'IPC 네임스페이스마다 자신만의 System V IPC 객체(공유 메모리, 세마포어, 메시지 큐)와 POSIX 메시지 큐가 있으며, 다른 IPC 네임스페이스의 프로세스는 이것을 볼 수 없습니다.'
		},
		{ sources: [src.manIpcNamespaces] }
	),
	nsType(
		'ns-net',
		{ en: 'Network', ko: '네트워크' },
		'CLONE_NEWNET',
		{ en: 'network devices, stacks, ports', ko: '네트워크 장치, 스택, 포트' },
		{
			en: "A network namespace has its own network devices, IP addresses, routing tables, firewall rules, `/proc/net`, and port numbers (sockets). A container's `eth0` and its port 80 exist only in its own network namespace; a veth pair links it to the host's.",
			ko: '네트워크 네임스페이스는 자신만의 네트워크 장치, IP 주소, 라우팅 테이블, 방화벽 규칙, `/proc/net`, 포트 번호(소켓)를 가집니다. 컨테이너의 `eth0`과 80번 포트는 그 컨테이너의 네트워크 네임스페이스에만 있고, veth 쌍이 이것을 호스트 쪽과 이어 줍니다.'
		},
		{
			sources: [src.manNetworkNamespaces],
			related: [{ diagram: 'networking', view: 'user-bridge', node: 'web-ns' }]
		}
	),
	nsType(
		'ns-mnt',
		{ en: 'Mount', ko: '마운트' },
		'CLONE_NEWNS',
		{ en: 'mount points', ko: '마운트 지점' },
		{
			en: "Each mount namespace has its own list of mount points, so processes in it see their own file-system tree. For Docker, dockerd has already mounted the container's root filesystem (the `root.path` of `config.json`); inside a new mount namespace runc bind-mounts that directory onto itself and `pivot_root`s into it, which is why the container sees the image's files at `/`.",
			ko: '마운트 네임스페이스마다 자신만의 마운트 지점 목록이 있어, 그 안의 프로세스는 자신만의 파일시스템 트리를 봅니다. Docker에서는 컨테이너의 루트 파일시스템(`config.json`의 `root.path`)을 dockerd가 이미 마운트해 두었고, runc는 새 마운트 네임스페이스 안에서 그 디렉터리를 자기 자신 위에 바인드 마운트한 뒤 `pivot_root`로 그곳을 루트로 삼습니다. 그래서 컨테이너는 `/`에서 이미지의 파일을 봅니다.'
		},
		{ sources: [src.manMountNamespaces, src.runcRootfs, src.ociLinux, src.dockerRunning] }
	),
	nsType(
		'ns-pid',
		{ en: 'PID', ko: 'PID' },
		'CLONE_NEWPID',
		{ en: 'process IDs', ko: '프로세스 ID' },
		{
			en: 'A PID namespace numbers its processes on its own, starting from 1; the first process in it is its init. PID namespaces nest: a process is visible, with a different PID, in its own namespace and in every ancestor, but sees nothing above its own. That is why nginx is PID 1 inside its container and has an ordinary PID on the host.',
			ko: 'PID 네임스페이스는 프로세스 번호를 1부터 따로 매기며, 그 안의 첫 프로세스가 init이 됩니다. PID 네임스페이스는 중첩됩니다. 프로세스는 자기 네임스페이스와 모든 조상 네임스페이스에서 서로 다른 PID로 보이지만, 자기 위쪽은 보지 못합니다. 그래서 nginx는 컨테이너 안에서는 PID 1이고 호스트에서는 평범한 PID를 가집니다.'
		},
		{
			sources: [src.manPidNamespaces, src.dockerRunning],
			related: [{ diagram: 'runtime', view: 'process-tree', node: 'nginx' }]
		}
	),
	nsType(
		'ns-time',
		{ en: 'Time', ko: '시간' },
		'CLONE_NEWTIME',
		{ en: 'boot and monotonic clocks', ko: '부팅·단조 시계' },
		{
			en: "Since Linux 5.6, a time namespace can offset `CLOCK_MONOTONIC` and `CLOCK_BOOTTIME`. The wall clock, `CLOCK_REALTIME`, is not namespaced: every container shares the host's date and time. Docker Engine 29.5.0 and later create one per container on kernels that support it; older engines create none.",
			ko: 'Linux 5.6부터 있는 시간 네임스페이스는 `CLOCK_MONOTONIC`과 `CLOCK_BOOTTIME`에 오프셋을 줄 수 있습니다. 벽시계인 `CLOCK_REALTIME`은 네임스페이스로 나뉘지 않으므로 모든 컨테이너가 호스트의 날짜와 시각을 함께 씁니다. Docker Engine 29.5.0 이상은 이를 지원하는 커널에서 컨테이너마다 하나씩 만들고, 그보다 오래된 엔진은 만들지 않습니다.'
		},
		{ sources: [src.manTimeNamespaces, src.mobyTimeNs, src.mobyOciDefaults] }
	),
	nsType(
		'ns-user',
		{ en: 'User', ko: '사용자' },
		'CLONE_NEWUSER',
		{ en: 'user and group IDs', ko: '사용자·그룹 ID' },
		{
			en: 'A user namespace maps user and group IDs: a process can be root (UID 0) with full capabilities inside it while being an unprivileged UID outside. It also owns the other namespaces created in it. On a rootful Docker Engine (the daemon runs as root, the usual install) Docker creates none unless the daemon runs with `userns-remap` (there, `--userns=host` opts one container out), so root in a container is root on the host, held back by other mechanisms that runc sets up: a reduced set of capabilities, seccomp and the other namespaces. Rootless mode is different: the daemon and its containers run inside a user namespace, so container root is the unprivileged user who runs the daemon. Docker Desktop runs containers in a VM, so their root is root of that VM.',
			ko: '사용자 네임스페이스는 사용자 ID와 그룹 ID를 매핑합니다. 프로세스는 그 안에서 모든 capability를 가진 root(UID 0)이면서 밖에서는 권한 없는 UID일 수 있습니다. 그 안에서 만든 다른 네임스페이스의 소유자이기도 합니다. rootful Docker Engine(데몬이 root로 실행되는 보통의 설치)에서 Docker는 데몬을 `userns-remap`으로 실행할 때에만 사용자 네임스페이스를 만들며(그때 `--userns=host`로 컨테이너 하나만 제외할 수 있습니다), 그래서 컨테이너의 root는 호스트의 root이고, runc가 설정하는 다른 보호 수단, 즉 줄어든 capability 집합, seccomp, 다른 네임스페이스로 제한됩니다. rootless 모드는 다릅니다. 데몬과 컨테이너가 사용자 네임스페이스 안에서 실행되므로, 컨테이너의 root는 데몬을 실행한 권한 없는 사용자입니다. Docker Desktop은 컨테이너를 VM 안에서 실행하므로, 그 root는 그 VM의 root입니다.'
		},
		{
			sources: [src.manUserNamespaces, src.dockerUserns, src.dockerRootless, src.dockerDesktopLinux]
		}
	),
	nsType(
		'ns-uts',
		{ en: 'UTS', ko: 'UTS' },
		'CLONE_NEWUTS',
		{ en: 'hostname and NIS domain name', ko: '호스트 이름, NIS 도메인 이름' },
		{
			en: "Each UTS namespace has its own hostname and NIS domain name, so `hostname` inside a container can differ from the host's (`docker run --hostname` sets it).",
			ko: 'UTS 네임스페이스마다 자신만의 호스트 이름과 NIS 도메인 이름이 있으므로, 컨테이너 안의 `hostname`은 호스트와 다를 수 있습니다(`docker run --hostname`으로 정합니다).'
		},
		{ sources: [src.manUtsNamespaces, src.dockerRunRef, src.dockerRunning] }
	)
];

export const setNodes: NodeDef[] = [
	{
		id: 'host-set',
		label: { en: "Host's initial namespaces", ko: '호스트의 초기 네임스페이스' },
		detail: { en: 'one of each type', ko: '타입마다 하나씩' },
		tone: 'kernel',
		notes: ['namespace.separate', 'namespace.identify'],
		about: {
			en: "At boot there is one namespace of each type, the initial ones, and every process starts in them: systemd, sshd, dockerd, and the shell you type `ps` in. A process that is given no new namespace simply stays in its parent's.",
			ko: '부팅하면 타입마다 네임스페이스가 하나씩, 즉 초기 네임스페이스가 있고, 모든 프로세스는 여기서 시작합니다. systemd, sshd, dockerd, 그리고 `ps`를 입력하는 셸도 마찬가지입니다. 새 네임스페이스를 받지 않은 프로세스는 그냥 부모의 네임스페이스에 남습니다.'
		},
		sources: [src.manNamespaces, src.manClone]
	},
	{
		id: 'ctr-set',
		label: { en: "One container's namespaces", ko: '컨테이너 하나의 네임스페이스' },
		detail: { en: 'new mount, net, UTS, IPC, PID…', ko: '새 마운트, net, UTS, IPC, PID…' },
		tone: 'vm',
		notes: ['namespace.separate', 'namespace.identify'],
		about: {
			en: "The new namespaces that every process of one container shares. The container is not a thing the kernel knows about: it is this set (plus a cgroup and a root filesystem) that runc asked the kernel for, listed in the OCI spec's `linux.namespaces`. Namespaces change what its processes can see; cgroups limit what they can use. For every container Docker asks for new mount, network, UTS, PID and IPC namespaces; `--pid=host`, `--network=host`, `--ipc=host` and `--uts=host` share the host's instead.",
			ko: '컨테이너 하나의 모든 프로세스가 함께 쓰는 새 네임스페이스들입니다. 커널에는 ‘컨테이너’라는 객체가 없습니다. 컨테이너란 runc가 커널에 요청한 이 네임스페이스 묶음(과 cgroup, 루트 파일시스템)이며, OCI 스펙의 `linux.namespaces`에 적혀 있습니다. 네임스페이스는 프로세스가 무엇을 볼 수 있는지를 바꾸고, cgroup은 얼마나 쓸 수 있는지를 제한합니다. Docker는 컨테이너마다 새 마운트, 네트워크, UTS, PID, IPC 네임스페이스를 요청하며, `--pid=host`, `--network=host`, `--ipc=host`, `--uts=host`를 주면 대신 호스트의 것을 공유합니다.'
		},
		sources: [src.ociLinux, src.manNamespaces, src.manCgroups, src.mobyOciDefaults],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-container' }]
	},
	{
		id: 'ns-handle',
		label: { en: '/proc/<pid>/ns/*', ko: '/proc/<pid>/ns/*' },
		detail: { en: 'a handle per type', ko: '타입마다 핸들 하나' },
		tone: 'file',
		notes: ['namespace.identify'],
		about: {
			en: 'Each process has one symbolic link per namespace type in `/proc/<pid>/ns/`, such as `net -> net:[4026531992]` (the number differs from machine to machine). If two processes are in the same namespace, their links show the same device and inode number. Opening a link gives a file descriptor that `setns(2)` can join, and while that descriptor is open or the link is bind-mounted, the namespace stays alive. The link is a handle to a namespace, not the namespace itself.',
			ko: '프로세스마다 `/proc/<pid>/ns/`에 네임스페이스 타입별 심볼릭 링크가 하나씩 있습니다(예: `net -> net:[4026531992]`, 번호는 머신마다 다릅니다). 두 프로세스가 같은 네임스페이스에 있으면 두 링크의 장치 번호와 inode 번호가 같습니다. 링크를 열면 `setns(2)`로 들어갈 수 있는 파일 디스크립터를 얻으며, 그 디스크립터가 열려 있거나 링크가 바인드 마운트되어 있는 동안 네임스페이스는 살아 있습니다. 링크는 네임스페이스를 가리키는 핸들일 뿐 네임스페이스 자체가 아닙니다.'
		},
		sources: [src.manNamespaces, src.manSetns]
	},
	{
		id: 'host-proc',
		label: { en: 'Host processes', ko: '호스트 프로세스' },
		detail: { en: 'systemd, sshd…', ko: 'systemd, sshd…' },
		tone: 'process',
		about: {
			en: "Ordinary host processes are members of the initial namespaces. From there they can see every process on the machine, containers' processes included.",
			ko: '일반 호스트 프로세스는 초기 네임스페이스의 구성원입니다. 그 자리에서는 컨테이너의 프로세스를 포함해 호스트의 모든 프로세스를 볼 수 있습니다.'
		},
		sources: [src.manNamespaces, src.manPidNamespaces]
	},
	{
		id: 'nginx',
		label: { en: 'nginx', ko: 'nginx' },
		detail: { en: 'container process', ko: '컨테이너 프로세스' },
		tone: 'app',
		lifetime: 'workload',
		about: {
			en: '"A container is simply an isolated process": nginx is an ordinary host process whose namespaces are the container\'s set. The kernel runs it like any other process; only what it can see (and, through its cgroup, how much it can use) differs. As the init of its PID namespace it receives, from inside, only the signals it has installed a handler for, and when it exits the kernel kills the namespace\'s other processes. `docker stop` sends it the image’s stop signal, SIGQUIT for the official nginx image (its Dockerfile sets `STOPSIGNAL SIGQUIT`, nginx’s graceful shutdown; images without STOPSIGNAL get SIGTERM), then SIGKILL after a grace period; SIGKILL from the host, an ancestor namespace, is delivered even to an init.',
			ko: '“컨테이너는 격리된 프로세스일 뿐”입니다. nginx는 네임스페이스가 컨테이너의 묶음으로 설정된 평범한 호스트 프로세스입니다. 커널은 이것을 다른 프로세스와 똑같이 실행하며, 다른 것은 볼 수 있는 범위(그리고 cgroup을 통한 사용량 한도)뿐입니다. PID 네임스페이스의 init이므로 안에서 보낸 시그널 가운데 핸들러를 등록한 것만 받고, nginx가 종료되면 커널이 네임스페이스의 다른 프로세스를 모두 종료시킵니다. `docker stop`은 이미지의 정지 시그널을 보내고, 유예 시간이 지나면 SIGKILL을 보냅니다. 공식 nginx 이미지에서는 Dockerfile이 `STOPSIGNAL SIGQUIT`을 설정하므로 SIGQUIT(nginx의 정상 종료)이고, STOPSIGNAL이 없는 이미지에서는 SIGTERM입니다. 조상 네임스페이스인 호스트에서 보낸 SIGKILL은 init에도 전달됩니다.'
		},
		sources: [
			src.dockerContainer,
			src.manNamespaces,
			src.manPidNamespaces,
			src.dockerStop,
			src.nginxDockerfile
		],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'nginx' }]
	}
];
