/** Nodes of the runtime diagram: the components of the pipeline, their files, the kernel and PID 1. */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

export const nodes: NodeDef[] = [
	{
		id: 'docker-cli',
		label: { ko: 'docker CLI', en: 'docker CLI' },
		detail: { ko: '클라이언트 프로그램', en: 'client program' },
		tone: 'app',
		lifetime: 'transient',
		notes: ['cli.terminal', 'cli.api', 'cli.daemon'],
		about: {
			ko: '셸이 실행하는 클라이언트 프로그램이며 터미널 자체가 아닙니다. 명령을 Docker Engine API 요청으로 바꿔 보내는데, `docker run -d`는 여러 요청(create, 필요하면 pull, start)을 보낸 뒤 컨테이너 ID를 출력하고 종료합니다.',
			en: 'A client program the shell starts, not the terminal itself: it turns commands into Docker Engine API requests. `docker run -d` sends several (create, pull if needed, start), prints the container ID and exits.'
		},
		sources: [src.dockerOverview, src.cliRun, src.mobyClient]
	},
	{
		id: 'dockerd',
		label: { ko: 'dockerd', en: 'dockerd' },
		detail: { ko: 'Docker Engine 데몬', en: 'Docker Engine daemon' },
		tone: 'engine',
		lifetime: 'daemon',
		notes: ['dockerd.background', 'dockerd.objects'],
		about: {
			ko: 'Docker API 요청을 받아 이미지, 컨테이너, 네트워크, 볼륨 같은 도커 객체를 관리하는 데몬입니다. 컨테이너의 OCI 런타임 스펙을 만들고 네트워크는 libnetwork로 직접 구성하지만, 컨테이너 생명주기는 containerd에 맡깁니다. live-restore가 꺼져 있으면 종료할 때 컨테이너를 멈추고, 비정상 종료된 뒤라면 다시 시작할 때 아직 살아 있는 컨테이너를 멈춥니다.',
			en: 'The daemon that "listens for Docker API requests and manages Docker objects" such as images, containers, networks and volumes. It builds each container\'s OCI runtime spec and wires networking itself (libnetwork), but hands the container lifecycle to containerd. Without live-restore it stops its containers when it exits, or, after a crash, when it starts again.'
		},
		sources: [
			src.dockerOverview,
			src.dockerRuntimes,
			src.mobyStart,
			src.mobyLibnetworkBridge,
			src.dockerLiveRestore,
			src.mobyDaemonRestore
		]
	},
	{
		id: 'registry',
		label: { ko: '레지스트리', en: 'Registry' },
		detail: { ko: '예: Docker Hub', en: 'e.g. Docker Hub' },
		tone: 'external',
		about: {
			ko: '도커 이미지를 저장하는 곳으로, 도커는 기본적으로 Docker Hub에서 이미지를 찾습니다. 로컬에 없는 이미지는 dockerd가 여기서 받아 옵니다.',
			en: 'Stores Docker images; "Docker looks for images on Docker Hub by default." dockerd pulls from it when an image is not present locally.'
		},
		sources: [src.dockerOverview],
		related: [{ diagram: 'images', view: 'pull', node: 'registry' }]
	},
	{
		id: 'containerd',
		label: { ko: 'containerd', en: 'containerd' },
		detail: { ko: '고수준 컨테이너 런타임', en: 'high-level container runtime' },
		tone: 'engine',
		lifetime: 'daemon',
		notes: ['containerd.runtime', 'containerd.lifecycle', 'containerd.high-level'],
		about: {
			ko: '호스트의 컨테이너 생명주기 전체(이미지 전송·저장, 실행·감독)를 관리하는 데몬(고수준 컨테이너 런타임)이지만, 컨테이너를 직접 실행하지 않고 컨테이너마다 shim을 실행해 그것을 통해 다룹니다. 도커가 만든 containerd 컨테이너와 태스크는 containerd 네임스페이스 `moby`에 있고(네트워크, 볼륨, 도커 자체의 컨테이너 설정은 dockerd가 관리합니다), 네트워크 구성은 containerd의 범위 밖입니다.',
			en: 'A daemon that manages "the complete container lifecycle of its host system" (image transfer and storage, execution and supervision), yet "does not directly launch containers": it starts a shim per container and drives that. Docker\'s containerd containers and tasks live in containerd namespace `moby` (networks, volumes and Docker\'s own container configuration stay in dockerd); networking is out of its scope.'
		},
		sources: [src.containerdReadme, src.containerdRuntimeV2, src.containerdScope, src.mobyConfig]
	},
	{
		id: 'containerd-shim',
		label: { ko: 'containerd-shim', en: 'containerd-shim' },
		detail: { ko: 'containerd-shim-runc-v2', en: 'containerd-shim-runc-v2' },
		tone: 'process',
		lifetime: 'per-container',
		notes: ['shim.between', 'shim.mediator'],
		about: {
			ko: '런타임 이름 `io.containerd.runc.v2`의 shim으로, 컨테이너마다 하나씩 오래 실행되면서 ttrpc로 containerd의 태스크 API를 제공하고 runc를 실행합니다. 컨테이너 프로세스의 직접 부모(child subreaper)로서 stdio를 열어 둔 채 유지하고 종료 상태를 보고하므로, containerd가 재시작해도 컨테이너는 계속 실행됩니다. systemd에서는 `containerd.service`의 `KillMode=process` 덕분에 shim 자신도 containerd 재시작에서 살아남습니다.',
			en: "The shim for the runtime named `io.containerd.runc.v2`: one long-lived process per container that serves containerd's task API over ttrpc and executes runc. As the container's direct parent (child subreaper) it holds its stdio open and reports its exit status, so the container outlives a containerd restart. Under systemd, `KillMode=process` in `containerd.service` is what lets the shim itself survive that restart."
		},
		sources: [
			src.containerdRuntimeV2,
			src.containerdLifecycle,
			src.containerdIssue3200,
			src.containerdService
		]
	},
	{
		id: 'runc',
		label: { ko: 'runc', en: 'runc' },
		detail: {
			ko: '저수준 컨테이너 런타임 · 일을 마치면 종료',
			en: 'low-level runtime · exits when done'
		},
		tone: 'process',
		lifetime: 'transient',
		notes: ['runc.low-level', 'runc.execution'],
		exitTo: ['containerd-shim'],
		about: {
			ko: 'OCI 스펙에 따라 리눅스에서 컨테이너를 만들고 실행하는 CLI 도구이자 저수준 컨테이너 런타임으로, OCI 번들을 읽어 네임스페이스, cgroup, 마운트, 보안 설정을 구성합니다. create, start, kill, delete 등 생명주기 전체의 명령을 갖추었습니다. shim은 `runc create`와 `runc start`를 따로 호출하는데(detached 모드), 호출마다 일을 마치면 종료하므로 계속 실행되는 runc 프로세스가 남지 않습니다. runc의 기본값인 foreground 모드(`runc run`)라면 runc가 컨테이너의 부모로 계속 실행됩니다.',
			en: '"A CLI tool for spawning and running containers on Linux according to the OCI specification", the low-level container runtime: from an OCI bundle it sets up namespaces, cgroups, mounts and security settings. It has commands for the whole lifecycle (create, start, kill, delete…). The shim calls `runc create` and then `runc start` (detached mode), and each call exits when done, so no runc process stays running; in runc\'s default foreground mode (`runc run`), runc would stay running as the container\'s parent.'
		},
		sources: [src.runcReadme, src.runcTerminals, src.ociRuntime]
	},
	{
		id: 'nginx',
		label: { ko: 'nginx', en: 'nginx' },
		detail: { ko: '컨테이너 프로세스', en: 'container process' },
		tone: 'app',
		lifetime: 'workload',
		about: {
			ko: '컨테이너의 실체는 자신의 네임스페이스와 cgroup 안에서 실행되는 평범한 리눅스 프로세스입니다. 자기 PID 네임스페이스에서는 PID 1이고 호스트에서는 다른 PID를 가지며, 부모는 shim입니다.',
			en: "The container itself: an ordinary Linux process in the container's namespaces and cgroup. It is PID 1 of its own PID namespace, has a different PID on the host, and its parent is the shim."
		},
		sources: [src.dockerContainer, src.manNamespaces, src.containerdLifecycle],
		related: [
			{ diagram: 'processes', view: 'fork-exec', node: 'container-nginx' },
			{ diagram: 'namespaces', view: 'pid', node: 'nginx' }
		]
	},
	{
		id: 'bundle',
		label: { ko: 'OCI 번들', en: 'OCI bundle' },
		detail: { ko: 'config.json · init.pid', en: 'config.json · init.pid' },
		tone: 'file',
		about: {
			ko: 'containerd가 `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`에 만드는 디렉터리로, `config.json`(OCI 런타임 스펙)과 `init.pid`, `log.json` 같은 상태 파일이 들어 있고 runc가 이를 읽습니다. 도커에서는 이 안에 루트 파일시스템이 없습니다. dockerd가 루트 파일시스템을 직접 마운트하고 그 호스트 경로(도커 데이터 디렉터리, 기본값 `/var/lib/docker` 아래)를 `config.json`의 `root.path`에 적으며, runc는 그 절대 경로를 그대로 씁니다. `ctr`, nerdctl, CRI에서는 containerd가 스냅샷터 마운트를 넘기고 shim이 이를 번들의 `rootfs/`에 마운트합니다.',
			en: "A directory containerd lays out at `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`, holding `config.json` (the OCI runtime spec) and state files such as `init.pid` and `log.json`; runc reads it. For Docker it holds no root filesystem: dockerd mounts the container's root filesystem itself and writes that host path (under Docker's data root, `/var/lib/docker` by default) into `config.json` as `root.path`, an absolute path runc uses as it is. With `ctr`, nerdctl or CRI, containerd passes snapshotter mounts instead and the shim mounts them at the bundle's `rootfs/`."
		},
		sources: [
			src.ociBundle,
			src.ociConfig,
			src.containerdOps,
			src.mobyOciLinux,
			src.containerdClientContainer,
			src.containerdShimRuncContainer
		],
		// The root filesystem root.path names: the merged overlay mount of the image's layers.
		related: [{ diagram: 'images', view: 'layers', node: 'merged-web1' }]
	},
	{
		id: 'kernel',
		label: { ko: '리눅스 커널', en: 'Linux kernel' },
		detail: { ko: '네임스페이스 · cgroup', en: 'namespaces · cgroups' },
		tone: 'kernel',
		about: {
			ko: '모든 컨테이너가 함께 쓰는 호스트의 커널로, 게스트 커널은 없습니다. runc가 설정하는 네임스페이스(프로세스가 무엇을 보는지), cgroup(얼마나 쓰는지), 마운트, seccomp를 제공합니다.',
			en: "The host's kernel, shared by every container; there is no guest kernel. It provides the namespaces (what a process can see), cgroups (how much it can use), mounts and seccomp that runc configures."
		},
		sources: [src.ociLinux, src.manNamespaces, src.manCgroups],
		related: [
			{ diagram: 'namespaces', view: 'types', node: 'ctr-set' },
			{ diagram: 'namespaces', view: 'cgroups', node: 'cg-root' }
		]
	},
	{
		id: 'systemd',
		label: { ko: 'systemd', en: 'systemd' },
		detail: { ko: 'PID 1', en: 'PID 1' },
		tone: 'kernel',
		lifetime: 'daemon',
		about: {
			ko: '호스트의 init 프로세스(PID 1)입니다. 패키지 설치에서는 dockerd(`docker.service`)와 containerd(`containerd.service`)를 서비스로 실행하고, `containerd-shim-runc-v2 start`가 종료되면 남은 shim을 자식으로 넘겨받습니다.',
			en: "The host's init process, PID 1. In a packaged install it runs dockerd (`docker.service`) and containerd (`containerd.service`) as services, and it adopts the long-lived shim once `containerd-shim-runc-v2 start` has exited."
		},
		sources: [src.mobySystemdUnit, src.containerdService, src.containerdIssue3200]
	}
];
