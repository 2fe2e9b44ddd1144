/** The `types` view (default): the eight namespace types, the host's set beside a container's, and the handles. */
import type { ViewDef } from '../../types';

const types = ['ns-cgroup', 'ns-ipc', 'ns-net', 'ns-mnt', 'ns-pid', 'ns-time', 'ns-user', 'ns-uts'];

export const typesView: ViewDef = {
	id: 'types',
	title: { en: 'Eight namespace types', ko: '네임스페이스 여덟 가지' },
	summary: {
		en: 'What a Linux namespace is: the eight types with their CLONE_NEW* flags, the host’s initial set beside one container’s, and the /proc/<pid>/ns/* handles.',
		ko: '리눅스 네임스페이스란 무엇인지: CLONE_NEW* 플래그가 붙은 여덟 가지 타입, 호스트의 초기 네임스페이스와 컨테이너 하나의 네임스페이스, 그리고 /proc/<pid>/ns/* 핸들을 보여 줍니다.'
	},
	// Three columns: on a phone a fourth would cut the CLONE_NEW* flags in half.
	layout: {
		kind: 'grid',
		cols: 3,
		rows: 5,
		place: {
			// namespaces(7) table order.
			'ns-cgroup': { col: 0, row: 0 },
			'ns-ipc': { col: 1, row: 0 },
			'ns-net': { col: 2, row: 0 },
			'ns-mnt': { col: 0, row: 1 },
			'ns-pid': { col: 1, row: 1 },
			'ns-time': { col: 2, row: 1 },
			'ns-user': { col: 0, row: 2 },
			'ns-uts': { col: 1, row: 2 },
			// The host's side on the left, the container's on the right, the handles between them.
			'host-proc': { col: 0, row: 3 },
			'ns-handle': { col: 1, row: 3 },
			nginx: { col: 2, row: 3 },
			'host-set': { col: 0, row: 4 },
			'ctr-set': { col: 2, row: 4 }
		}
	},
	edges: ['host-proc-set', 'nginx-set', 'host-proc-handle', 'nginx-handle'],
	steps: [
		{
			narration: {
				en: 'namespaces(7): "A namespace wraps a global system resource in an abstraction that makes it appear to the processes within the namespace that they have their own isolated instance of the global resource." One use of namespaces is to implement containers.',
				ko: 'namespaces(7)의 정의입니다. 네임스페이스는 전역 시스템 리소스를 추상화로 감싸, 그 네임스페이스 안의 프로세스에게 자신만의 격리된 리소스 인스턴스를 가진 것처럼 보이게 합니다. 네임스페이스의 용도 가운데 하나가 컨테이너 구현입니다.'
			}
		},
		{
			narration: {
				en: 'Linux has eight namespace types. Each isolates one kind of resource and has a flag that asks for a new one, written on its box: `CLONE_NEWCGROUP`, `CLONE_NEWIPC`, `CLONE_NEWNET`, `CLONE_NEWNS` (mount), `CLONE_NEWPID`, `CLONE_NEWTIME`, `CLONE_NEWUSER`, `CLONE_NEWUTS`.',
				ko: '리눅스의 네임스페이스는 여덟 가지입니다. 타입마다 한 종류의 리소스를 격리하며, 새 네임스페이스를 요청하는 플래그가 각 상자에 적혀 있습니다. `CLONE_NEWCGROUP`, `CLONE_NEWIPC`, `CLONE_NEWNET`, `CLONE_NEWNS`(마운트), `CLONE_NEWPID`, `CLONE_NEWTIME`, `CLONE_NEWUSER`, `CLONE_NEWUTS`입니다.'
			},
			highlight: types
		},
		{
			narration: {
				en: 'At boot there is one namespace of each type, the initial ones. systemd, sshd and your shell are all members of them; a new process stays in its parent’s namespaces unless it is given new ones.',
				ko: '부팅하면 타입마다 초기 네임스페이스가 하나씩 있습니다. systemd, sshd, 셸은 모두 그 구성원이며, 새 프로세스는 새 네임스페이스를 받지 않는 한 부모의 네임스페이스에 남습니다.'
			},
			highlight: ['host-set', 'host-proc'],
			edges: ['host-proc-set']
		},
		{
			narration: {
				en: 'A container is a process given a new set: nginx gets its own mount, network, UTS, IPC and PID namespaces (the others are in “What Docker creates”). It sees its own files, its own `eth0`, its own hostname and PID 1, while the kernel underneath is the same.',
				ko: '컨테이너는 새 네임스페이스 묶음을 받은 프로세스입니다. nginx는 자신만의 마운트, 네트워크, UTS, IPC, PID 네임스페이스를 받습니다(나머지는 ‘Docker가 만드는 것’ 보기에서 다룹니다). 자신만의 파일, `eth0`, 호스트 이름, PID 1을 보지만, 그 아래의 커널은 같습니다.'
			},
			highlight: ['ctr-set', 'nginx', 'ns-mnt', 'ns-net', 'ns-uts', 'ns-ipc', 'ns-pid'],
			edges: ['nginx-set']
		},
		{
			narration: {
				en: 'Every process holds one link per type in `/proc/<pid>/ns/`, e.g. `net -> net:[4026531992]`. Same inode number (on the same device), same namespace: compare `/proc/1/ns/net` with `/proc/4242/ns/net`. The link is a handle you can open and pass to `setns(2)`, not the namespace itself.',
				ko: '프로세스마다 `/proc/<pid>/ns/`에 타입별 링크가 하나씩 있습니다(예: `net -> net:[4026531992]`). 같은 장치에서 inode 번호가 같으면 같은 네임스페이스입니다. `/proc/1/ns/net`과 `/proc/4242/ns/net`을 비교해 보면 됩니다. 이 링크는 열어서 `setns(2)`에 넘길 수 있는 핸들이지, 네임스페이스 자체가 아닙니다.'
			},
			highlight: ['ns-handle', 'host-proc', 'nginx'],
			edges: ['host-proc-handle', 'nginx-handle']
		},
		{
			narration: {
				en: 'What a namespace does not do: limit. A container’s namespaces change what its processes can see; how much CPU, memory or how many processes they may use is set by its cgroup (see “cgroups: the limits”). And namespaces are not only for start-up: `unshare` and `setns` work on running processes.',
				ko: '네임스페이스가 하지 않는 일은 제한입니다. 컨테이너의 네임스페이스는 프로세스가 무엇을 볼 수 있는지를 바꿀 뿐이고, CPU와 메모리를 얼마나 쓰고 프로세스를 몇 개까지 만들 수 있는지는 cgroup이 정합니다(‘cgroup: 사용량 한도’ 보기). 또 네임스페이스는 시작할 때만 쓰이는 것이 아니어서, `unshare`와 `setns`는 실행 중인 프로세스에도 쓸 수 있습니다.'
			},
			highlight: ['ctr-set', 'host-set']
		}
	]
};
