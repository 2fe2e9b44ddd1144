/**
 * The Docker runtime pipeline: docker CLI → dockerd → containerd → containerd-shim → runc → container.
 * Nodes, edges, transports and lifetimes follow shared/reference/domain.md A5 (with its resilience
 * notes and process tree); the `docker-run` steps follow section B (`docker run -d nginx`); the
 * note's claims about these components are checked in section C, rows 21–32.
 */
import type { DiagramDef, GridLayoutSpec, GridPlace, SourceRef } from '../types';

// Sources, by the tags of domain.md section 0.3.
const D_OVERVIEW: SourceRef = {
	label: 'Docker docs: Docker overview',
	url: 'https://docs.docker.com/get-started/docker-overview/'
};
const D_CONTAINER: SourceRef = {
	label: 'Docker docs: What is a container?',
	url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/'
};
const D_LIVE: SourceRef = {
	label: 'Docker docs: Live restore',
	url: 'https://docs.docker.com/engine/daemon/live-restore/'
};
const D_RUNTIMES: SourceRef = {
	label: 'Docker docs: Alternative container runtimes',
	url: 'https://docs.docker.com/engine/daemon/alternative-runtimes/'
};
const D_C8DSTORE: SourceRef = {
	label: 'Docker docs: containerd image store',
	url: 'https://docs.docker.com/engine/storage/containerd/'
};
const M_CLIENT: SourceRef = {
	label: 'moby client/client_unix.go',
	url: 'https://github.com/moby/moby/blob/master/client/client_unix.go'
};
const M_SWAGGER: SourceRef = {
	label: 'Docker Engine API (moby api/swagger.yaml)',
	url: 'https://github.com/moby/moby/blob/master/api/swagger.yaml'
};
const M_UNIT: SourceRef = {
	label: 'moby contrib/init/systemd/docker.service',
	url: 'https://github.com/moby/moby/blob/master/contrib/init/systemd/docker.service'
};
const M_START: SourceRef = {
	label: 'moby daemon/start.go',
	url: 'https://github.com/moby/moby/blob/master/daemon/start.go'
};
const M_DAEMON: SourceRef = {
	label: 'moby daemon/command/daemon.go',
	url: 'https://github.com/moby/moby/blob/master/daemon/command/daemon.go'
};
const M_CONFIG: SourceRef = {
	label: 'moby daemon/config/config.go',
	url: 'https://github.com/moby/moby/blob/master/daemon/config/config.go'
};
const CLI_RUN: SourceRef = {
	label: 'docker/cli container/run.go',
	url: 'https://github.com/docker/cli/blob/master/cli/command/container/run.go'
};
const C_README: SourceRef = {
	label: 'containerd README',
	url: 'https://github.com/containerd/containerd/blob/main/README.md'
};
const C_SCOPE: SourceRef = {
	label: 'containerd SCOPE.md',
	url: 'https://github.com/containerd/containerd/blob/main/SCOPE.md'
};
const C_RTV2: SourceRef = {
	label: 'containerd docs: Runtime v2',
	url: 'https://github.com/containerd/containerd/blob/main/docs/runtime-v2.md'
};
const C_LIFECYCLE: SourceRef = {
	label: 'containerd design: Container lifecycle',
	url: 'https://github.com/containerd/containerd/blob/main/docs/historical/design/lifecycle.md'
};
const C_OPS: SourceRef = {
	label: 'containerd docs: ops.md',
	url: 'https://github.com/containerd/containerd/blob/main/docs/ops.md'
};
const C_CLIENT: SourceRef = {
	label: 'containerd client/client.go',
	url: 'https://github.com/containerd/containerd/blob/main/client/client.go'
};
const C_DEFAULTS: SourceRef = {
	label: 'containerd defaults/defaults_linux.go',
	url: 'https://github.com/containerd/containerd/blob/main/defaults/defaults_linux.go'
};
const C_SHIM_CLIENT: SourceRef = {
	label: 'containerd core/runtime/v2/shim.go',
	url: 'https://github.com/containerd/containerd/blob/main/core/runtime/v2/shim.go'
};
const C_SHIM_PKG: SourceRef = {
	label: 'containerd pkg/shim/shim.go',
	url: 'https://github.com/containerd/containerd/blob/main/pkg/shim/shim.go'
};
const C_SHIM_LINUX: SourceRef = {
	label: 'containerd pkg/shim/shim_linux.go',
	url: 'https://github.com/containerd/containerd/blob/main/pkg/shim/shim_linux.go'
};
const C_INIT: SourceRef = {
	label: 'containerd-shim-runc-v2 process/init.go',
	url: 'https://github.com/containerd/containerd/blob/main/cmd/containerd-shim-runc-v2/process/init.go'
};
const C_3200: SourceRef = {
	label: 'containerd issue #3200',
	url: 'https://github.com/containerd/containerd/issues/3200'
};
const TTRPC: SourceRef = {
	label: 'containerd/ttrpc README',
	url: 'https://github.com/containerd/ttrpc/blob/main/README.md'
};
const GO_RUNC: SourceRef = {
	label: 'go-runc runc.go',
	url: 'https://github.com/containerd/go-runc/blob/main/runc.go'
};
const R_README: SourceRef = {
	label: 'runc README',
	url: 'https://github.com/opencontainers/runc/blob/main/README.md'
};
const R_TERM: SourceRef = {
	label: 'runc docs: terminals and standard IO',
	url: 'https://github.com/opencontainers/runc/blob/main/docs/terminals.md'
};
const R_NSENTER: SourceRef = {
	label: 'runc libcontainer/nsenter README',
	url: 'https://github.com/opencontainers/runc/blob/main/libcontainer/nsenter/README.md'
};
const OCI_BUNDLE: SourceRef = {
	label: 'OCI runtime spec: bundle.md',
	url: 'https://github.com/opencontainers/runtime-spec/blob/main/bundle.md'
};
const OCI_RT: SourceRef = {
	label: 'OCI runtime spec: runtime.md',
	url: 'https://github.com/opencontainers/runtime-spec/blob/main/runtime.md'
};
const OCI_LINUX: SourceRef = {
	label: 'OCI runtime spec: config-linux.md',
	url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md'
};
const MAN_NS: SourceRef = {
	label: 'namespaces(7)',
	url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html'
};
const MAN_CG: SourceRef = {
	label: 'cgroups(7)',
	url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html'
};
const MAN_SYS: SourceRef = {
	label: 'syscalls(2)',
	url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html'
};

