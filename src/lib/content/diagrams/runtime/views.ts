/**
 * Views of the runtime diagram, in order: the architecture, `docker run -d nginx` step by step
 * (in ./docker-run), the process tree, and what survives a daemon restart.
 */
import type { ViewDef } from '../../types';
import { dockerRun } from './docker-run';
import { pipelineEdges, pipelineGrid, pipelineNodes } from './layout';

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

export const views: ViewDef[] = [
	{
		id: 'architecture',
		title: { ko: '구성', en: 'Architecture' },
		summary: {
			ko: '각 구성 요소가 무엇으로 통신하고, 각 프로세스가 얼마나 오래 실행되는지 보여 줍니다.',
			en: 'Who talks to whom over what, and how long each process lives.'
		},
		layout: pipelineGrid(pipelineNodes),
		nodes: pipelineNodes,
		edges: pipelineEdges,
		steps: [
			{
				narration: {
					ko: '요청은 사슬을 따라 내려갑니다. docker CLI는 HTTP로 dockerd를, dockerd는 gRPC로 containerd를, containerd는 ttrpc로 shim을 호출하고, runc를 실행하는 것은 shim입니다. containerd가 runc를 직접 실행하는 일은 없습니다.',
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
					ko: 'dockerd와 containerd는 데몬입니다. 보통 systemd 서비스로 한 번 시작되어 계속 실행되면서 모든 컨테이너를 처리합니다. docker CLI는 다릅니다. API 호출이 끝나면 종료하며, `-d`로 실행하면 start 호출이 끝나는 즉시 종료합니다.',
					en: 'dockerd and containerd are daemons: started once, normally as systemd services, they stay up and serve every container. The docker CLI is not: it exits when its API calls return, and with `-d` that is right after start.'
				},
				highlight: ['docker-cli', 'dockerd', 'containerd'],
				edges: ['cli-dockerd', 'dockerd-containerd']
			},
			{
				narration: {
					ko: 'containerd-shim-runc-v2는 컨테이너마다 하나씩, 컨테이너가 살아 있는 동안 계속 실행됩니다. 컨테이너의 부모(child subreaper)로서 stdio를 열어 둔 채 유지하고, 종료를 기다렸다가 종료 상태를 TaskExit 이벤트로 containerd에 보고합니다.',
					en: "One containerd-shim-runc-v2 runs per container, for as long as the container lives. It is the container's parent (a child subreaper), holds its stdio, waits for it to exit and reports the exit status to containerd as TaskExit."
				},
				highlight: ['containerd-shim', 'nginx'],
				edges: ['shim-nginx', 'shim-events']
			},
			{
				narration: {
					ko: 'runc는 잠깐만 실행됩니다. shim이 실행한 `runc create`는 번들을 읽어 네임스페이스와 cgroup을 만들고, 뒤이은 `runc start`는 프로그램을 시작시킵니다. 둘 다 일을 마치면 종료하므로 detached 모드에서는 남아 있는 runc 프로세스가 없습니다.',
					en: 'runc is transient. The shim runs `runc create`, which builds namespaces and cgroups from the bundle, then `runc start`; each exits when done, so in detached mode no runc process is left running at all.'
				},
				highlight: ['runc', 'bundle', 'kernel'],
				edges: ['shim-runc', 'runc-bundle', 'runc-kernel']
			},
			{
				narration: {
					ko: '왜 shim이 있을까요? 컨테이너의 부모가 containerd가 아니라 shim이므로 containerd가 재시작해도 컨테이너는 멈추지 않습니다. 또 shim과 런타임 엔진(containerd 문서의 용어로, shim이 실행하는 runc 같은 저수준 컨테이너 런타임)을 나눈 구조 덕분에 youki 같은 runc 대체 엔진을 runc의 shim 그대로 쉽게 끼워 넣을 수 있습니다. Kata, gVisor, Wasmtime처럼 자체 shim을 제공하는 런타임은 그 대신 shim API로 연결됩니다.',
					en: "Why a shim? Because the shim, not containerd, is the container's parent, containerd can restart without stopping containers. And the shim + engine split lets a runc drop-in such as youki plug in under the same runc shim; runtimes such as Kata, gVisor or Wasmtime ship their own containerd shims and plug in at the shim API instead."
				},
				highlight: ['containerd', 'containerd-shim', 'nginx'],
				edges: ['containerd-shim', 'shim-nginx']
			}
		]
	},
	dockerRun,
	{
		id: 'process-tree',
		title: { ko: '프로세스 트리', en: 'Process tree' },
		summary: {
			ko: '컨테이너가 실행된 뒤 어떤 프로세스가 누구의 부모인지 보여 줍니다.',
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
					ko: 'nginx가 실행된 뒤 호스트의 프로세스 트리를 `ps`로 보면 이렇습니다. 루트에 systemd(PID 1)가 있고, 그 아래에 서비스인 dockerd와 containerd, 그리고 shim 하나와 그 밑의 nginx 마스터 프로세스가 있습니다. nginx의 워커 프로세스는 shim이 아니라 마스터 프로세스의 자식입니다.',
					en: "The host's process tree once nginx runs, as `ps` shows it: systemd (PID 1) at the root, dockerd and containerd beneath it as services, and one shim with nginx's master process under it (nginx's workers are the master's children, not the shim's)."
				},
				edges: treeEdges
			},
			{
				narration: {
					ko: 'shim의 부모는 containerd가 아니라 PID 1입니다. containerd가 실행한 `containerd-shim-runc-v2 start`는 오래 실행될 shim을 띄우고 종료했고, 고아가 된 shim은 systemd의 자식이 되었습니다. 부모가 바뀐 것만으로 살아남는 것은 아닙니다. shim은 여전히 `containerd.service`의 cgroup 안에 있지만, 이 유닛이 `KillMode=process`를 설정해 systemd가 containerd의 주 프로세스만 종료하므로 `systemctl restart containerd`에서 살아남습니다. shim은 자신만의 프로세스 그룹에서 실행되기도 합니다.',
					en: "The shim's parent is PID 1, not containerd. containerd ran `containerd-shim-runc-v2 start`, which launched the long-lived shim and exited; the orphaned shim was reparented to systemd. That alone does not save it: the shim still sits in `containerd.service`'s cgroup, and it survives `systemctl restart containerd` because that unit sets `KillMode=process`, so systemd kills only containerd's main process. The shim also runs in its own process group."
				},
				highlight: ['systemd', 'containerd', 'containerd-shim'],
				edges: ['tree-systemd-shim']
			},
			{
				narration: {
					ko: 'nginx의 부모는 shim입니다. shim이 자신을 child subreaper로 설정했으므로 `runc create`가 종료될 때 고아가 된 컨테이너 init이 shim의 자식이 되었습니다. nginx는 자기 PID 네임스페이스 안에서는 PID 1이고, 호스트에서는 평범한 PID를 가집니다.',
					en: "nginx's parent is the shim. The shim made itself a child subreaper, so when `runc create` exited, the orphaned container init was reparented to it. nginx is PID 1 inside its own PID namespace and has an ordinary PID on the host."
				},
				highlight: ['containerd-shim', 'nginx'],
				edges: ['tree-shim-nginx']
			},
			{
				narration: {
					ko: '트리에 없는 것도 있습니다. runc는 없습니다. `runc create`와 `runc start` 모두 종료했습니다. 또 containerd는 nginx의 조상이 아닙니다. shim의 형제일 뿐이고, 컨테이너는 shim의 ttrpc API를 거쳐서만 다룹니다.',
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
			ko: 'containerd가 재시작해도 컨테이너는 멈추지 않습니다(현재의 systemd 유닛 기준). dockerd는 live-restore를 켜지 않으면 종료할 때 컨테이너를 멈춥니다.',
			en: 'A containerd restart leaves containers running (with current systemd units); dockerd stops them when it exits, unless live-restore is on.'
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
					ko: '`docker run -d nginx` 이후의 정상 상태입니다. dockerd와 containerd가 실행 중이고 shim 하나가 nginx 컨테이너를 관리하고 있으며, runc와 CLI는 실행 중이 아닙니다. 여기서 데몬이 재시작하면 어떻게 될까요?',
					en: 'Steady state after `docker run -d nginx`: dockerd and containerd are up, one shim holds the nginx container, and neither runc nor the CLI is running. What happens when a daemon restarts?'
				},
				edges: restartEdges,
				reveal: ['dockerd', 'containerd', 'containerd-shim', 'nginx']
			},
			{
				narration: {
					ko: 'containerd가 멈춥니다(장애든 업그레이드든). nginx는 계속 실행됩니다. 부모는 shim이고 shim이 여전히 stdio를 열어 둔 채 종료 상태를 기록하며, systemd에서는 `containerd.service`의 `KillMode=process` 때문에 containerd 자신만 종료되고 shim은 남기 때문입니다. 이 구조 덕분에 containerd가 비정상 종료됐다가 다시 시작해도 컨테이너의 모든 기능이 복구됩니다. 다만 `Requires=containerd.service`가 적힌 예전 `docker.service` 유닛에서는 dockerd도 함께 재시작되어, live-restore가 없으면 컨테이너가 멈춥니다.',
					en: 'containerd stops (a crash or an upgrade). nginx keeps running: its parent is the shim, which still holds its stdio and records its exit status, and under systemd, `KillMode=process` in `containerd.service` makes the restart stop only containerd itself, not the shim. This "allows containerd to crash and restore all functionality to containers." Older `docker.service` units with `Requires=containerd.service` restart dockerd too, which stops the containers unless live-restore is on.'
				},
				highlight: ['containerd-shim', 'nginx'],
				edges: ['shim-nginx'],
				conceal: ['containerd']
			},
			{
				narration: {
					ko: 'containerd가 다시 시작하면 태스크 번들 디렉터리를 훑어 각 shim의 주소를 읽고 ttrpc로 다시 연결해, 실행 중인 컨테이너를 다시 관리합니다. 컨테이너는 한 번도 멈추지 않았습니다. shim을 containerd에서 떼어 낸 이유가 바로 이것으로, containerd가 내려가도 shim은 살아남아야 합니다.',
					en: 'containerd comes back, walks its task bundles, reads the address of each shim and reconnects over ttrpc, taking up the running container again; the container never stopped. That is why shims were decoupled from containerd: "shims should survive when containerd goes down."'
				},
				highlight: ['containerd', 'containerd-shim', 'nginx'],
				edges: ['containerd-shim', 'shim-events'],
				reveal: ['containerd'],
				tokens: [{ edge: 'containerd-shim' }]
			},
			{
				narration: {
					ko: 'dockerd는 다릅니다. 기본 설정에서 도커 데몬은 종료될 때 실행 중인 컨테이너를 멈춥니다. live-restore 없이 dockerd를 정상적으로 멈추거나 재시작하면 nginx가 멈추고, 그 컨테이너의 shim도 함께 사라집니다. dockerd가 비정상 종료된 경우라면 nginx는 dockerd가 다시 시작될 때까지 계속 실행되다가, 다시 시작한 dockerd가 멈춥니다(재시작 정책이 있으면 다시 시작됩니다).',
					en: 'dockerd is different. "By default, when the Docker daemon terminates, it shuts down running containers": a graceful stop or restart of dockerd without live-restore stops nginx, and its shim goes away with it. After a dockerd crash, nginx keeps running until dockerd starts again, and then dockerd shuts it down (a restart policy would start it again).'
				},
				highlight: ['containerd'],
				edges: [],
				conceal: ['dockerd', 'containerd-shim', 'nginx']
			},
			{
				narration: {
					ko: '이번에는 `/etc/docker/daemon.json`에 `"live-restore": true`를 설정하고 `systemctl reload docker`로 적용한 뒤(적용하려고 재시작하면 그때 컨테이너가 멈춥니다) 같은 일을 해 봅니다. dockerd가 내려가도 컨테이너를 멈추지 않으므로, 데몬이 없는 동안에도 shim과 nginx는 계속 실행됩니다. 다만 오래 내려가 있으면 로그 FIFO(기본 64 KiB)가 가득 차 nginx가 더는 로그를 쓰지 못합니다.',
					en: 'Now the same with `"live-restore": true` in `/etc/docker/daemon.json`, applied with `systemctl reload docker` (restarting to apply it would stop the containers). dockerd goes down but leaves its containers alone: the shim and nginx keep running while the daemon is unavailable. If it stays down long, the log FIFO (64 KiB by default) fills and blocks nginx from logging more.'
				},
				highlight: ['containerd', 'containerd-shim', 'nginx'],
				edges: ['containerd-shim', 'shim-nginx'],
				reveal: ['containerd-shim', 'nginx']
			},
			{
				narration: {
					ko: 'dockerd가 다시 시작되어 남겨 두었던 컨테이너에 다시 연결합니다. live-restore는 데몬 장애, 계획된 중단, 업그레이드로 인한 컨테이너 중단 시간을 줄이기 위한 기능이지만, 업그레이드는 패치 릴리스 사이에서만, 그리고 브리지 IP나 스토리지 드라이버 같은 데몬 옵션이 바뀌지 않았을 때만 지원합니다. Windows 컨테이너에서는 지원하지 않습니다.',
					en: 'dockerd starts again and reconnects to the containers it left running. Live restore "helps reduce container downtime due to daemon crashes, planned outages, or upgrades", but upgrades only across patch releases and only with unchanged daemon options such as the bridge IP or the storage driver; it is not supported for Windows containers.'
				},
				highlight: ['dockerd', 'containerd'],
				edges: ['dockerd-containerd'],
				reveal: ['dockerd'],
				tokens: [{ edge: 'dockerd-containerd' }]
			}
		]
	}
];
