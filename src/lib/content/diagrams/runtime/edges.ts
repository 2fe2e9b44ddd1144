/**
 * Edges of the runtime diagram: the real transport between each pair of components, and the
 * parent links of the process tree.
 */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

export const edges: EdgeDef[] = [
	// The first three are drawn only in the docker-run view, where the narration says something
	// travels along them (steps 7, 12 and the steady state). They come first so that the lines they
	// add run beneath the labels of the older edges they cross, whose halo keeps the text legible.
	{
		id: 'containerd-bundle',
		from: 'containerd',
		to: 'bundle',
		label: { ko: 'config.json 쓰기', en: 'writes config.json' },
		style: 'dashed',
		about: {
			ko: '태스크를 만들 때 containerd가 번들 디렉터리 `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`를 만들고, dockerd가 보낸 스펙을 `config.json`으로 씁니다. 도커는 containerd 컨테이너를 스냅샷 없이 만들므로 containerd가 넘기는 rootfs 마운트도 없습니다.',
			en: 'When it creates the task, containerd makes the bundle directory `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/` and writes the spec dockerd sent as `config.json`. Docker creates its containerd container without a snapshot, so containerd passes no rootfs mounts either.'
		},
		sources: [src.containerdRuntimeV2, src.containerdOps, src.containerdClientContainer]
	},
	{
		id: 'dockerd-netns',
		from: 'dockerd',
		to: 'nginx',
		label: { ko: 'libnetwork · veth', en: 'libnetwork · veth' },
		route: 'across',
		about: {
			ko: 'create와 start 사이에 dockerd의 libnetwork가 컨테이너 init의 네트워크 네임스페이스(`/proc/<pid>/ns/net`)를 샌드박스에 묶고, veth 쌍의 한쪽 끝을 그 안에 `eth0`으로 넣고 다른 쪽 끝을 `docker0` 브리지에 붙인 뒤 IP를 할당합니다. containerd는 네트워크에 관여하지 않습니다.',
			en: "Between create and start, dockerd's libnetwork binds the sandbox to the network namespace of the container's init (`/proc/<pid>/ns/net`), moves one end of a veth pair into it as `eth0`, attaches the other end to the `docker0` bridge and assigns an IP. containerd takes no part in networking."
		},
		sources: [src.mobyStartLinux, src.mobyLibnetworkBridge, src.containerdScope, src.runcReadme]
	},
	{
		id: 'shim-log-fifo',
		from: 'containerd-shim',
		to: 'dockerd',
		label: { ko: 'stdio FIFO → 로그 드라이버', en: 'stdio FIFO → log driver' },
		style: 'dashed',
		route: 'side',
		about: {
			ko: 'nginx의 stdout과 stderr는 shim을 거쳐 FIFO로 dockerd에 갑니다. FIFO(`init-stdout`, `init-stderr`)는 dockerd가 자신의 상태 디렉터리 `/var/run/docker/containerd/<id>/`에 만들어 containerd를 통해 shim에 넘긴 것이고, dockerd는 이를 읽어 로그 드라이버에 넘깁니다. dockerd가 오래 멈춰 있으면 이 버퍼(기본 64 KiB)가 가득 차 컨테이너가 더는 로그를 쓰지 못합니다.',
			en: "nginx's stdout and stderr go through the shim into FIFOs that dockerd reads into its log driver. dockerd made the FIFOs (`init-stdout`, `init-stderr`) in its own state directory, `/var/run/docker/containerd/<id>/`, and handed their paths to the shim through containerd. If dockerd stays down for long, the buffer (64 KiB by default) fills and blocks the container from logging more."
		},
		sources: [src.containerdRuntimeV2, src.mobyLibcontainerdLinux, src.dockerLiveRestore]
	},
	{
		id: 'cli-dockerd',
		from: 'docker-cli',
		to: 'dockerd',
		label: { ko: 'HTTP · /var/run/docker.sock', en: 'HTTP · /var/run/docker.sock' },
		short: { ko: 'HTTP · docker.sock', en: 'HTTP · docker.sock' },
		about: {
			ko: 'Docker Engine API의 HTTP REST 호출(JSON)입니다. 클라이언트의 기본 주소는 `unix:///var/run/docker.sock`이고, 패키지의 systemd 유닛에서는 `docker.socket`이 `/run/docker.sock`을 열어 `dockerd -H fd://`에 넘깁니다. TCP 주소를 쓸 수도 있습니다.',
			en: "HTTP REST calls of the Docker Engine API (JSON). The client's default host is `unix:///var/run/docker.sock`; with the packaged systemd units, `docker.socket` listens on `/run/docker.sock` and hands it to `dockerd -H fd://`. A TCP address also works."
		},
		sources: [src.mobyClient, src.mobySwagger, src.mobySystemdUnit]
	},
	{
		id: 'dockerd-registry',
		from: 'dockerd',
		to: 'registry',
		label: { ko: '이미지 pull', en: 'image pull' },
		about: {
			ko: 'Engine API가 `POST /images/create`를 받으면 dockerd가 레지스트리에서 이미지 레이어를 받아 옵니다. containerd 이미지 스토어(Docker Engine 29 이상 신규 설치의 기본값)를 쓰면 containerd의 콘텐츠 스토어와 스냅샷터에, 아니면 레거시 그래프 드라이버(기본값 overlay2)에 저장됩니다. containerd 이미지 스토어는 userns-remap과 함께 쓸 수 없습니다.',
			en: "On `POST /images/create` dockerd pulls the image's layers from the registry. With the containerd image store (the default on fresh Docker Engine 29+ installs) they go into containerd's content store and snapshotter; otherwise into the legacy graph driver (overlay2 by default). The containerd store is not available with userns-remap."
		},
		sources: [src.mobySwagger, src.dockerContainerdStore, src.dockerOverview],
		related: [{ diagram: 'images', view: 'pull', node: 'dockerd' }]
	},
	{
		id: 'dockerd-containerd',
		from: 'dockerd',
		to: 'containerd',
		label: { ko: 'gRPC · containerd.sock', en: 'gRPC · containerd.sock' },
		about: {
			ko: 'containerd Go 클라이언트를 통한 gRPC로, 유닉스 소켓 `/run/containerd/containerd.sock`을 씁니다. 도커의 컨테이너와 태스크는 containerd 네임스페이스 `moby`에 있고, dockerd는 containerd의 이벤트도 구독합니다. 시스템 containerd가 없으면 dockerd가 `/var/run/docker/containerd/containerd.sock`에 직접 containerd를 띄웁니다.',
			en: "gRPC through the containerd Go client over the Unix socket `/run/containerd/containerd.sock`, in containerd namespace `moby`; dockerd also subscribes to containerd's events. Without a system containerd, dockerd starts its own at `/var/run/docker/containerd/containerd.sock`."
		},
		sources: [src.containerdClient, src.containerdDefaults, src.mobyConfig]
	},
	{
		id: 'containerd-shim',
		from: 'containerd',
		to: 'containerd-shim',
		label: { ko: 'shim 실행 · ttrpc', en: 'exec shim · ttrpc' },
		about: {
			ko: 'containerd는 먼저 shim 바이너리를 `containerd-shim-runc-v2 start`로 실행합니다. 이 호출은 오래 실행될 shim을 띄우고 그 소켓 주소를 알린 뒤 종료합니다(containerd 2.3부터는 protobuf `BootstrapResult`로, 그 전에는 주소 문자열로). 이후 containerd는 `unix:///run/containerd/s/<sha256>`에서 ttrpc로 TaskService RPC(Create, Start, Kill, Delete 등)를 보냅니다.',
			en: 'containerd first runs the shim binary as `containerd-shim-runc-v2 start`, which launches the long-lived shim, hands back its socket address (since containerd 2.3 in a protobuf `BootstrapResult`, before as a plain string) and exits. containerd then sends TaskService RPCs (Create, Start, Kill, Delete…) over ttrpc on `unix:///run/containerd/s/<sha256>`.'
		},
		sources: [src.containerdRuntimeV2, src.ttrpc, src.containerdShimClient]
	},
	{
		id: 'shim-events',
		from: 'containerd-shim',
		to: 'containerd',
		label: { ko: 'ttrpc 이벤트', en: 'ttrpc events' },
		style: 'dashed',
		about: {
			ko: 'shim은 containerd의 ttrpc 소켓(`/run/containerd/containerd.sock.ttrpc`)으로 태스크 이벤트를 TaskCreate, TaskStart, TaskExit, TaskDelete 순서로 발행합니다. containerd는 이 이벤트를 구독 중인 dockerd에 전달합니다.',
			en: "The shim publishes task events to containerd's ttrpc socket (`/run/containerd/containerd.sock.ttrpc`) in a fixed order: TaskCreate, TaskStart, TaskExit, TaskDelete. containerd passes them on to dockerd, which subscribes."
		},
		sources: [src.containerdRuntimeV2, src.containerdShimPkg]
	},
	{
		id: 'shim-runc',
		from: 'containerd-shim',
		to: 'runc',
		label: { ko: 'fork/exec runc create/start', en: 'fork/exec runc create/start' },
		short: { ko: 'fork/exec runc', en: 'fork/exec runc' },
		about: {
			ko: 'shim이 go-runc를 통해 `runc` 바이너리를 fork/exec합니다. 먼저 `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`를, 나중에 `runc start <id>`를 실행하고, 정리할 때는 `kill`과 `delete`를 씁니다. containerd는 runc를 직접 실행하지 않습니다.',
			en: 'The shim fork/execs the `runc` binary through go-runc: `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`, later `runc start <id>`, and `kill` / `delete`. containerd never runs runc itself.'
		},
		sources: [src.goRunc, src.containerdShimInit, src.containerdRuntimeV2]
	},
	{
		id: 'runc-bundle',
		from: 'runc',
		to: 'bundle',
		label: { ko: 'config.json 읽기', en: 'reads config.json' },
		style: 'dashed',
		about: {
			ko: 'runc는 번들의 `config.json`에서 컨테이너 설정(프로세스, 네임스페이스, cgroup, 마운트, `root.path` 등)을 읽습니다. 도커에서는 `root.path`가 dockerd가 마운트한 루트 파일시스템의 절대 경로이므로, runc는 번들 밖에 있는 그 디렉터리를 컨테이너의 루트로 씁니다.',
			en: "runc reads the container's configuration (process, namespaces, cgroups, mounts, `root.path`…) from the bundle's `config.json`. For Docker, `root.path` is the absolute path of the root filesystem dockerd mounted, so the container's root is that directory, outside the bundle."
		},
		sources: [src.ociBundle, src.ociConfig, src.ociRuntime, src.mobyOciLinux]
	},
	{
		id: 'runc-kernel',
		from: 'runc',
		to: 'kernel',
		label: { ko: 'unshare/setns · cgroup', en: 'unshare/setns · cgroups' },
		about: {
			ko: '`runc init`(nsexec)이 `setns(2)`로 기존 네임스페이스에 들어가고 `unshare(2)`로 새 네임스페이스를 만든 뒤, 그 안으로 init을 fork합니다(새 PID 네임스페이스의 PID 1). 이어서 cgroup 배치, 마운트와 `pivot_root`, capability, seccomp를 설정합니다. seccomp를 `execve` 직전에 거는 것은 no-new-privileges가 켜져 있을 때뿐이고, 도커의 기본값(꺼짐)에서는 그보다 이른, capability를 내려놓기 전 시점에 겁니다.',
			en: "`runc init` (nsexec) joins existing namespaces with `setns(2)` and creates new ones with `unshare(2)`, then forks the init into them (PID 1 of the new PID namespace); runc then applies the cgroup, mounts and `pivot_root`, capabilities, and seccomp. Seccomp goes on just before `execve` only when no-new-privileges is set; with Docker's default (off) runc loads it earlier, before dropping capabilities."
		},
		sources: [
			src.runcNsexec,
			src.runcNsenterStages,
			src.runcStandardInit,
			src.ociLinux,
			src.manNamespaces
		],
		related: [{ diagram: 'namespaces', view: 'lifecycle', node: 'runc-init' }]
	},
	{
		id: 'shim-nginx',
		from: 'containerd-shim',
		to: 'nginx',
		label: { ko: '부모 · subreaper · stdio', en: 'parent · subreaper · stdio' },
		both: true,
		about: {
			ko: '부모와 자식 관계입니다. shim이 `PR_SET_CHILD_SUBREAPER`를 설정해 두었으므로 `runc create`가 종료될 때 컨테이너 init이 shim의 자식이 됩니다. shim은 stdio(FIFO 또는 pty master)를 열어 둔 채 유지하고, 프로세스를 wait로 거두고, 종료 상태를 보고합니다.',
			en: 'Parent and child. Because the shim set `PR_SET_CHILD_SUBREAPER`, the container init is reparented to it when `runc create` exits. The shim holds its stdio (FIFOs or the pty master), reaps it with `wait` and reports its exit status.'
		},
		sources: [src.containerdLifecycle, src.runcTerminals, src.containerdShimLinux]
	},
	{
		id: 'nginx-kernel',
		from: 'nginx',
		to: 'kernel',
		label: { ko: '시스템 콜', en: 'system calls' },
		style: 'dashed',
		about: {
			ko: '컨테이너 프로세스는 호스트 커널에 평범한 시스템 콜을 직접 합니다. 사이에 가상 하드웨어나 게스트 커널은 없습니다.',
			en: 'The container process makes ordinary system calls straight to the host kernel; no virtual hardware or guest kernel sits in between.'
		},
		sources: [src.dockerContainer, src.manSyscalls]
	},
	{
		id: 'tree-systemd-dockerd',
		from: 'systemd',
		to: 'dockerd',
		label: { ko: '부모 (PPID 1)', en: 'parent (PPID 1)' },
		short: { ko: '부모', en: 'parent' },
		style: 'solid',
		about: {
			ko: 'systemd가 dockerd를 `docker.service`로 실행하므로 dockerd의 부모는 PID 1입니다.',
			en: 'systemd starts dockerd as `docker.service`, so its parent is PID 1.'
		},
		sources: [src.mobySystemdUnit]
	},
	{
		id: 'tree-systemd-containerd',
		from: 'systemd',
		to: 'containerd',
		label: { ko: '부모 (PPID 1)', en: 'parent (PPID 1)' },
		short: { ko: '부모', en: 'parent' },
		style: 'solid',
		about: {
			ko: '시스템 containerd는 별도의 서비스로 실행되므로 dockerd의 자식이 아니라 형제입니다. dockerd가 직접 띄운 containerd라면 dockerd의 자식이 됩니다.',
			en: "The system containerd runs as its own service, so it is dockerd's sibling, not its child. A containerd that dockerd starts itself would be dockerd's child instead."
		},
		sources: [src.mobySystemdUnit, src.mobyDaemon]
	},
	{
		id: 'tree-systemd-shim',
		from: 'systemd',
		to: 'containerd-shim',
		label: { ko: '입양한 부모 (PPID 1)', en: 'adoptive parent (PPID 1)' },
		short: { ko: '입양한 부모', en: 'adoptive parent' },
		style: 'solid',
		about: {
			ko: 'systemd가 shim을 실행한 것은 아닙니다. `containerd-shim-runc-v2 start`가 오래 실행될 shim을 띄우고 종료하면, 고아가 된 shim이 PID 1의 자식으로 옮겨집니다. shim은 자신만의 프로세스 그룹에서 실행됩니다.',
			en: 'systemd did not start the shim: `containerd-shim-runc-v2 start` launches the long-lived shim and exits, and the orphaned shim is reparented to PID 1. The shim runs in its own process group.'
		},
		sources: [src.containerdIssue3200, src.containerdRuntimeV2, src.containerdShimManager]
	},
	{
		id: 'tree-shim-nginx',
		from: 'containerd-shim',
		to: 'nginx',
		label: { ko: '부모 (subreaper)', en: 'parent (subreaper)' },
		short: { ko: 'subreaper', en: 'subreaper' },
		style: 'solid',
		about: {
			ko: 'shim은 child subreaper이므로, `runc create`가 종료되어 고아가 된 컨테이너 init이 shim의 자식이 됩니다.',
			en: 'The shim is a child subreaper, so the container init, orphaned when `runc create` exits, becomes its child.'
		},
		sources: [src.containerdLifecycle, src.runcTerminals, src.containerdShimLinux]
	}
];