/**
 * One vertical spine (CLI → dockerd → containerd → shim → runc) with the registry, the bundle and
 * the container beside it and the kernel underneath everything, so every edge joins neighbouring
 * cells and none cross.
 */
const pipelinePlace: Record<string, GridPlace> = {
	'docker-cli': { col: 1, row: 0 },
	dockerd: { col: 1, row: 1 },
	registry: { col: 2, row: 1 },
	containerd: { col: 1, row: 2 },
	'containerd-shim': { col: 1, row: 3 },
	bundle: { col: 0, row: 4 },
	runc: { col: 1, row: 4 },
	nginx: { col: 2, row: 4 },
	kernel: { col: 0, row: 5, cols: 3 }
};

/** The pipeline grid, holding only the given nodes (all at their architecture places). */
const pipelineGrid = (ids: string[]): GridLayoutSpec => ({
	kind: 'grid',
	cols: 3,
	rows: 6,
	place: Object.fromEntries(ids.map((id) => [id, pipelinePlace[id]]))
});

const pipelineNodes = Object.keys(pipelinePlace);

const pipelineEdges = [
	'cli-dockerd',
	'dockerd-registry',
	'dockerd-containerd',
	'containerd-shim',
	'shim-events',
	'shim-runc',
	'runc-bundle',
	'runc-kernel',
	'shim-nginx',
	'nginx-kernel'
];

const treeEdges = [
	'tree-systemd-dockerd',
	'tree-systemd-containerd',
	'tree-systemd-shim',
	'tree-shim-nginx'
];

/** What is running once `docker run -d` has returned: no CLI, no runc. */
const restartNodes = ['dockerd', 'containerd', 'containerd-shim', 'nginx', 'kernel'];
const restartEdges = [
	'dockerd-containerd',
	'containerd-shim',
	'shim-events',
	'shim-nginx',
	'nginx-kernel'
];

