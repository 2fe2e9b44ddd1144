/** Nodes of the `lifecycle` view: how a namespace set is made (unshare, then a fork), joined (setns) and kept. */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

export const lifecycleNodes: NodeDef[] = [
	{
		id: 'runc-init',
		label: { en: 'runc init (nsexec)', ko: 'runc init (nsexec)' },
		detail: { en: 'unshare(2), then clone(2)', ko: 'unshare(2) 뒤 clone(2)' },
		tone: 'process',
		lifetime: 'transient',
		about: {
			en: "runc's init step, written in C so it runs before the Go runtime starts threads. `nsexec()` runs in stages, each its own process. Stage 1 joins the namespaces given in its bootstrap data (if any) with `setns(2)` and creates the new ones with `unshare(2)` and the clone flags from `config.json` (a new user namespace first, whose ID mappings stage 0 writes from outside). Then it forks stage 2 with `clone(2)` and `CLONE_PARENT`, no `CLONE_NEW*` flag: it must fork because unshare(2) does not move its caller into a new PID namespace. Stage 2 is born in all the new namespaces, as PID 1 of the new PID namespace, and becomes the container's init.",
			ko: 'Go 런타임이 스레드를 띄우기 전에 실행되도록 C로 작성된 runc의 init 단계입니다. `nsexec()`은 단계별로 별도의 프로세스에서 실행됩니다. 1단계는 bootstrap 데이터에 기존 네임스페이스가 있으면 `setns(2)`로 들어가고, `config.json`의 clone 플래그로 `unshare(2)`를 호출해 새 네임스페이스를 만듭니다(새 사용자 네임스페이스가 먼저이며, 그 ID 매핑은 바깥의 0단계가 기록합니다). 그다음 `CLONE_NEW*` 없이 `CLONE_PARENT`만 주고 `clone(2)`으로 2단계를 fork합니다. unshare(2)는 호출한 프로세스를 새 PID 네임스페이스로 옮기지 않으므로 fork가 필요합니다. 2단계는 새 네임스페이스 모두의 안에서 새 PID 네임스페이스의 PID 1로 태어나 컨테이너의 init이 됩니다.'
		},
		sources: [src.runcNsexec, src.runcNsenterStages, src.manUnshare, src.manClone, src.ociLinux],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'runc' }]
	},
	{
		id: 'unshare-proc',
		label: { en: 'A process calls unshare(2)', ko: 'unshare(2)를 호출한 프로세스' },
		detail: { en: 'e.g. unshare --pid --fork sh', ko: '예: unshare --pid --fork sh' },
		tone: 'process',
		about: {
			en: '`unshare(2)` moves the calling process itself into new namespaces, with no new process. Two exceptions: with `CLONE_NEWPID` (and `CLONE_NEWTIME`) the caller stays where it is, and only the children it creates afterwards go into the new namespace. That is why the `unshare` command needs `--fork` with `--pid`.',
			ko: '`unshare(2)`는 새 프로세스 없이 호출한 프로세스 자신을 새 네임스페이스로 옮깁니다. 예외가 둘 있습니다. `CLONE_NEWPID`(와 `CLONE_NEWTIME`)에서는 호출한 프로세스는 그대로 남고, 그 뒤에 만드는 자식들만 새 네임스페이스에 들어갑니다. 그래서 `unshare` 명령은 `--pid`와 함께 `--fork`가 필요합니다.'
		},
		sources: [src.manUnshare, src.manPidNamespaces, src.manTimeNamespaces]
	},
	{
		id: 'unshare-child',
		label: { en: 'Its first child', ko: '그 프로세스의 첫 자식' },
		detail: { en: 'becomes PID 1', ko: '새 네임스페이스의 PID 1' },
		tone: 'process',
		about: {
			en: '"The first child created by a process after a call to unshare(2) using the CLONE_NEWPID flag has the PID 1" in the new namespace, and becomes its init. The process that called unshare keeps its old PID and namespace.',
			ko: 'pid_namespaces(7)에 따르면 `CLONE_NEWPID`로 unshare(2)를 호출한 뒤 처음 만든 자식이 새 네임스페이스에서 PID 1이 되어 그 init이 됩니다. unshare를 호출한 프로세스는 원래 PID와 네임스페이스를 그대로 유지합니다.'
		},
		sources: [src.manPidNamespaces]
	},
	{
		id: 'exec-proc',
		label: { en: 'docker exec → runc exec', ko: 'docker exec → runc exec' },
		detail: { en: 'setns(2) into the running set', ko: '실행 중인 묶음에 setns(2)' },
		tone: 'process',
		lifetime: 'transient',
		about: {
			en: "`docker exec` runs a new command in a running container. dockerd asks containerd, containerd the shim, and the shim runs `runc exec`; runc passes nsexec the container init's `/proc/<pid>/ns/*` paths, and nsexec `setns(2)`s into each, then the command is executed inside the same namespaces (and cgroup) as nginx.",
			ko: '`docker exec`은 실행 중인 컨테이너 안에서 새 명령을 실행합니다. dockerd가 containerd에, containerd가 shim에 요청하고, shim이 `runc exec`을 실행합니다. runc가 컨테이너 init의 `/proc/<pid>/ns/*` 경로를 nsexec에 넘기면 nsexec이 각각에 `setns(2)`로 들어가고, 명령은 nginx와 같은 네임스페이스(와 cgroup) 안에서 실행됩니다.'
		},
		sources: [src.dockerExec, src.runcMan, src.runcNsenter, src.manSetns]
	},
	{
		id: 'ns-pin',
		label: { en: 'Bind mount or open fd', ko: '바인드 마운트나 열린 fd' },
		detail: { en: 'e.g. ip netns add', ko: '예: ip netns add' },
		tone: 'file',
		about: {
			en: 'A namespace is torn down when its last member process exits, unless something else holds it: an open file descriptor for, or a bind mount of, its `/proc/<pid>/ns/*` link (or, for PID and user namespaces, a child namespace). `ip netns add <name>` works this way: ip-netns(8) keeps a named network namespace at `/var/run/netns/<name>` (iproute2 bind-mounts the new namespace’s `/proc/self/ns/net` there), and it lives on with no process in it.',
			ko: '네임스페이스는 마지막 구성원 프로세스가 종료되면 사라집니다. 다만 다른 무언가가 네임스페이스를 유지하고 있으면 남습니다. `/proc/<pid>/ns/*` 링크의 열린 파일 디스크립터나 그 링크의 바인드 마운트(PID와 사용자 네임스페이스라면 자식 네임스페이스)가 그렇습니다. `ip netns add <이름>`이 바로 이 방식입니다. ip-netns(8)에 따르면 이름 붙은 네트워크 네임스페이스는 `/var/run/netns/<이름>`에 있으며(iproute2가 새 네임스페이스의 `/proc/self/ns/net`을 그곳에 바인드 마운트합니다), 프로세스가 하나도 없어도 남아 있습니다.'
		},
		sources: [src.manNamespaces, src.manIpNetns]
	}
];
