/**
 * The `docker-run` view of the runtime diagram: every API call, RPC and command of
 * `docker run -d nginx`, in order (shared/reference/domain.md section B).
 */
import type { ViewDef } from '../../types';
import { pipelineEdges, pipelineGrid, pipelineNodes } from './layout';

/**
 * The pipeline's edges plus three that only this walkthrough needs, because its narration says
 * something travels along them: the bundle containerd writes (step 7), the veth dockerd moves into
 * the container's network namespace (step 12) and the log FIFOs back to dockerd (steady state).
 */
const dockerRunEdges = [...pipelineEdges, 'containerd-bundle', 'dockerd-netns', 'shim-log-fifo'];

/** How the CLI and runc read once they have exited (the steady state, and so the overview). */
const exited = { detail: { ko: '종료됨', en: 'exited' } };

export const dockerRun: ViewDef = {
	id: 'docker-run',
	title: { ko: 'docker run -d nginx', en: 'docker run -d nginx' },
	summary: {
		ko: '명령을 입력한 뒤 컨테이너가 실행되기까지 오가는 API 호출, RPC, 명령을 순서대로 따라갑니다.',
		en: 'Every API call, RPC and command between typing the command and a running container, in order.'
	},
	layout: pipelineGrid(pipelineNodes),
	nodes: pipelineNodes,
	edges: dockerRunEdges,
	steps: [
		{
			narration: {
				ko: 'docker CLI가 유닉스 소켓 `/var/run/docker.sock`으로 dockerd에 `POST /containers/create`(Docker Engine API, HTTP)를 보내 `nginx` 이미지로 컨테이너를 만들어 달라고 요청합니다.',
				en: 'The docker CLI sends `POST /containers/create` (Docker Engine API, HTTP) to dockerd over the Unix socket `/var/run/docker.sock`, asking for a container from the image `nginx`.'
			},
			highlight: ['docker-cli', 'dockerd'],
			edges: ['cli-dockerd'],
			tokens: [{ edge: 'cli-dockerd' }]
		},
		{
			narration: {
				ko: '로컬에 `nginx:latest` 이미지가 없으므로 dockerd는 "not found"로 응답합니다. CLI는 `Unable to find image \'nginx:latest\' locally`를 출력하고 이미지를 받으러 갑니다.',
				en: 'The image `nginx:latest` is not present locally, so dockerd answers "not found". The CLI prints `Unable to find image \'nginx:latest\' locally` and goes to pull it.'
			},
			highlight: ['docker-cli', 'dockerd'],
			edges: ['cli-dockerd'],
			tokens: [{ edge: 'cli-dockerd', reverse: true }]
		},
		{
			narration: {
				ko: 'CLI가 `POST /images/create`(ImagePull)를 호출하고, dockerd가 Docker Hub에서 nginx 레이어를 받아 옵니다. Engine 29 이상 신규 설치에서는 dockerd가 gRPC로 containerd의 콘텐츠 스토어에, 그 밖에는 레거시 그래프 드라이버(기본값 overlay2)에 저장합니다. containerd 이미지 스토어는 userns-remap과 함께 쓸 수 없습니다.',
				en: "The CLI calls `POST /images/create` (ImagePull), and dockerd pulls the nginx layers from Docker Hub. On fresh Engine 29+ installs dockerd stores them in containerd's content store over gRPC; otherwise in the legacy graph driver (overlay2 by default). The containerd store is not available with userns-remap."
			},
			highlight: ['docker-cli', 'dockerd', 'registry'],
			edges: ['cli-dockerd', 'dockerd-registry', 'dockerd-containerd'],
			tokens: [
				{ edge: 'cli-dockerd' },
				{ edge: 'dockerd-registry' },
				{ edge: 'dockerd-registry', reverse: true },
				{ edge: 'dockerd-containerd' }
			]
		},
		{
			narration: {
				ko: 'CLI가 `POST /containers/create`를 다시 보냅니다. 이번에는 dockerd가 도커 컨테이너 객체(설정, 이름, 이미지 위의 읽기·쓰기 레이어)를 만들고 ID를 돌려줍니다. 아직 실행 중인 것은 없습니다.',
				en: 'The CLI retries `POST /containers/create`. Now dockerd creates the Docker container object (configuration, name, a read-write layer on top of the image) and returns its ID. Nothing runs yet.'
			},
			highlight: ['docker-cli', 'dockerd'],
			edges: ['cli-dockerd'],
			tokens: [{ edge: 'cli-dockerd' }, { edge: 'cli-dockerd', reverse: true }]
		},
		{
			narration: {
				ko: 'CLI가 `POST /containers/{id}/start`를 보냅니다. `-d` 옵션이 있으므로 컨테이너 출력에 붙지(attach) 않고 이 호출이 끝나기만 기다립니다.',
				en: "The CLI sends `POST /containers/{id}/start`. Because of `-d` it does not attach to the container's output; it only waits for this call to return."
			},
			highlight: ['docker-cli', 'dockerd'],
			edges: ['cli-dockerd'],
			tokens: [{ edge: 'cli-dockerd' }]
		},
		{
			narration: {
				ko: 'dockerd는 컨테이너의 루트 파일시스템을 직접 마운트하고 네트워크 샌드박스를 만들고 OCI 런타임 스펙을 생성합니다. 스펙의 `root.path`에는 자신이 마운트한 경로를 적습니다. 그런 다음 gRPC(네임스페이스 `moby`)로 그 스펙과 런타임 이름 `io.containerd.runc.v2`를 지정해 containerd 컨테이너를 만듭니다. 스냅샷은 지정하지 않습니다.',
				en: "dockerd mounts the container's root filesystem itself, creates the network sandbox and generates the OCI runtime spec, whose `root.path` is the path it mounted. Then, over gRPC in namespace `moby`, it creates a containerd container with that spec and the runtime `io.containerd.runc.v2`, and no snapshot."
			},
			highlight: ['dockerd', 'containerd'],
			edges: ['dockerd-containerd'],
			tokens: [{ edge: 'dockerd-containerd' }]
		},
		{
			narration: {
				ko: 'dockerd가 gRPC로 태스크 생성을 요청합니다. containerd는 `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/`에 OCI 번들을 배치하고 스펙을 `config.json`으로 씁니다. 도커의 컨테이너에는 스냅샷이 없으므로 스냅샷터의 rootfs 마운트는 없고, `root.path`가 dockerd가 이미 마운트한 루트 파일시스템을 가리킵니다.',
				en: "dockerd asks containerd to create the task (gRPC). containerd lays out the OCI bundle at `/run/containerd/io.containerd.runtime.v2.task/moby/<id>/` and writes the spec as `config.json`. Docker's container has no snapshot, so there are no snapshotter rootfs mounts: `root.path` points at the root filesystem dockerd already mounted."
			},
			highlight: ['dockerd', 'containerd', 'bundle'],
			edges: ['dockerd-containerd', 'containerd-bundle'],
			reveal: ['bundle'],
			tokens: [{ edge: 'dockerd-containerd' }, { edge: 'containerd-bundle' }]
		},
		{
			narration: {
				ko: 'containerd가 `containerd-shim-runc-v2 start`를 실행합니다. 이 호출이 띄운 shim은 자신만의 프로세스 그룹에서 실행되며 `unix:///run/containerd/s/<sha256>`에서 ttrpc를 제공하고 자신을 child subreaper로 설정합니다. `start`는 그 주소를 containerd에 알린 뒤 종료하며(containerd 2.3부터는 주소를 담은 protobuf `BootstrapResult`로, 그 전에는 주소 문자열로), shim은 PID 1의 자식이 됩니다.',
				en: 'containerd runs `containerd-shim-runc-v2 start`. It launches the long-lived shim in its own process group; the shim serves ttrpc on `unix:///run/containerd/s/<sha256>` and becomes a child subreaper; `start` hands containerd the address (since containerd 2.3 as a protobuf `BootstrapResult`; before, as a plain address string) and exits, leaving the shim to PID 1.'
			},
			highlight: ['containerd', 'containerd-shim'],
			edges: ['containerd-shim'],
			reveal: ['containerd-shim'],
			tokens: [{ edge: 'containerd-shim' }]
		},
		{
			narration: {
				ko: 'containerd가 ttrpc로 `TaskService.Create`(id, 번들, stdio FIFO 경로)를 보냅니다. 도커에서는 rootfs 마운트 목록이 비어 있으므로 shim은 아무것도 마운트하지 않습니다. FIFO는 dockerd가 자신의 디렉터리 `/var/run/docker/containerd/<id>/`에 만들어 둔 것입니다. shim은 I/O를 준비한 뒤 `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`를 fork/exec합니다.',
				en: 'containerd sends `TaskService.Create` over ttrpc (id, bundle, stdio FIFO paths). For Docker its list of rootfs mounts is empty, so the shim mounts nothing; the FIFOs are ones dockerd made in its own directory, `/var/run/docker/containerd/<id>/`. The shim sets up I/O and fork/execs `runc create --bundle <bundle> --pid-file <bundle>/init.pid <id>`.'
			},
			highlight: ['containerd', 'containerd-shim', 'runc'],
			edges: ['containerd-shim', 'shim-runc'],
			reveal: ['runc'],
			tokens: [{ edge: 'containerd-shim' }, { edge: 'shim-runc' }]
		},
		{
			narration: {
				ko: 'runc가 `config.json`을 읽고, init을 새 네임스페이스(mount, net, uts, pid, ipc 등)에 clone한 뒤 cgroup, `root.path`로의 `pivot_root`, capability, seccomp를 적용합니다. init은 `exec.fifo`에서 멈춰 기다립니다. 상태는 created이고 nginx는 아직 실행되지 않았습니다.',
				en: 'runc reads `config.json`, clones its init into new namespaces (mount, net, uts, pid, ipc…), and applies the cgroup, `pivot_root` into `root.path`, capabilities and seccomp. The init blocks on `exec.fifo`: state created, nginx not run yet.'
			},
			highlight: ['runc', 'bundle', 'kernel', 'nginx'],
			edges: ['runc-bundle', 'runc-kernel'],
			reveal: ['nginx'],
			tokens: [{ edge: 'runc-bundle' }, { edge: 'runc-kernel' }]
		},
		{
			narration: {
				ko: '`runc create`가 종료되고, 고아가 된 init은 subreaper인 shim의 자식이 됩니다. shim은 `init.pid`에서 PID를 읽어 Create에 응답하고 TaskCreate 이벤트를 발행하며, containerd는 그 PID를 dockerd에 돌려줍니다.',
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
				ko: 'create와 start 사이에 dockerd가 네트워크를 연결합니다. libnetwork가 샌드박스를 `/proc/<pid>/ns/net`에 묶고 veth 쌍을 만들어 한쪽은 컨테이너 안 `eth0`으로, 다른 쪽은 `docker0` 브리지에 붙인 뒤 IP를 할당합니다. containerd는 이 과정에 관여하지 않습니다.',
				en: 'Between create and start, dockerd wires the network: libnetwork binds the sandbox to `/proc/<pid>/ns/net`, creates a veth pair (`eth0` inside the container, the other end on `docker0`) and assigns an IP. containerd takes no part in this.'
			},
			highlight: ['dockerd', 'nginx', 'kernel'],
			edges: ['dockerd-netns'],
			tokens: [{ edge: 'dockerd-netns' }]
		},
		{
			narration: {
				ko: 'dockerd가 gRPC로 Task Start를, containerd가 ttrpc로 `TaskService.Start`를 보내고, shim이 `runc start <id>`를 실행합니다. runc가 `exec.fifo`를 열면 새 PID 네임스페이스의 PID 1인 init이 이미지의 엔트리포인트/명령(nginx)을 `execve()`합니다. runc는 종료하고, TaskStart가 발행되고, dockerd가 CLI에 응답합니다.',
				en: "Task Start goes dockerd → containerd (gRPC) → shim (ttrpc); the shim runs `runc start <id>`. runc opens `exec.fifo` and the init `execve()`s the image's command (nginx). runc exits; TaskStart is published; dockerd answers the CLI."
			},
			highlight: ['dockerd', 'containerd', 'containerd-shim', 'runc', 'nginx'],
			edges: ['dockerd-containerd', 'containerd-shim', 'shim-runc', 'shim-events', 'cli-dockerd'],
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
				ko: '정상 상태입니다. start 호출이 끝나 CLI는 ID를 출력하고 종료했고, runc도 남아 있지 않습니다. nginx의 부모인 shim이 stdio를 열어 둔 채 유지하고(로그는 FIFO로 dockerd의 로그 드라이버에 갑니다), 종료를 기다렸다가 TaskExit를 보고합니다.',
				en: "Steady state. The start call returned, so the CLI printed the ID and exited, and no runc remains. The shim, nginx's parent, holds its stdio open (logs flow through FIFOs to dockerd's log driver) and will report TaskExit."
			},
			highlight: ['dockerd', 'containerd', 'containerd-shim', 'nginx'],
			edges: [
				'shim-nginx',
				'shim-events',
				'containerd-shim',
				'dockerd-containerd',
				'shim-log-fifo'
			],
			// Exited, not removed: the overview is this step's picture, and it must still show every
			// actor of the view's title (docker CLI, runc), each marked as gone.
			relabel: { runc: exited, 'docker-cli': exited },
			tokens: [{ edge: 'shim-log-fifo' }]
		}
	]
};
