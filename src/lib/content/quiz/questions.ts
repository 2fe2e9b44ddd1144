/**
 * The questions of "check yourself", at least one per topic of the note, each answered by selecting
 * marks on one view. Every `why` restates what the marks' own texts (about + sources) say, so the
 * sources of an answer are the sources of the marks it names.
 */
import type { L10n } from '../types';
import type { QuestionDef } from './types';

const L = (en: string, ko: string): L10n => ({ en, ko });

export const questions: QuestionDef[] = [
	// ── Layers and the shell ─────────────────────────────────────────────────────────────────────
	{
		id: 'layers-kernel-space',
		topic: 'layers',
		diagram: 'layers',
		view: 'refine',
		step: 3,
		prompt: L(
			'The note splits the operating system into three parts. Select the one that runs in kernel space.',
			'노트는 운영체제를 세 부분으로 나눕니다. 그중 커널 공간에서 실행되는 것을 고르세요.'
		),
		answer: ['kernel'],
		why: L(
			'Only the kernel runs in kernel mode. The OS libraries and the other libraries are code inside each application’s own process, in user space.',
			'커널 모드에서 실행되는 것은 커널뿐입니다. 운영체제 라이브러리와 그 밖의 라이브러리는 각 애플리케이션의 프로세스 안에서 사용자 공간 코드로 실행됩니다.'
		)
	},
	{
		id: 'shell-keystrokes',
		topic: 'layers',
		diagram: 'layers',
		view: 'shell',
		step: 2,
		prompt: L(
			'The user types `ls`. Select the two parts the keystrokes pass through before bash reads them.',
			'사용자가 `ls`를 입력합니다. bash가 읽기 전에 키 입력이 거쳐 가는 두 부분을 고르세요.'
		),
		answer: ['terminal', 'kernel'],
		why: L(
			'The terminal emulator writes the bytes to the master end of a pseudoterminal, which the kernel provides; bash reads them from the slave end. The shell is a bridge to the user only through these two.',
			'터미널 에뮬레이터가 바이트를 의사 터미널의 마스터 쪽에 쓰고, 이 의사 터미널은 커널이 제공합니다. bash는 슬레이브 쪽에서 읽습니다. 셸은 이 둘을 거쳐서만 사용자와 이어집니다.'
		)
	},
	{
		id: 'shell-who-forks',
		topic: 'layers',
		diagram: 'layers',
		view: 'shell',
		step: 4,
		prompt: L(
			'Which process creates the process that will run `ls`?',
			'`ls`를 실행할 프로세스를 만드는 프로세스는 무엇인가요?'
		),
		answer: ['shell'],
		why: L(
			'The shell forks itself; the child then calls execve to run ls. The kernel carries out both calls, but the shell asks for them.',
			'셸이 자신을 fork하고, 자식이 execve로 ls를 실행합니다. 두 호출을 수행하는 것은 커널이지만 요청하는 것은 셸입니다.'
		)
	},
	{
		id: 'shell-reads-directory',
		topic: 'layers',
		diagram: 'layers',
		view: 'shell',
		step: 6,
		prompt: L(
			'`ls` lists a directory. Select the part that actually reads the directory’s entries.',
			'`ls`가 디렉터리 목록을 보여 줍니다. 디렉터리 항목을 실제로 읽는 부분을 고르세요.'
		),
		answer: ['kernel'],
		why: L(
			'ls asks with system calls (openat, getdents64); the kernel reads the filesystem and hands the entries back. An application never touches the disk itself.',
			'ls는 시스템 콜(openat, getdents64)로 요청하고, 파일시스템을 읽어 항목을 돌려주는 것은 커널입니다. 애플리케이션은 디스크를 직접 다루지 않습니다.'
		)
	},

	// ── Program, process, thread ─────────────────────────────────────────────────────────────────
	{
		id: 'proc-same-program',
		topic: 'processes',
		diagram: 'processes',
		view: 'program-process',
		step: 4,
		prompt: L(
			'Select every process that runs the same program file.',
			'같은 프로그램 파일을 실행하는 프로세스를 모두 고르세요.'
		),
		answer: ['process-a', 'process-b'],
		why: L(
			'One program file can run as many processes at once; each is a separate program in execution with its own PID.',
			'하나의 프로그램 파일이 동시에 여러 프로세스로 실행될 수 있습니다. 각 프로세스는 PID가 따로 있는 별개의 실행 중인 프로그램입니다.'
		)
	},
	{
		id: 'proc-own-resources',
		topic: 'processes',
		diagram: 'processes',
		view: 'program-process',
		step: 4,
		prompt: L(
			'Select what process B has of its own, not shared with process A.',
			'프로세스 B가 프로세스 A와 공유하지 않고 따로 가진 것을 고르세요.'
		),
		answer: ['memory-b', 'files-b'],
		why: L(
			'Each process has its own address space and its own table of file descriptors, even when both run the same program file.',
			'같은 프로그램 파일을 실행하더라도 각 프로세스는 주소 공간과 파일 디스크립터 테이블을 따로 가집니다.'
		)
	},
	{
		id: 'threads-scheduled',
		topic: 'processes',
		diagram: 'processes',
		view: 'threads',
		step: 5,
		prompt: L(
			'What does the kernel scheduler pick to run? Select the units of execution.',
			'커널 스케줄러가 실행하도록 고르는 것은 무엇인가요? 실행 단위를 고르세요.'
		),
		answer: ['thread-1', 'thread-2', 'thread-3'],
		why: L(
			'On Linux each thread is a kernel scheduling entity: the scheduler picks threads, not processes. That is the note’s “unit of execution”.',
			'Linux에서는 스레드 하나하나가 커널의 스케줄링 단위이며, 스케줄러는 프로세스가 아니라 스레드를 고릅니다. 노트가 말하는 “실행 단위”입니다.'
		)
	},
	{
		id: 'fork-runs-ls',
		topic: 'processes',
		diagram: 'processes',
		view: 'fork-exec',
		step: 4,
		prompt: L(
			'Select the process that `fork` created and that now runs `ls`.',
			'`fork`가 만들었고 지금 `ls`를 실행하는 프로세스를 고르세요.'
		),
		answer: ['child-exec'],
		why: L(
			'fork duplicated bash into a child with a new PID; the child’s execve then replaced its program with ls. execve makes no new process, so the PID stayed.',
			'fork가 bash를 복제해 새 PID의 자식을 만들었고, 자식의 execve가 실행할 프로그램을 ls로 바꿨습니다. execve는 새 프로세스를 만들지 않으므로 PID는 그대로입니다.'
		)
	},
	{
		id: 'fork-who-waits',
		topic: 'processes',
		diagram: 'processes',
		view: 'fork-exec',
		step: 4,
		prompt: L(
			'While `ls` runs, which process waits for it?',
			'`ls`가 실행되는 동안 그것을 기다리는 프로세스는 무엇인가요?'
		),
		answer: ['parent'],
		why: L(
			'The parent, bash, waits in wait4 and collects the exit status; until then the kernel keeps the finished child as a zombie.',
			'부모인 bash가 wait4로 기다리며 종료 상태를 받습니다. 그때까지 커널은 끝난 자식을 좀비로 남겨 둡니다.'
		)
	},

	// ── Namespaces ───────────────────────────────────────────────────────────────────────────────
	{
		id: 'ns-docker-creates',
		topic: 'namespaces',
		diagram: 'namespaces',
		view: 'docker',
		prompt: L(
			'Select the namespaces Docker creates for every container, whatever the host and Engine version.',
			'호스트나 Engine 버전과 상관없이 Docker가 모든 컨테이너에 새로 만드는 네임스페이스를 고르세요.'
		),
		answer: ['ns-mnt', 'ns-net', 'ns-uts', 'ns-pid', 'ns-ipc'],
		why: L(
			'Mount, network, UTS, PID and IPC are always new. Cgroup depends on the cgroup version, time on the Engine version, and user only with userns-remap (or rootless mode).',
			'마운트, 네트워크, UTS, PID, IPC는 항상 새로 만듭니다. Cgroup은 cgroup 버전에, Time은 Engine 버전에 따라 다르고, User는 userns-remap(또는 rootless 모드)에서만 만듭니다.'
		)
	},
	{
		id: 'ns-pid-one',
		topic: 'namespaces',
		diagram: 'namespaces',
		view: 'pid',
		step: 3,
		prompt: L(
			'Seen from inside the container, which process is PID 1?',
			'컨테이너 안에서 보면 PID 1은 어떤 프로세스인가요?'
		),
		answer: ['nginx'],
		why: L(
			'nginx is the init of the container’s PID namespace: PID 1 inside, while the host knows the same process by another PID.',
			'nginx는 컨테이너 PID 네임스페이스의 init입니다. 안에서는 PID 1이고, 호스트는 같은 프로세스를 다른 PID로 압니다.'
		)
	},
	{
		id: 'ns-user-type',
		topic: 'namespaces',
		diagram: 'namespaces',
		view: 'types',
		step: 2,
		prompt: L(
			'Which namespace type lets root inside be an ordinary user outside?',
			'안에서는 root이지만 밖에서는 일반 사용자가 되게 하는 네임스페이스 종류는 무엇인가요?'
		),
		answer: ['ns-user'],
		why: L(
			'A user namespace maps user and group IDs: UID 0 inside can be an unprivileged UID on the host.',
			'사용자 네임스페이스는 사용자 ID와 그룹 ID를 매핑합니다. 안의 UID 0이 호스트에서는 권한 없는 UID일 수 있습니다.'
		)
	},
	{
		id: 'ns-what-limits',
		topic: 'namespaces',
		diagram: 'namespaces',
		view: 'cgroups',
		step: 3,
		prompt: L(
			'Namespaces decide what nginx can see. Select what limits how much it can use.',
			'네임스페이스는 nginx가 무엇을 볼 수 있는지 정합니다. 얼마나 쓸 수 있는지를 제한하는 것을 고르세요.'
		),
		answer: ['cg-memory', 'cg-cpu', 'cg-pids'],
		why: L(
			'The limits are files of the container’s cgroup: memory.max, cpu.max and pids.max. No namespace limits usage.',
			'한도는 컨테이너 cgroup의 파일 memory.max, cpu.max, pids.max입니다. 사용량을 제한하는 네임스페이스는 없습니다.'
		)
	},
	{
		id: 'ns-exec-joins',
		topic: 'namespaces',
		diagram: 'namespaces',
		view: 'lifecycle',
		step: 4,
		prompt: L(
			'`docker exec web sh` joins the container instead of making new namespaces. Select what it opens to join them.',
			'`docker exec web sh`는 새 네임스페이스를 만들지 않고 컨테이너에 합류합니다. 합류하려고 여는 것을 고르세요.'
		),
		answer: ['ns-handle'],
		why: L(
			'runc exec opens the container process’s /proc/<pid>/ns/* files and calls setns(2) with each.',
			'runc exec는 컨테이너 프로세스의 /proc/<pid>/ns/* 파일을 열고 각각으로 setns(2)를 호출합니다.'
		)
	},

	// ── Virtualization ───────────────────────────────────────────────────────────────────────────
	{
		id: 'virt-no-guest-kernel',
		topic: 'virtualization',
		diagram: 'virtualization',
		view: 'compare',
		prompt: L(
			'Select every VM or container that has no guest kernel of its own.',
			'자기 게스트 커널이 없는 VM이나 컨테이너를 모두 고르세요.'
		),
		answer: ['ctr-container'],
		why: L(
			'Each VM boots a whole guest OS with its own kernel; containers boot none and share the host kernel.',
			'VM은 저마다 자기 커널이 있는 게스트 OS 전체를 부팅합니다. 컨테이너는 커널을 부팅하지 않고 호스트 커널을 함께 씁니다.'
		)
	},
	{
		id: 'virt-type1',
		topic: 'virtualization',
		diagram: 'virtualization',
		view: 'compare',
		prompt: L(
			'Select the hypervisor that runs directly on the hardware, with no host OS under it.',
			'아래에 호스트 OS 없이 하드웨어 위에서 바로 실행되는 하이퍼바이저를 고르세요.'
		),
		answer: ['bare-hypervisor'],
		why: L(
			'A type-1 (bare-metal) hypervisor such as Xen or ESXi runs on the hardware itself; a type-2 one runs on a host OS.',
			'Xen이나 ESXi 같은 타입 1(베어메탈) 하이퍼바이저는 하드웨어 위에서 직접 실행되고, 타입 2는 호스트 OS 위에서 실행됩니다.'
		)
	},
	{
		id: 'virt-hosted-kernels',
		topic: 'virtualization',
		diagram: 'virtualization',
		view: 'hosted',
		step: 5,
		prompt: L(
			'Select everything in the hosted stack that has a kernel of its own.',
			'호스트형 스택에서 자기 커널을 가진 것을 모두 고르세요.'
		),
		answer: ['hosted-host-os', 'hosted-guest-os'],
		why: L(
			'The host OS has its kernel, and every guest OS in a VM has another. The hypervisor and the apps have none of their own.',
			'호스트 OS에 커널이 있고, VM 안의 게스트 OS마다 커널이 또 있습니다. 하이퍼바이저와 앱에는 자기 커널이 없습니다.'
		)
	},
	{
		id: 'virt-container-syscalls',
		topic: 'virtualization',
		diagram: 'virtualization',
		view: 'container',
		step: 5,
		prompt: L(
			'The container’s app makes a system call. Select the kernel that answers it.',
			'컨테이너의 앱이 시스템 콜을 호출합니다. 그것에 응답하는 커널을 고르세요.'
		),
		answer: ['ctr-kernel'],
		why: L(
			'A container is a group of host processes: their system calls go straight to the one shared host kernel.',
			'컨테이너는 호스트 프로세스의 묶음이므로 시스템 콜은 함께 쓰는 호스트 커널로 바로 갑니다.'
		)
	},

	// ── Docker's components ──────────────────────────────────────────────────────────────────────
	{
		id: 'runtime-parent',
		topic: 'components',
		diagram: 'runtime',
		view: 'process-tree',
		prompt: L(
			'After `runc` exits, which process is the container process’s parent?',
			'`runc`가 종료된 뒤 컨테이너 프로세스의 부모는 어떤 프로세스인가요?'
		),
		answer: ['containerd-shim'],
		why: L(
			'The shim made itself a child subreaper, so the orphaned container init was reparented to it. containerd is not an ancestor of the container at all.',
			'shim이 자신을 자식 서브리퍼로 설정했기 때문에 고아가 된 컨테이너 init은 shim의 자식이 됩니다. containerd는 컨테이너의 조상이 아닙니다.'
		)
	},
	{
		id: 'runtime-daemons',
		topic: 'components',
		diagram: 'runtime',
		view: 'architecture',
		prompt: L(
			'Select the daemons that start once and serve every container.',
			'한 번 시작되어 모든 컨테이너를 맡는 데몬을 고르세요.'
		),
		answer: ['dockerd', 'containerd'],
		why: L(
			'dockerd and containerd run as services. The shim lives once per container, and the CLI and runc exit when their job is done.',
			'dockerd와 containerd는 서비스로 실행됩니다. shim은 컨테이너마다 하나씩 있고, CLI와 runc는 할 일을 마치면 종료합니다.'
		)
	},
	{
		id: 'runtime-transient',
		topic: 'components',
		diagram: 'runtime',
		view: 'architecture',
		prompt: L(
			'Select every program that exits as soon as its job is done.',
			'할 일을 마치자마자 종료하는 프로그램을 모두 고르세요.'
		),
		answer: ['docker-cli', 'runc'],
		why: L(
			'The CLI exits once its API calls return; runc create and runc start each exit when done. In the steady state neither is running.',
			'CLI는 API 호출이 끝나면 종료하고, runc create와 runc start도 각각 일을 마치면 종료합니다. 안정 상태에서는 둘 다 실행 중이 아닙니다.'
		)
	},
	{
		id: 'runtime-rootfs',
		topic: 'components',
		diagram: 'runtime',
		view: 'docker-run',
		step: 6,
		prompt: L(
			'When Docker runs a container, which component mounts its root filesystem?',
			'Docker가 컨테이너를 실행할 때 루트 파일시스템을 마운트하는 구성 요소는 무엇인가요?'
		),
		answer: ['dockerd'],
		why: L(
			'dockerd mounts the root filesystem itself and puts its path in the spec’s root.path; runc only bind-mounts that path in the new mount namespace and pivots into it.',
			'dockerd가 루트 파일시스템을 직접 마운트하고 그 경로를 스펙의 root.path에 적습니다. runc는 새 마운트 네임스페이스에서 그 경로를 바인드 마운트하고 pivot_root할 뿐입니다.'
		)
	},
	{
		id: 'runtime-containerd-down',
		topic: 'components',
		diagram: 'runtime',
		view: 'restart',
		step: 2,
		prompt: L(
			'containerd has stopped. Select what keeps the container running.',
			'containerd가 멈췄습니다. 컨테이너가 계속 실행되게 하는 것을 고르세요.'
		),
		answer: ['containerd-shim'],
		why: L(
			'The shim, not containerd, is the container’s parent and holds its stdio, so nginx keeps running and containerd reconnects to the shim when it comes back.',
			'컨테이너의 부모는 containerd가 아니라 shim이고 shim이 표준 입출력을 쥐고 있으므로, nginx는 계속 실행되고 containerd는 돌아와서 shim에 다시 연결합니다.'
		)
	},

	// ── The note's question: how containers should talk to each other ────────────────────────────
	{
		id: 'net-answer',
		topic: 'question',
		diagram: 'networking',
		view: 'user-bridge',
		prompt: L(
			'Select what lets `web` find `db` by name.',
			'`web`이 이름으로 `db`를 찾게 해 주는 것을 고르세요.'
		),
		answer: ['dns'],
		why: L(
			'On a user-defined network the container’s resolver points at 127.0.0.11, Docker’s embedded DNS server, which answers with the other container’s address.',
			'사용자 정의 네트워크에서는 컨테이너의 리졸버가 127.0.0.11, 즉 Docker의 내장 DNS 서버를 가리키고, 이 서버가 상대 컨테이너의 주소로 응답합니다.'
		)
	},
	{
		id: 'net-no-publish-needed',
		topic: 'question',
		diagram: 'networking',
		view: 'user-bridge',
		step: 4,
		prompt: L(
			'web connects to `db:5432`. Select the Linux device that forwards the packet from one container to the other.',
			'web이 `db:5432`에 접속합니다. 한 컨테이너에서 다른 컨테이너로 패킷을 전달하는 Linux 장치를 고르세요.'
		),
		answer: ['br-app'],
		why: L(
			'Both containers’ veth ends are attached to the network’s Linux bridge, which forwards the frame; no port needs publishing for this.',
			'두 컨테이너의 veth 끝은 네트워크의 Linux 브리지에 연결되어 있고, 브리지가 프레임을 전달합니다. 이 통신에는 포트 게시가 필요 없습니다.'
		)
	},
	{
		id: 'net-none-interface',
		topic: 'question',
		diagram: 'networking',
		view: 'none',
		prompt: L(
			'Select the only network interface a `--network none` container has.',
			'`--network none` 컨테이너가 가진 유일한 네트워크 인터페이스를 고르세요.'
		),
		answer: ['none-lo'],
		why: L(
			'In none mode Docker creates only the loopback device in the container’s namespace: no eth0, no way out.',
			'none 모드에서 Docker는 컨테이너 네임스페이스에 루프백 장치만 만듭니다. eth0도, 밖으로 나갈 길도 없습니다.'
		)
	},
	{
		id: 'net-container-mode',
		topic: 'question',
		diagram: 'networking',
		view: 'container',
		prompt: L(
			'Select the network namespace the sidecar lives in.',
			'사이드카가 들어 있는 네트워크 네임스페이스를 고르세요.'
		),
		answer: ['web-ns'],
		why: L(
			'`--network container:web` creates no namespace: the sidecar joins web’s, sharing its lo, eth0, address and ports.',
			'`--network container:web`은 네임스페이스를 만들지 않습니다. 사이드카는 web의 네임스페이스에 합류해 lo, eth0, 주소, 포트를 함께 씁니다.'
		)
	},
	{
		id: 'net-overlay-vxlan',
		topic: 'question',
		diagram: 'networking',
		view: 'overlay',
		step: 4,
		prompt: L(
			'alpine1 pings alpine2 on another host. Select the devices that wrap and unwrap the packet in VXLAN.',
			'alpine1이 다른 호스트의 alpine2에 ping을 보냅니다. 패킷을 VXLAN으로 감싸고 푸는 장치를 고르세요.'
		),
		answer: ['ov1-vxlan', 'ov2-vxlan'],
		why: L(
			'Each host’s overlay namespace has a VXLAN device beside its bridge: the sender’s wraps the frame in UDP, the receiver’s unwraps it.',
			'호스트마다 오버레이 네임스페이스에 브리지와 함께 VXLAN 장치가 있습니다. 보내는 쪽이 프레임을 UDP로 감싸고 받는 쪽이 풉니다.'
		)
	},

	// ── The note's wish: images and Compose ──────────────────────────────────────────────────────
	{
		id: 'images-writes-go',
		topic: 'wish',
		diagram: 'images',
		view: 'layers',
		step: 6,
		prompt: L(
			'web1 edits a file that came from the image. Select where the changed copy is written.',
			'web1이 이미지에서 온 파일을 고칩니다. 고친 사본이 쓰이는 곳을 고르세요.'
		),
		answer: ['upper-web1'],
		why: L(
			'Overlay copies the whole file up into web1’s own writable layer (its upperdir) and changes the copy; the image layers never change, so web2 still sees the original.',
			'overlay는 파일 전체를 web1의 쓰기 가능 레이어(upperdir)로 복사한 뒤 사본을 고칩니다. 이미지 레이어는 바뀌지 않으므로 web2는 여전히 원본을 봅니다.'
		)
	},
	{
		id: 'images-shared',
		topic: 'wish',
		diagram: 'images',
		view: 'layers',
		step: 2,
		prompt: L(
			'Two containers run from one image. Select the layers they both read.',
			'한 이미지로 컨테이너 두 개를 실행합니다. 둘이 함께 읽는 레이어를 모두 고르세요.'
		),
		answer: ['layer-1', 'layer-2', 'layer-3'],
		why: L(
			'No layer is copied per container: both read the image’s read-only layers, and each has only its own thin writable layer on top.',
			'레이어는 컨테이너마다 복사되지 않습니다. 둘 다 이미지의 읽기 전용 레이어를 읽고, 저마다 그 위에 얇은 쓰기 가능 레이어만 따로 가집니다.'
		)
	},
	{
		id: 'images-build-reruns',
		topic: 'wish',
		diagram: 'images',
		view: 'build',
		step: 0,
		prompt: L(
			'You add a dependency to package.json and build again. Select every instruction that runs again instead of coming from the cache.',
			'package.json에 의존성을 하나 더하고 다시 빌드합니다. 캐시에서 나오지 않고 다시 실행되는 명령을 모두 고르세요.'
		),
		answer: ['d-copy-deps', 'd-install', 'd-copy-src', 'd-cmd'],
		why: L(
			'The checksum of the files `COPY package.json yarn.lock ./` copies changed, so the cache is invalid from that step on: once one step misses, every step after it runs again, `yarn install` included.',
			'`COPY package.json yarn.lock ./`가 복사할 파일의 체크섬이 달라졌으므로 그 단계부터 캐시가 무효가 됩니다. 한 단계가 캐시를 쓰지 못하면 그 뒤의 모든 단계가 다시 실행되고, `yarn install`도 그렇습니다.'
		)
	},
	{
		id: 'compose-finds-db',
		topic: 'wish',
		diagram: 'networking',
		view: 'compose',
		step: 4,
		prompt: L(
			'web connects to `db:5432`. Select what turns the service name `db` into an address.',
			'web이 `db:5432`에 접속합니다. 서비스 이름 `db`를 주소로 바꾸는 것을 고르세요.'
		),
		answer: ['dns'],
		why: L(
			'Compose puts both services on the project’s user-defined network under their service names, so Docker’s embedded DNS server answers for `db`.',
			'Compose는 두 서비스를 프로젝트의 사용자 정의 네트워크에 서비스 이름으로 연결하므로, Docker의 내장 DNS 서버가 `db`에 응답합니다.'
		)
	}
];
