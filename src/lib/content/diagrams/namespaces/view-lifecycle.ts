/** The `lifecycle` view: how a namespace set is made (unshare, then a fork), joined (setns) and kept alive. */
import type { ViewDef } from '../../types';

const allEdges = ['lc-clone', 'nginx-set', 'lc-unshare', 'lc-handle', 'lc-setns', 'lc-pin'];

export const lifecycleView: ViewDef = {
	id: 'lifecycle',
	title: { en: 'Make, join, keep', ko: '만들기, 들어가기, 유지하기' },
	summary: {
		en: 'How a container’s namespaces are made and joined: runc’s init unshare(2)s the CLONE_NEW* flags and then forks, because of unshare’s PID caveat; setns(2) for docker exec; and what keeps a namespace alive.',
		ko: '컨테이너의 네임스페이스를 만들고 그 안에 들어가는 방법: CLONE_NEW* 플래그로 unshare(2)한 뒤 fork하는 runc init(unshare의 PID 예외 때문입니다), docker exec이 쓰는 setns(2), 그리고 네임스페이스를 살려 두는 것을 차례로 보여 줍니다.'
	},
	layout: {
		kind: 'grid',
		cols: 3,
		rows: 4,
		place: {
			'runc-init': { col: 0, row: 0 },
			'unshare-proc': { col: 2, row: 0 },
			'ctr-set': { col: 0, row: 1, cols: 2 },
			'unshare-child': { col: 2, row: 1 },
			nginx: { col: 0, row: 2 },
			'ns-handle': { col: 1, row: 2 },
			'exec-proc': { col: 2, row: 2 },
			'ns-pin': { col: 1, row: 3 }
		}
	},
	edges: allEdges,
	steps: [
		{
			narration: {
				en: 'runc makes the set. Its init step (`nsexec`, in C, before the Go runtime starts) calls `unshare(2)` with the clone flags from `config.json`: `CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID`…, one new namespace per flag. Then it forks the process that will be the container’s init, with `clone(2)` and no `CLONE_NEW*` flag of its own.',
				ko: '네임스페이스 묶음을 만드는 것은 runc입니다. init 단계(Go 런타임이 시작되기 전에 C로 실행되는 `nsexec`)가 `config.json`의 clone 플래그로 `unshare(2)`를 호출합니다. `CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID`… 플래그마다 새 네임스페이스가 하나씩 생깁니다. 그다음 컨테이너의 init이 될 프로세스를 `clone(2)`으로 fork하는데, 이때는 `CLONE_NEW*` 플래그를 주지 않습니다.'
			},
			highlight: ['runc-init', 'ctr-set'],
			edges: ['lc-clone'],
			tokens: [{ edge: 'lc-clone' }]
		},
		{
			narration: {
				en: 'That child is born inside the new namespaces, as PID 1 of the new PID namespace. After `runc start` it `execve()`s the image’s entrypoint (for nginx, `/docker-entrypoint.sh`, a script that ends by `exec`ing nginx: two execs, the same PID 1). nginx stays a member of the set; every process it forks inherits the same namespaces.',
				ko: '그 자식은 새 네임스페이스 안에서, 새 PID 네임스페이스의 PID 1로 태어납니다. `runc start` 뒤에 이미지의 엔트리포인트를 `execve()`합니다(nginx 이미지에서는 `/docker-entrypoint.sh`이고, 이 스크립트가 마지막에 nginx를 `exec`합니다. exec이 두 번이지만 PID 1은 그대로입니다). nginx는 그 묶음의 구성원으로 남습니다. nginx가 fork하는 프로세스도 모두 같은 네임스페이스를 물려받습니다.'
			},
			highlight: ['ctr-set', 'nginx'],
			edges: ['nginx-set']
		},
		{
			narration: {
				en: '`unshare(2)` on its own, as any process can call it: a running process moves itself into new namespaces. Except for PID (and time): there the caller stays put, and only its next children go in. "The first child created by a process after a call to unshare(2) using the CLONE_NEWPID flag has the PID 1." This is exactly runc’s pattern, and the reason its nsexec forks once more after unsharing.',
				ko: '`unshare(2)`는 어떤 프로세스든 호출할 수 있으며, 실행 중인 프로세스가 자기 자신을 새 네임스페이스로 옮깁니다. PID(와 시간)만은 예외입니다. 호출한 프로세스는 그대로 있고, 그 뒤에 만드는 자식만 새 네임스페이스에 들어갑니다. `CLONE_NEWPID`로 unshare(2)를 호출한 뒤 처음 만든 자식이 PID 1이 됩니다. runc가 쓰는 방식이 바로 이것이며, nsexec이 unshare한 뒤 한 번 더 fork하는 이유이기도 합니다.'
			},
			highlight: ['unshare-proc', 'unshare-child'],
			edges: ['lc-unshare'],
			tokens: [{ edge: 'lc-unshare' }]
		},
		{
			narration: {
				en: '`docker exec web sh` joins the set instead of making one. dockerd asks containerd, containerd the shim, and the shim runs `runc exec`: its nsexec opens nginx’s `/proc/<pid>/ns/*` links and calls `setns(2)` on each, so the shell runs in the very namespaces nginx is in.',
				ko: '`docker exec web sh`는 묶음을 새로 만들지 않고 그 안에 들어갑니다. dockerd가 containerd에, containerd가 shim에 요청하고, shim이 `runc exec`을 실행합니다. runc의 nsexec이 nginx의 `/proc/<pid>/ns/*` 링크를 열어 각각 `setns(2)`를 호출하므로, 셸은 nginx와 똑같은 네임스페이스 안에서 실행됩니다.'
			},
			highlight: ['exec-proc', 'ns-handle', 'ctr-set'],
			edges: ['lc-setns', 'lc-handle'],
			tokens: [{ edge: 'lc-setns' }, { edge: 'lc-handle' }]
		},
		{
			narration: {
				en: 'A namespace lives while something holds it. Normally that is its member processes: when the last one exits, it is torn down. An open file descriptor or a bind mount of its `/proc/<pid>/ns/*` link also keeps it alive; `ip netns add <name>` keeps a network namespace alive this way, at `/var/run/netns/<name>`.',
				ko: '네임스페이스는 무언가가 유지하고 있는 동안 살아 있습니다. 보통은 구성원 프로세스이며, 마지막 프로세스가 종료되면 사라집니다. `/proc/<pid>/ns/*` 링크의 열린 파일 디스크립터나 바인드 마운트도 네임스페이스를 살려 둡니다. `ip netns add <이름>`은 이 방식으로 네트워크 네임스페이스를 `/var/run/netns/<이름>`에 살려 둡니다.'
			},
			highlight: ['ns-pin', 'ns-handle', 'ctr-set', 'nginx'],
			edges: ['lc-pin', 'lc-handle', 'nginx-set']
		}
	]
};