export const runtime: DiagramDef = {
	id: 'runtime',
	title: { ko: '도커 런타임 파이프라인', en: 'Docker runtime pipeline' },
	summary: {
		ko: 'docker CLI에서 실행 중인 컨테이너까지: dockerd, containerd, containerd-shim, runc가 각각 실제로 무슨 일을 하고 무엇으로 통신하는지 보여 준다.',
		en: 'From the docker CLI to a running container: what dockerd, containerd, containerd-shim and runc each really do, and how they talk to each other.'
	},
	groups: [],
	nodes: [
		{
			id: 'docker-cli',
			label: { ko: 'docker CLI', en: 'docker CLI' },
			detail: { ko: '클라이언트 프로그램', en: 'client program' },
			tone: 'app',
			lifetime: 'transient',
			notes: ['cli.terminal', 'cli.api', 'cli.daemon'],
			about: {
				ko: '셸이 실행하는 클라이언트 프로그램이며 터미널 자체가 아니다. 명령을 Docker Engine API 요청으로 바꿔 보내는데, `docker run -d`는 여러 요청(create, 필요하면 pull, start)을 보낸 뒤 컨테이너 ID를 출력하고 종료한다.',
				en: 'A client program the shell starts, not the terminal itself: it turns commands into Docker Engine API requests. `docker run -d` sends several (create, pull if needed, start), prints the container ID and exits.'
			},
			sources: [D_OVERVIEW, CLI_RUN, M_CLIENT]
		},
		{
			id: 'dockerd',
			label: { ko: 'dockerd', en: 'dockerd' },
			detail: { ko: '도커 엔진 데몬', en: 'Docker Engine daemon' },
			tone: 'engine',
			lifetime: 'daemon',
			notes: ['dockerd.background', 'dockerd.objects'],
			about: {
				ko: 'Docker API 요청을 받아 이미지, 컨테이너, 네트워크, 볼륨 같은 도커 객체를 관리하는 데몬이다. 컨테이너의 OCI 런타임 스펙을 만들고 네트워크는 libnetwork로 직접 구성하지만, 컨테이너 생명주기는 containerd에 맡긴다.',
				en: 'The daemon that "listens for Docker API requests and manages Docker objects" such as images, containers, networks and volumes. It builds each container\'s OCI runtime spec and wires networking itself (libnetwork), but hands the container lifecycle to containerd.'
			},
			sources: [D_OVERVIEW, D_RUNTIMES, D_LIVE]
		},
		{
			id: 'registry',
			label: { ko: '레지스트리', en: 'Registry' },
			detail: { ko: '예: Docker Hub', en: 'e.g. Docker Hub' },
			tone: 'external',
			about: {
				ko: '도커 이미지를 저장하는 곳으로, 도커는 기본적으로 Docker Hub에서 이미지를 찾는다. 로컬에 없는 이미지는 dockerd가 여기서 받아 온다.',
				en: 'Stores Docker images; "Docker looks for images on Docker Hub by default." dockerd pulls from it when an image is not present locally.'
			},
			sources: [D_OVERVIEW]
		},
		{
			id: 'containerd',
			label: { ko: 'containerd', en: 'containerd' },
			detail: { ko: '고수준 런타임 데몬', en: 'high-level runtime daemon' },
			tone: 'engine',
			lifetime: 'daemon',
			notes: ['containerd.runtime', 'containerd.lifecycle', 'containerd.high-level'],
			about: {
				ko: '호스트의 컨테이너 생명주기 전체(이미지 전송·저장, 실행·감독)를 관리하는 데몬이지만, 컨테이너를 직접 띄우지 않고 컨테이너마다 shim을 실행해 그것을 통해 다룬다. 도커의 객체는 containerd 네임스페이스 `moby`에 있고, 네트워크 구성은 containerd의 범위 밖이다.',
				en: 'A daemon that manages "the complete container lifecycle of its host system" (image transfer and storage, execution and supervision), yet "does not directly launch containers": it starts a shim per container and drives that. Docker uses containerd namespace `moby`; networking is out of its scope.'
			},
			sources: [C_README, C_RTV2, C_SCOPE]
		},
		{
			id: 'containerd-shim',
			label: { ko: 'containerd-shim', en: 'containerd-shim' },
			detail: { ko: 'containerd-shim-runc-v2', en: 'containerd-shim-runc-v2' },
			tone: 'process',
			lifetime: 'per-container',
			notes: ['shim.between', 'shim.mediator'],
			about: {
				ko: '런타임 `io.containerd.runc.v2`의 shim으로, 컨테이너마다 하나씩 오래 떠 있으면서 ttrpc로 containerd의 태스크 API를 제공하고 runc를 실행한다. 컨테이너 프로세스의 직접 부모(child subreaper)로서 stdio를 붙잡고 종료 상태를 보고하므로, containerd가 재시작해도 컨테이너는 계속 실행된다.',
				en: "The shim for runtime `io.containerd.runc.v2`: one long-lived process per container that serves containerd's task API over ttrpc and executes runc. As the container's direct parent (child subreaper) it holds its stdio and reports its exit status, so the container outlives a containerd restart."
			},
			sources: [C_RTV2, C_LIFECYCLE, C_3200]
		},
		{
			id: 'runc',
			label: { ko: 'runc', en: 'runc' },
			detail: { ko: 'OCI 런타임 · 일을 마치면 종료', en: 'OCI runtime · exits when done' },
			tone: 'process',
			lifetime: 'transient',
			notes: ['runc.low-level', 'runc.execution'],
			exitTo: ['containerd-shim'],
			about: {
				ko: 'OCI 스펙에 따라 리눅스에서 컨테이너를 만들고 실행하는 CLI 도구로, OCI 번들을 읽어 네임스페이스, cgroup, 마운트, 보안 설정을 구성한다. create, start, kill, delete 등 생명주기 전체의 명령을 갖추었지만 호출마다 일을 마치면 종료하므로, detached 모드에서는 계속 떠 있는 runc 프로세스가 없다.',
				en: '"A CLI tool for spawning and running containers on Linux according to the OCI specification": from an OCI bundle it sets up namespaces, cgroups, mounts and security settings. It has commands for the whole lifecycle (create, start, kill, delete…), but each call exits when done; in detached mode no runc process stays running.'
			},
			sources: [R_README, R_TERM, OCI_RT]
		},
		{
			id: 'nginx',
			label: { ko: 'nginx', en: 'nginx' },
			detail: { ko: '컨테이너 프로세스', en: 'container process' },
			tone: 'app',
			lifetime: 'workload',
			about: {
				ko: '컨테이너의 실체는 컨테이너의 네임스페이스와 cgroup 안에서 도는 평범한 리눅스 프로세스다. 자기 PID 네임스페이스에서는 PID 1이고 호스트에서는 다른 PID를 가지며, 부모는 shim이다.',
				en: "The container itself: an ordinary Linux process in the container's namespaces and cgroup. It is PID 1 of its own PID namespace, has a different PID on the host, and its parent is the shim."
			},
			sources: [D_CONTAINER, MAN_NS, C_LIFECYCLE]
		},
		{
			id: 'bundle',
			label: { ko: 'OCI 번들', en: 'OCI bundle' },
			detail: { ko: 'config.json + rootfs', en: 'config.json + rootfs' },
			tone: 'file',
			about: {
				ko: '`config.json`(OCI 런타임 스펙)과 컨테이너의 루트 파일시스템을 담은 디렉터리다. containerd가 `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`에 만들고 runc가 읽는다.',
				en: "A directory holding `config.json` (the OCI runtime spec) and the container's root filesystem. containerd lays it out at `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`; runc reads it."
			},
			sources: [OCI_BUNDLE, C_OPS]
		},
		{
			id: 'kernel',
			label: { ko: '리눅스 커널', en: 'Linux kernel' },
			detail: { ko: '네임스페이스 · cgroup', en: 'namespaces · cgroups' },
			tone: 'kernel',
			about: {
				ko: '모든 컨테이너가 함께 쓰는 호스트의 커널로, 게스트 커널은 없다. runc가 설정하는 네임스페이스(프로세스가 무엇을 보는지), cgroup(얼마나 쓰는지), 마운트, seccomp를 제공한다.',
				en: "The host's kernel, shared by every container; there is no guest kernel. It provides the namespaces (what a process can see), cgroups (how much it can use), mounts and seccomp that runc configures."
			},
			sources: [OCI_LINUX, MAN_NS, MAN_CG]
		},
		{
			id: 'systemd',
			label: { ko: 'systemd', en: 'systemd' },
			detail: { ko: 'PID 1', en: 'PID 1' },
			tone: 'kernel',
			lifetime: 'daemon',
			about: {
				ko: '호스트의 init 프로세스(PID 1)다. 패키지 설치에서는 dockerd(`docker.service`)와 containerd를 서비스로 실행하고, `containerd-shim-runc-v2 start`가 종료되면 남은 shim을 자식으로 넘겨받는다.',
				en: "The host's init process, PID 1. In a packaged install it runs dockerd (`docker.service`) and containerd as services, and it adopts the long-lived shim once `containerd-shim-runc-v2 start` has exited."
			},
			sources: [M_UNIT, C_3200]
		}
	],
	edges: [
		{
			id: 'cli-dockerd',
			from: 'docker-cli',
			to: 'dockerd',
			label: { ko: 'HTTP · /var/run/docker.sock', en: 'HTTP · /var/run/docker.sock' },
			about: {
				ko: 'Docker Engine API의 HTTP REST 호출(JSON)이다. 클라이언트의 기본 주소는 `unix:///var/run/docker.sock`이고, 패키지의 systemd 유닛에서는 `docker.socket`이 `/run/docker.sock`을 열어 `dockerd -H fd://`에 넘긴다. TCP 주소를 쓸 수도 있다.',
				en: "HTTP REST calls of the Docker Engine API (JSON). The client's default host is `unix:///var/run/docker.sock`; with the packaged systemd units, `docker.socket` listens on `/run/docker.sock` and hands it to `dockerd -H fd://`. A TCP address also works."
			},
			sources: [M_CLIENT, M_SWAGGER, M_UNIT]
		},
		{
			id: 'dockerd-registry',
			from: 'dockerd',
			to: 'registry',
			label: { ko: '이미지 pull', en: 'image pull' },
			about: {
				ko: 'Engine API가 `POST /images/create`를 받으면 dockerd가 레지스트리에서 이미지 레이어를 받아 온다. containerd 이미지 스토어(Docker Engine 29 이상 신규 설치의 기본값)를 쓰면 containerd의 content store와 스냅샷터에, 아니면 overlay2 드라이버에 저장된다.',
				en: "On `POST /images/create` dockerd pulls the image's layers from the registry. With the containerd image store (the default on fresh Docker Engine 29+ installs) they go into containerd's content store and snapshotter; otherwise into the overlay2 driver."
			},
			sources: [M_SWAGGER, D_C8DSTORE, D_OVERVIEW]
		},
		{
			id: 'dockerd-containerd',
			from: 'dockerd',
			to: 'containerd',
			label: { ko: 'gRPC · containerd.sock', en: 'gRPC · containerd.sock' },
			about: {
				ko: 'containerd Go 클라이언트를 통한 gRPC로, 유닉스 소켓 `/run/containerd/containerd.sock`을 쓴다. 도커의 컨테이너와 태스크는 containerd 네임스페이스 `moby`에 있고, dockerd는 containerd의 이벤트도 구독한다. 시스템 containerd가 없으면 dockerd가 `/var/run/docker/containerd/containerd.sock`에 직접 containerd를 띄운다.',
				en: "gRPC through the containerd Go client over the Unix socket `/run/containerd/containerd.sock`, in containerd namespace `moby`; dockerd also subscribes to containerd's events. Without a system containerd, dockerd starts its own at `/var/run/docker/containerd/containerd.sock`."
			},
			sources: [C_CLIENT, C_DEFAULTS, M_CONFIG]
		},
		{
			id: 'containerd-shim',
			from: 'containerd',
			to: 'containerd-shim',
			label: { ko: 'shim 실행 · ttrpc 태스크 API', en: 'exec shim · ttrpc task API' },
			about: {
				ko: 'containerd는 먼저 shim 바이너리를 `containerd-shim-runc-v2 start`로 실행한다. 이 호출은 오래 떠 있을 shim을 띄우고 그 소켓 주소를 출력한 뒤 종료한다. 이후 containerd는 `unix:///run/containerd/s/<sha256>`에서 ttrpc로 TaskService RPC(Create, Start, Kill, Delete 등)를 보낸다.',
				en: 'containerd first runs the shim binary as `containerd-shim-runc-v2 start`, which launches the long-lived shim, prints its socket address and exits. containerd then sends TaskService RPCs (Create, Start, Kill, Delete…) over ttrpc on `unix:///run/containerd/s/<sha256>`.'
			},
			sources: [C_RTV2, TTRPC, C_SHIM_CLIENT]
		},
		{
			id: 'shim-events',
			from: 'containerd-shim',
			to: 'containerd',
			label: { ko: 'ttrpc 이벤트', en: 'ttrpc events' },
			style: 'dashed',
			about: {
				ko: 'shim은 containerd의 ttrpc 소켓(`/run/containerd/containerd.sock.ttrpc`)으로 태스크 이벤트를 TaskCreate, TaskStart, TaskExit, TaskDelete 순서로 발행한다. containerd는 이 이벤트를 구독 중인 dockerd에 전달한다.',
				en: "The shim publishes task events to containerd's ttrpc socket (`/run/containerd/containerd.sock.ttrpc`) in a fixed order: TaskCreate, TaskStart, TaskExit, TaskDelete. containerd passes them on to dockerd, which subscribes."
			},
			sources: [C_RTV2, C_SHIM_PKG]
		},
		{
			id: 'shim-runc',
			from: 'containerd-shim',
			to: 'runc',
			label: { ko: 'fork/exec runc create/start', en: 'fork/exec runc create/start' },
			about: {
				ko: 'shim이 go-runc를 통해 `runc` 바이너리를 fork/exec한다. 먼저 `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`를, 나중에 `runc start <id>`를 실행하고, 정리할 때는 `kill`과 `delete`를 쓴다. containerd는 runc를 직접 실행하지 않는다.',
				en: 'The shim fork/execs the `runc` binary through go-runc: `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`, later `runc start <id>`, and `kill` / `delete`. containerd never runs runc itself.'
			},
			sources: [GO_RUNC, C_INIT, C_RTV2]
		},
		{
			id: 'runc-bundle',
			from: 'runc',
			to: 'bundle',
			label: { ko: 'config.json + rootfs 읽기', en: 'reads config.json + rootfs' },
			style: 'dashed',
			about: {
				ko: 'runc는 번들의 `config.json`에서 컨테이너 설정(프로세스, 네임스페이스, cgroup, 마운트 등)을 읽고, 번들의 rootfs를 컨테이너의 루트 파일시스템으로 쓴다.',
				en: "runc reads the container's configuration (process, namespaces, cgroups, mounts…) from the bundle's `config.json` and uses the bundle's rootfs as the container's root filesystem."
			},
			sources: [OCI_BUNDLE, OCI_RT]
		},
		{
			id: 'runc-kernel',
			from: 'runc',
			to: 'kernel',
			label: { ko: 'clone/setns · cgroup', en: 'clone/setns · cgroups' },
			about: {
				ko: '`runc init`(nsexec)이 `setns(2)`로 기존 네임스페이스에 들어가거나 `clone(2)`으로 새 네임스페이스에 자식을 만든다. 이어서 cgroup 배치, 마운트와 `pivot_root`, capability, seccomp(가능한 한 `execve` 직전에)를 설정한다.',
				en: '`runc init` (nsexec) joins namespaces with `setns(2)` or `clone(2)`s a child into new ones; runc then applies the cgroup, mounts and `pivot_root`, capabilities, and seccomp (as close to `execve` as possible).'
			},
			sources: [R_NSENTER, OCI_LINUX, MAN_NS]
		},
		{
			id: 'shim-nginx',
			from: 'containerd-shim',
			to: 'nginx',
			label: { ko: '부모 · subreaper · stdio', en: 'parent · subreaper · stdio' },
			both: true,
			about: {
				ko: '부모와 자식 관계다. shim이 `PR_SET_CHILD_SUBREAPER`를 설정해 두었으므로 `runc create`가 종료될 때 컨테이너 init이 shim의 자식이 된다. shim은 stdio(FIFO 또는 pty master)를 붙잡고, 프로세스를 wait로 거두고, 종료 상태를 보고한다.',
				en: 'Parent and child. Because the shim set `PR_SET_CHILD_SUBREAPER`, the container init is reparented to it when `runc create` exits. The shim holds its stdio (FIFOs or the pty master), reaps it with `wait` and reports its exit status.'
			},
			sources: [C_LIFECYCLE, R_TERM, C_SHIM_LINUX]
		},
		{
			id: 'nginx-kernel',
			from: 'nginx',
			to: 'kernel',
			label: { ko: '시스템 콜', en: 'system calls' },
			style: 'dashed',
			about: {
				ko: '컨테이너 프로세스는 호스트 커널에 평범한 시스템 콜을 직접 한다. 사이에 가상 하드웨어나 게스트 커널은 없다.',
				en: 'The container process makes ordinary system calls straight to the host kernel; no virtual hardware or guest kernel sits in between.'
			},
			sources: [D_CONTAINER, MAN_SYS]
		},
		{
			id: 'tree-systemd-dockerd',
			from: 'systemd',
			to: 'dockerd',
			label: { ko: '부모 (PPID 1)', en: 'parent (PPID 1)' },
			style: 'solid',
			about: {
				ko: 'systemd가 dockerd를 `docker.service`로 실행하므로 dockerd의 부모는 PID 1이다.',
				en: 'systemd starts dockerd as `docker.service`, so its parent is PID 1.'
			},
			sources: [M_UNIT]
		},
		{
			id: 'tree-systemd-containerd',
			from: 'systemd',
			to: 'containerd',
			label: { ko: '부모 (PPID 1)', en: 'parent (PPID 1)' },
			style: 'solid',
			about: {
				ko: '시스템 containerd는 별도의 서비스로 실행되므로 dockerd의 자식이 아니라 형제다. dockerd가 직접 띄운 containerd라면 dockerd의 자식이 된다.',
				en: "The system containerd runs as its own service, so it is dockerd's sibling, not its child. A containerd that dockerd starts itself would be dockerd's child instead."
			},
			sources: [M_UNIT, M_DAEMON]
		},
		{
			id: 'tree-systemd-shim',
			from: 'systemd',
			to: 'containerd-shim',
			label: { ko: '입양한 부모 (PPID 1)', en: 'adoptive parent (PPID 1)' },
			style: 'solid',
			about: {
				ko: 'systemd가 shim을 실행한 것은 아니다. `containerd-shim-runc-v2 start`가 오래 떠 있을 shim을 띄우고 종료하면, 고아가 된 shim이 PID 1의 자식으로 옮겨진다.',
				en: 'systemd did not start the shim: `containerd-shim-runc-v2 start` launches the long-lived shim and exits, and the orphaned shim is reparented to PID 1.'
			},
			sources: [C_3200, C_RTV2]
		},
		{
			id: 'tree-shim-nginx',
			from: 'containerd-shim',
			to: 'nginx',
			label: { ko: '부모 (subreaper)', en: 'parent (subreaper)' },
			style: 'solid',
			about: {
				ko: 'shim은 child subreaper이므로, `runc create`가 종료되어 고아가 된 컨테이너 init이 shim의 자식이 된다.',
				en: 'The shim is a child subreaper, so the container init, orphaned when `runc create` exits, becomes its child.'
			},
			sources: [C_LIFECYCLE, R_TERM, C_SHIM_LINUX]
		}
	],
	views: [
		{
			id: 'architecture',
			title: { ko: '구성', en: 'Architecture' },
			summary: {
				ko: '각 구성 요소가 무엇으로 통신하고, 각 프로세스가 얼마나 오래 실행되는지 보여 준다.',
				en: 'Who talks to whom over what, and how long each process lives.'
			},
			layout: pipelineGrid(pipelineNodes),
			nodes: pipelineNodes,
			edges: pipelineEdges,
			steps: [
				{
					narration: {
						ko: '요청은 사슬을 따라 내려간다. docker CLI는 HTTP로 dockerd를, dockerd는 gRPC로 containerd를, containerd는 ttrpc로 shim을 호출하고, runc를 실행하는 것은 shim이다. containerd가 runc를 직접 실행하는 일은 없다.',
						en: 'A request travels down a chain: the docker CLI calls dockerd over HTTP, dockerd calls containerd over gRPC, containerd drives a shim over ttrpc, and the shim executes runc. containerd never runs runc itself.'
					},
					edges: ['cli-dockerd', 'dockerd-containerd', 'containerd-shim', 'shim-runc'],
					tokens: [
						{ edge: 'cli-dockerd' },
						{ edge: 'dockerd-containerd' },
						{ edge: 'containerd-shim' },
						{ edge: 'shim-runc' }
					]
				},
				{
					narration: {
						ko: 'dockerd와 containerd는 데몬이다. 보통 systemd 서비스로 한 번 시작되어 계속 떠 있으면서 모든 컨테이너를 처리한다. docker CLI는 다르다. API 호출이 끝나면 종료하며, `-d`로 실행하면 start 호출이 끝나는 즉시 종료한다.',
						en: 'dockerd and containerd are daemons: started once, normally as systemd services, they stay up and serve every container. The docker CLI is not: it exits when its API calls return, and with `-d` that is right after start.'
					},
					highlight: ['docker-cli', 'dockerd', 'containerd'],
					edges: ['cli-dockerd', 'dockerd-containerd']
				},
				{
					narration: {
						ko: 'containerd-shim-runc-v2는 컨테이너마다 하나씩, 컨테이너가 살아 있는 동안 계속 실행된다. 컨테이너의 부모(child subreaper)로서 stdio를 붙잡고, 종료를 기다렸다가 종료 상태를 TaskExit 이벤트로 containerd에 보고한다.',
						en: "One containerd-shim-runc-v2 runs per container, for as long as the container lives. It is the container's parent (a child subreaper), holds its stdio, waits for it to exit and reports the exit status to containerd as TaskExit."
					},
					highlight: ['containerd-shim', 'nginx'],
					edges: ['shim-nginx', 'shim-events']
				},
				{
					narration: {
						ko: 'runc는 잠깐만 실행된다. shim이 실행한 `runc create`는 번들을 읽어 네임스페이스와 cgroup을 만들고, 뒤이은 `runc start`는 프로그램을 시작시킨다. 둘 다 일을 마치면 종료하므로 detached 모드에서는 남아 있는 runc 프로세스가 없다.',
						en: 'runc is transient. The shim runs `runc create`, which builds namespaces and cgroups from the bundle, then `runc start`; each exits when done, so in detached mode no runc process is left running at all.'
					},
					highlight: ['runc', 'bundle', 'kernel'],
					edges: ['shim-runc', 'runc-bundle', 'runc-kernel']
				},
				{
					narration: {
						ko: '왜 shim이 있을까? 컨테이너의 부모가 containerd가 아니라 shim이므로 containerd가 재시작해도 컨테이너는 멈추지 않는다. 또 shim과 런타임 엔진을 나눈 구조 덕분에 다른 런타임(Kata, gVisor, youki 같은 runc 대체품)을 끼워 넣기 쉽다.',
						en: "Why a shim? Because the shim, not containerd, is the container's parent, containerd can restart without stopping containers. And the shim + engine split makes other runtimes easy to plug in: Kata, gVisor, or runc drop-ins such as youki."
					},
					highlight: ['containerd', 'containerd-shim', 'nginx'],
					edges: ['containerd-shim', 'shim-nginx']
				}
			]
		},
		{
			id: 'docker-run',
			title: { ko: 'docker run -d nginx', en: 'docker run -d nginx' },
			summary: {
				ko: '명령을 입력한 뒤 컨테이너가 실행되기까지 오가는 API 호출, RPC, 명령을 순서대로 따라간다.',
				en: 'Every API call, RPC and command between typing the command and a running container, in order.'
			},
			layout: pipelineGrid(pipelineNodes),
			nodes: pipelineNodes,
			edges: pipelineEdges,
			steps: [
				{
					narration: {
						ko: 'docker CLI가 유닉스 소켓 `/var/run/docker.sock`으로 dockerd에 `POST /containers/create`(Docker Engine API, HTTP)를 보내 `nginx` 이미지로 컨테이너를 만들어 달라고 요청한다.',
						en: 'The docker CLI sends `POST /containers/create` (Docker Engine API, HTTP) to dockerd over the Unix socket `/var/run/docker.sock`, asking for a container from the image `nginx`.'
					},
					highlight: ['docker-cli', 'dockerd'],
					edges: ['cli-dockerd'],
					tokens: [{ edge: 'cli-dockerd' }]
				},
				{
					narration: {
						ko: '로컬에 `nginx:latest` 이미지가 없으므로 dockerd는 "not found"로 응답한다. CLI는 `Unable to find image \'nginx:latest\' locally`를 출력하고 이미지를 받으러 간다.',
						en: 'The image `nginx:latest` is not present locally, so dockerd answers "not found". The CLI prints `Unable to find image \'nginx:latest\' locally` and goes to pull it.'
					},
					highlight: ['docker-cli', 'dockerd'],
					edges: ['cli-dockerd'],
					tokens: [{ edge: 'cli-dockerd', reverse: true }]
				},
				{
					narration: {
						ko: 'CLI가 `POST /images/create`(ImagePull)를 호출하고, dockerd가 Docker Hub에서 nginx 레이어를 받아 온다. Engine 29 이상 신규 설치에서는 containerd의 content store에, 그 밖에는 overlay2 드라이버에 저장된다.',
						en: "The CLI calls `POST /images/create` (ImagePull), and dockerd pulls the nginx layers from Docker Hub. On fresh Engine 29+ installs they go into containerd's content store; otherwise into the overlay2 driver."
					},
					highlight: ['docker-cli', 'dockerd', 'registry'],
					edges: ['cli-dockerd', 'dockerd-registry'],
					tokens: [
						{ edge: 'cli-dockerd' },
						{ edge: 'dockerd-registry' },
						{ edge: 'dockerd-registry', reverse: true }
					]
				},
				{
					narration: {
						ko: 'CLI가 `POST /containers/create`를 다시 보낸다. 이번에는 dockerd가 도커 컨테이너 객체(설정, 이름, 이미지 위의 읽기·쓰기 레이어)를 만들고 ID를 돌려준다. 아직 실행 중인 것은 없다.',
						en: 'The CLI retries `POST /containers/create`. Now dockerd creates the Docker container object (configuration, name, a read-write layer on top of the image) and returns its ID. Nothing runs yet.'
					},
					highlight: ['docker-cli', 'dockerd'],
					edges: ['cli-dockerd'],
					tokens: [{ edge: 'cli-dockerd' }, { edge: 'cli-dockerd', reverse: true }]
				},
				{
					narration: {
						ko: 'CLI가 `POST /containers/{id}/start`를 보낸다. `-d` 옵션이 있으므로 컨테이너 출력에 붙지(attach) 않고 이 호출이 끝나기만 기다린다.',
						en: "The CLI sends `POST /containers/{id}/start`. Because of `-d` it does not attach to the container's output; it only waits for this call to return."
					},
					highlight: ['docker-cli', 'dockerd'],
					edges: ['cli-dockerd'],
					tokens: [{ edge: 'cli-dockerd' }]
				},
				{
					narration: {
						ko: 'dockerd는 rootfs를 마운트하고 네트워크 sandbox를 만들고 OCI 런타임 스펙을 생성한다. 그런 다음 gRPC(네임스페이스 `moby`)로 그 스펙과 런타임 `io.containerd.runc.v2`를 지정해 containerd 컨테이너를 만든다.',
						en: 'dockerd mounts the rootfs, creates the network sandbox and generates the OCI runtime spec. Then, over gRPC in namespace `moby`, it creates a containerd container with that spec and runtime `io.containerd.runc.v2`.'
					},
					highlight: ['dockerd', 'containerd'],
					edges: ['dockerd-containerd'],
					tokens: [{ edge: 'dockerd-containerd' }]
				},
				{
					narration: {
						ko: 'dockerd가 gRPC로 태스크 생성을 요청한다. containerd는 `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`에 OCI 번들, 즉 `config.json`과 스냅샷터가 준비한 rootfs 마운트를 배치한다.',
						en: 'dockerd asks containerd to create the task (gRPC). containerd lays out the OCI bundle at `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`: `config.json` plus rootfs mounts from its snapshotter.'
					},
					highlight: ['dockerd', 'containerd', 'bundle'],
					edges: ['dockerd-containerd'],
					reveal: ['bundle'],
					tokens: [{ edge: 'dockerd-containerd' }]
				},
				{
					narration: {
						ko: 'containerd가 `containerd-shim-runc-v2 start`를 실행한다. 이 호출이 띄운 shim은 `unix:///run/containerd/s/<sha256>`에서 ttrpc를 제공하고 자신을 child subreaper로 설정한다. `start`는 주소를 출력하고 종료하며, shim은 PID 1의 자식이 된다.',
						en: 'containerd runs `containerd-shim-runc-v2 start`. It launches the long-lived shim, which serves ttrpc on `unix:///run/containerd/s/<sha256>` and becomes a child subreaper; `start` prints the address and exits, leaving the shim to PID 1.'
					},
					highlight: ['containerd', 'containerd-shim'],
					edges: ['containerd-shim'],
					reveal: ['containerd-shim'],
					tokens: [{ edge: 'containerd-shim' }]
				},
				{
					narration: {
						ko: 'containerd가 ttrpc로 `TaskService.Create`(id, 번들, rootfs 마운트, stdio FIFO 경로)를 보낸다. shim은 rootfs를 마운트하고 I/O를 준비한 뒤 `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`를 fork/exec한다.',
						en: 'containerd sends `TaskService.Create` over ttrpc (id, bundle, rootfs mounts, stdio FIFOs). The shim mounts the rootfs, sets up I/O and fork/execs `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`.'
					},
					highlight: ['containerd', 'containerd-shim', 'runc'],
					edges: ['containerd-shim', 'shim-runc'],
					reveal: ['runc'],
					tokens: [{ edge: 'containerd-shim' }, { edge: 'shim-runc' }]
				},
				{
					narration: {
						ko: 'runc가 `config.json`을 읽고, init을 새 네임스페이스(mount, net, uts, pid, ipc 등)에 clone한 뒤 cgroup, `pivot_root`, capability, seccomp를 적용한다. init은 `exec.fifo`에서 멈춰 기다린다. 상태는 created이고 nginx는 아직 실행되지 않았다.',
						en: 'runc reads `config.json`, clones its init into new namespaces (mount, net, uts, pid, ipc…), and applies the cgroup, `pivot_root`, capabilities and seccomp. The init blocks on `exec.fifo`: state created, nginx not run yet.'
					},
					highlight: ['runc', 'bundle', 'kernel', 'nginx'],
					edges: ['runc-bundle', 'runc-kernel'],
					reveal: ['nginx'],
					tokens: [{ edge: 'runc-bundle' }, { edge: 'runc-kernel' }]
				},
				{
					narration: {
						ko: '`runc create`가 종료되고, 고아가 된 init은 subreaper인 shim의 자식이 된다. shim은 `init.pid`에서 PID를 읽어 Create에 응답하고 TaskCreate 이벤트를 발행하며, containerd는 그 PID를 dockerd에 돌려준다.',
						en: '`runc create` exits, and its orphaned init is reparented to the shim, the subreaper. The shim reads the PID from `init.pid`, answers Create and publishes TaskCreate; containerd returns the PID to dockerd.'
					},
					highlight: ['dockerd', 'containerd', 'containerd-shim', 'nginx'],
					edges: ['shim-nginx', 'containerd-shim', 'shim-events', 'dockerd-containerd'],
					conceal: ['runc'],
					tokens: [
						{ edge: 'containerd-shim', reverse: true },
						{ edge: 'shim-events' },
						{ edge: 'dockerd-containerd', reverse: true }
					]
				},
				{
					narration: {
						ko: 'create와 start 사이에 dockerd가 네트워크를 연결한다. libnetwork가 sandbox를 `/proc/<pid>/ns/net`에 묶고 veth 쌍을 만들어 한쪽은 컨테이너 안 `eth0`으로, 다른 쪽은 `docker0` 브리지에 붙인 뒤 IP와 방화벽·NAT 규칙을 설정한다.',
						en: 'Between create and start, dockerd wires the network: libnetwork binds the sandbox to `/proc/<pid>/ns/net`, creates a veth pair (`eth0` inside the container, the other end on `docker0`), assigns an IP and sets firewall/NAT rules.'
					},
					highlight: ['dockerd', 'nginx', 'kernel'],
					edges: []
				},
				{
					narration: {
						ko: 'dockerd가 gRPC로 Task Start를, containerd가 ttrpc로 `TaskService.Start`를 보내고, shim이 `runc start <id>`를 실행한다. runc가 `exec.fifo`를 열면 새 PID 네임스페이스의 PID 1인 init이 이미지의 엔트리포인트/명령(nginx)을 `execve()`한다. runc는 종료하고, TaskStart가 발행되고, dockerd가 CLI에 응답한다.',
						en: "Task Start goes dockerd → containerd (gRPC) → shim (ttrpc); the shim runs `runc start <id>`. runc opens `exec.fifo` and the init `execve()`s the image's command (nginx). runc exits; TaskStart is published; dockerd answers the CLI."
					},
					highlight: ['dockerd', 'containerd', 'containerd-shim', 'runc', 'nginx'],
					edges: ['dockerd-containerd', 'containerd-shim', 'shim-runc', 'shim-events'],
					reveal: ['runc'],
					tokens: [
						{ edge: 'dockerd-containerd' },
						{ edge: 'containerd-shim' },
						{ edge: 'shim-runc' },
						{ edge: 'shim-events' },
						{ edge: 'cli-dockerd', reverse: true }
					]
				},
				{
					narration: {
						ko: '정상 상태다. start 호출이 끝나 CLI는 ID를 출력하고 종료했고, runc도 남아 있지 않다. nginx의 부모인 shim이 stdio를 붙잡고(로그는 FIFO로 dockerd에 간다) 종료를 기다렸다가 TaskExit를 보고한다.',
						en: "Steady state. The start call returned, so the CLI printed the ID and exited, and no runc remains. The shim, nginx's parent, holds its stdio (logs flow through FIFOs to dockerd) and will report TaskExit."
					},
					highlight: ['dockerd', 'containerd', 'containerd-shim', 'nginx'],
					edges: ['shim-nginx', 'shim-events', 'containerd-shim', 'dockerd-containerd'],
					conceal: ['runc', 'docker-cli']
				}
			]
		},
		{
			id: 'process-tree',
			title: { ko: '프로세스 트리', en: 'Process tree' },
			summary: {
				ko: '컨테이너가 실행된 뒤 어떤 프로세스가 누구의 부모인지 보여 준다.',
				en: 'Which process is whose parent once the container runs.'
			},
			layout: {
				kind: 'tree',
				parent: {
					systemd: null,
					dockerd: 'systemd',
					containerd: 'systemd',
					'containerd-shim': 'systemd',
					nginx: 'containerd-shim'
				}
			},
			nodes: ['systemd', 'dockerd', 'containerd', 'containerd-shim', 'nginx'],
			edges: treeEdges,
			steps: [
				{
					narration: {
						ko: 'nginx가 실행된 뒤 호스트의 프로세스 트리를 `ps`로 보면 이렇다. 루트에 systemd(PID 1)가 있고, 그 아래에 서비스인 dockerd와 containerd, 그리고 shim 하나와 그 밑의 nginx가 있다.',
						en: "The host's process tree once nginx runs, as `ps` shows it: systemd (PID 1) at the root, dockerd and containerd beneath it as services, and one shim with nginx under it."
					},
					edges: treeEdges
				},
				{
					narration: {
						ko: 'shim의 부모는 containerd가 아니라 PID 1이다. containerd가 실행한 `containerd-shim-runc-v2 start`는 오래 떠 있을 shim을 띄우고 종료했고, 고아가 된 shim은 systemd의 자식이 되었다. 그래서 containerd가 재시작해도 shim은 살아남는다.',
						en: "The shim's parent is PID 1, not containerd. containerd ran `containerd-shim-runc-v2 start`, which launched the long-lived shim and exited; the orphaned shim was reparented to systemd, so it survives a containerd restart."
					},
					highlight: ['systemd', 'containerd', 'containerd-shim'],
					edges: ['tree-systemd-shim']
				},
				{
					narration: {
						ko: 'nginx의 부모는 shim이다. shim이 자신을 child subreaper로 설정했으므로 `runc create`가 종료될 때 고아가 된 컨테이너 init이 shim의 자식이 되었다. nginx는 자기 PID 네임스페이스 안에서는 PID 1이고, 호스트에서는 평범한 PID를 가진다.',
						en: "nginx's parent is the shim. The shim made itself a child subreaper, so when `runc create` exited, the orphaned container init was reparented to it. nginx is PID 1 inside its own PID namespace and has an ordinary PID on the host."
					},
					highlight: ['containerd-shim', 'nginx'],
					edges: ['tree-shim-nginx']
				},
				{
					narration: {
						ko: '트리에 없는 것도 있다. runc는 없다. `runc create`와 `runc start` 모두 종료했다. 또 containerd는 nginx의 조상이 아니다. shim의 형제일 뿐이고, 컨테이너는 shim의 ttrpc API를 거쳐서만 다룬다.',
						en: "Two things are absent. No runc: both `runc create` and `runc start` exited. And containerd is no ancestor of nginx: it is the shim's sibling and reaches the container only through the shim's ttrpc API."
					},
					highlight: ['containerd', 'nginx'],
					edges: ['tree-systemd-containerd', 'tree-shim-nginx']
				}
			]
		},
		{
			id: 'restart',
			title: { ko: '데몬이 재시작하면?', en: 'What if a daemon restarts?' },
			summary: {
				ko: 'containerd가 재시작해도 컨테이너는 멈추지 않는다. dockerd는 live-restore를 켜지 않으면 종료할 때 컨테이너를 멈춘다.',
				en: 'A containerd restart leaves containers running; dockerd stops them when it exits, unless live-restore is on.'
			},
			layout: pipelineGrid(restartNodes),
			nodes: restartNodes,
			edges: restartEdges,
			steps: [
				{
					// Revealed here rather than left implicit: these nodes are concealed and revealed
					// later, and naming them in this first step keeps them visible from step 1 whether a
					// renderer hides "revealed" nodes until their first reveal or until a later one.
					narration: {
						ko: '`docker run -d nginx` 이후의 정상 상태다. dockerd와 containerd가 떠 있고 shim 하나가 nginx 컨테이너를 붙잡고 있으며, runc와 CLI는 실행 중이 아니다. 여기서 데몬이 재시작하면 어떻게 될까?',
						en: 'Steady state after `docker run -d nginx`: dockerd and containerd are up, one shim holds the nginx container, and neither runc nor the CLI is running. What happens when a daemon restarts?'
					},
					edges: restartEdges,
					reveal: ['dockerd', 'containerd', 'containerd-shim', 'nginx']
				},
				{
					narration: {
						ko: 'containerd가 멈춘다(장애든 업그레이드든). nginx는 계속 실행된다. 부모는 shim이고, shim이 여전히 stdio를 붙잡고 종료 상태를 기록하기 때문이다. 그래서 containerd가 죽었다가 돌아와도 컨테이너의 모든 기능을 되살릴 수 있다.',
						en: 'containerd stops (a crash or an upgrade). nginx keeps running: its parent is the shim, which still holds its stdio and records its exit status. This "allows containerd to crash and restore all functionality to containers."'
					},
					highlight: ['containerd-shim', 'nginx'],
					edges: ['shim-nginx'],
					conceal: ['containerd']
				},
				{
					narration: {
						ko: 'containerd가 다시 올라와 shim을 통해 실행 중인 컨테이너를 다시 관리한다. 컨테이너는 한 번도 멈추지 않았다. shim을 containerd에서 떼어 낸 이유가 바로 이것으로, containerd가 내려가도 shim은 살아남아야 한다.',
						en: 'containerd comes back and takes up the running container again through its shim; the container never stopped. That is why shims were decoupled from containerd: "shims should survive when containerd goes down."'
					},
					highlight: ['containerd', 'containerd-shim', 'nginx'],
					edges: ['containerd-shim', 'shim-events'],
					reveal: ['containerd'],
					tokens: [{ edge: 'containerd-shim' }]
				},
				{
					narration: {
						ko: 'dockerd는 다르다. 기본 설정에서 도커 데몬은 종료될 때 실행 중인 컨테이너를 멈춘다. live-restore 없이 dockerd를 멈추거나 재시작하면 nginx가 멈추고, 그 컨테이너의 shim도 함께 사라진다.',
						en: 'dockerd is different. "By default, when the Docker daemon terminates, it shuts down running containers": stopping or restarting dockerd without live-restore stops nginx, and its shim goes away with it.'
					},
					highlight: ['containerd'],
					edges: [],
					conceal: ['dockerd', 'containerd-shim', 'nginx']
				},
				{
					narration: {
						ko: '이번에는 `/etc/docker/daemon.json`에 `"live-restore": true`를 설정하고 같은 일을 해 본다. dockerd가 내려가도 컨테이너를 멈추지 않으므로, 데몬이 없는 동안에도 shim과 nginx는 계속 실행된다.',
						en: 'Now the same with `"live-restore": true` in `/etc/docker/daemon.json`. dockerd goes down but leaves its containers alone: the shim and nginx keep running while the daemon is unavailable.'
					},
					highlight: ['containerd', 'containerd-shim', 'nginx'],
					edges: ['containerd-shim', 'shim-nginx'],
					reveal: ['containerd-shim', 'nginx']
				},
				{
					narration: {
						ko: 'dockerd가 다시 시작되어 남겨 두었던 컨테이너에 다시 연결한다. live-restore는 데몬 장애, 계획된 중단, 업그레이드로 인한 컨테이너 중단 시간을 줄이기 위한 기능이다.',
						en: 'dockerd starts again and reconnects to the containers it left running. Live restore "helps reduce container downtime due to daemon crashes, planned outages, or upgrades."'
					},
					highlight: ['dockerd', 'containerd'],
					edges: ['dockerd-containerd'],
					reveal: ['dockerd'],
					tokens: [{ edge: 'dockerd-containerd' }]
				}
			]
		}
	],
	defaultView: 'architecture'
};
