// Corrections shown as "More precisely" beside note passages that are simplified or wrong.
// Each `claim` is the row number of the fact check in shared/reference/domain.md section C;
// passages that section rates accurate have no entry here.
import type { PassageKey } from './passages';
import type { Correction } from './types';
import { sources as src } from './sources';

export const corrections: Partial<Record<PassageKey, Correction>> = {
	'composition.layers': {
		claim: 5,
		verdict: 'simplified',
		text: {
			ko: 'C 라이브러리(glibc, musl 등)를 비롯한 라이브러리는 각 애플리케이션의 프로세스 안에서 실행되는 사용자 공간 코드이고, 특권을 가진 것은 커널뿐입니다. 프로그램은 보통 C 라이브러리의 래퍼 함수를 거쳐, 때로는 직접 시스템 콜을 호출해 커널에 접근합니다. 컨테이너 이미지는 애플리케이션과 라이브러리를 담고 있고, 커널은 모든 컨테이너가 호스트의 것을 공유합니다.',
			en: 'The C library (glibc, musl, …) and other libraries are user-space code running inside each application’s own process; only the kernel is privileged. Programs reach the kernel through system calls, usually via C library wrapper functions and sometimes directly. A container image carries the application and its libraries, while all containers share the host’s kernel.'
		},
		sources: [src.manSyscalls, src.manLibc, src.dockerContainer]
	},
	'shell.between': {
		claim: 6,
		verdict: 'inaccurate',
		text: {
			ko: '셸은 운영체제와 애플리케이션 사이의 계층이 아니라 그 자체가 하나의 애플리케이션으로, 입력된 텍스트를 명령으로 해석하는 프로그램입니다. 셸은 커널에 새 프로세스를 만들어 달라고 요청(fork/execve)해 다른 프로그램을 실행할 뿐이며, 실행된 애플리케이션은 셸을 거치지 않고 시스템 콜로 커널과 직접 소통합니다.',
			en: 'The shell is not a layer between the OS and applications but an application itself, a program that interprets sequences of text input as commands. It starts other programs by asking the kernel to create processes (fork/execve), and those programs then use system calls to reach the kernel without going through the shell.'
		},
		sources: [src.posix, src.manSyscalls]
	},
	'namespace.separate': {
		claim: 11,
		verdict: 'simplified',
		text: {
			ko: '네임스페이스는 프로세스가 무엇을 볼 수 있는지를 바꿉니다. 프로세스 ID, 마운트 지점, 네트워크 스택, 호스트 이름 같은 전역 리소스를 그 안의 프로세스에게 자신만의 격리된 인스턴스처럼 보이게 합니다. CPU나 메모리 사용량 제한은 네임스페이스가 아니라 cgroup의 역할입니다. 네임스페이스는 실행 시점에만 쓰이는 것도 아니어서, 이미 실행 중인 프로세스도 unshare로 새 네임스페이스에 들어가거나 setns로 기존 네임스페이스에 합류할 수 있습니다. 다만 PID와 time 네임스페이스에서는 호출한 프로세스 자신은 그대로 남고, 그 뒤에 만드는 자식부터 새 네임스페이스에 들어갑니다(unshare 뒤 첫 자식이 PID 1이 됩니다).',
			en: 'A namespace changes what a process can see: global resources such as process IDs, mount points, the network stack or the hostname appear to the processes inside it as their own isolated instance. Limiting how much CPU or memory they use is the job of cgroups, not namespaces. Namespaces are not tied to process start either: a running process can move into new ones with unshare or join existing ones with setns. For PID and time namespaces, though, the caller itself stays where it is and only the children it creates next go into the new namespace (after unshare, the first child becomes PID 1).'
		},
		sources: [src.manNamespaces, src.manPidNamespaces, src.manCgroups, src.ociLinux]
	},
	'namespace.identify': {
		claim: 12,
		verdict: 'inaccurate',
		text: {
			ko: '이 설명은 프로그래밍에서 말하는 ‘네임스페이스’(이름의 범위)에 가깝고, 리눅스 네임스페이스와는 다른 개념입니다. 리눅스 네임스페이스는 전역 시스템 리소스를 추상화로 감싸 그 안의 프로세스에게 자신만의 격리된 인스턴스를 가진 것처럼 보이게 하는 커널의 격리 메커니즘입니다. /proc/[pid]/ns/* 링크는 네임스페이스를 가리키는 핸들일 뿐 네임스페이스 자체가 아닙니다.',
			en: 'This is the programming sense of “namespace” (a scope for names), not the Linux feature. A Linux namespace is a kernel isolation mechanism that “wraps a global system resource in an abstraction”, so the processes inside it appear to have their own isolated instance of that resource. The /proc/[pid]/ns/* links are only handles to a namespace, not the concept itself.'
		},
		sources: [src.manNamespaces]
	},
	'docker.os-level': {
		claim: 13,
		verdict: 'simplified',
		text: {
			ko: '컨테이너는 운영체제 수준 가상화라는 메커니즘이고, 도커는 이를 활용하는 플랫폼이자 도구 모음입니다. Docker 문서는 도커를 애플리케이션을 개발하고 배포하고 실행하기 위한 개방형 플랫폼으로 소개하며, 격리에는 네임스페이스라는 기술을 사용한다고 설명합니다.',
			en: 'Containers, the OS-level virtualization mechanism, are what Docker uses; Docker itself is a platform and set of tools, in its own docs’ words “an open platform for developing, shipping, and running applications”. For the isolation, Docker uses a technology called namespaces.'
		},
		sources: [src.dockerOverview]
	},
	'docker.paas': {
		claim: 14,
		verdict: 'inaccurate',
		text: {
			ko: 'NIST 정의에서 PaaS는 클라우드 서비스 모델로, 사용자는 클라우드 인프라 위에 애플리케이션을 배포할 뿐 그 아래의 네트워크, 서버, 운영체제, 스토리지는 관리하지 않습니다. 반면 Docker Engine은 호스트에 직접 설치하는 소프트웨어이고, 그 호스트의 운영체제와 커널, 데몬, 네트워크, 볼륨은 사용자가 관리합니다. 컨테이너 위에 PaaS를 구축할 수는 있지만 도커 자체는 PaaS가 아니라 컨테이너 도구입니다.',
			en: 'Under the NIST definition, PaaS is a cloud service model: the consumer deploys applications onto the cloud infrastructure and does not manage the network, servers, operating systems or storage beneath them. Docker Engine is software you install on a host whose OS, kernel, daemon, networks and volumes you manage yourself. A PaaS can be built on containers, but Docker itself is container tooling, not a PaaS.'
		},
		sources: [src.nist145, src.dockerOverview]
	},
	'docker.paas-structure': {
		claim: 15,
		verdict: 'inaccurate',
		text: {
			ko: '이것은 PaaS에 대한 설명으로, PaaS에서 사용자는 배포한 애플리케이션과 경우에 따라 일부 설정만 제어합니다. 도커 사용자는 그보다 훨씬 많은 것, 즉 이미지, 엔진 설정, 네트워크, 볼륨, 그리고 호스트 자체까지 관리합니다.',
			en: 'This fits PaaS, where the consumer has control over the deployed applications and possibly some configuration settings, but not Docker. Docker users also manage images, the engine’s configuration, networks, volumes and the host itself.'
		},
		sources: [src.nist145, src.dockerOverview]
	},
	'docker.advantage': {
		claim: 16,
		verdict: 'simplified',
		text: {
			ko: '컨테이너는 애플리케이션 실행에 필요한 모든 것을 담고 있어 호스트에 무엇이 설치되어 있는지에 의존하지 않습니다. 하지만 컨테이너는 호스트의 커널을 공유하므로 운영체제와 CPU 아키텍처가 맞아야 합니다. 에뮬레이션 없이는 arm64 호스트에서 linux/amd64 이미지를 실행할 수 없고, 리눅스 호스트에서는 Windows 컨테이너를 아예 실행할 수 없습니다. macOS와 Windows에서는 Docker Desktop이 리눅스 VM을 띄워 그 커널을 사용합니다.',
			en: 'A container holds everything the application needs, so it does not rely on what is installed on the host. It still shares the host’s kernel, so the OS and CPU architecture must match: no linux/amd64 image on an arm64 host without emulation, and no Windows container on a Linux host. On macOS and Windows, Docker Desktop runs a Linux VM whose kernel the containers use.'
		},
		sources: [
			src.dockerOverview,
			src.dockerMultiPlatform,
			src.dockerDesktopLinux,
			src.dockerDesktopSettings,
			src.dockerDesktopWsl
		]
	},
	'virt.definition': {
		claim: 17,
		verdict: 'simplified',
		text: {
			ko: 'NIST SP 800-125는 가상화를 다른 소프트웨어가 그 위에서 실행되는 소프트웨어나 하드웨어를 시뮬레이션하는 것으로 정의하고, 이렇게 시뮬레이션된 환경을 가상 머신(VM)이라고 부릅니다.',
			en: 'NIST SP 800-125 defines virtualization as the simulation of the software and/or hardware upon which other software runs, and calls that simulated environment a virtual machine (VM).'
		},
		sources: [src.nist125]
	},
	'virt.hosted': {
		claim: 18,
		verdict: 'simplified',
		text: {
			ko: '이는 호스트형(타입 2) 가상화이며, 여기에도 하이퍼바이저가 있습니다. 하드웨어 위에 호스트 OS가, 그 위에 타입 2 하이퍼바이저가 실행되고, 그 위의 각 VM에서 게스트 OS가 동작합니다. Oracle VirtualBox가 대표적인 예로, 스스로를 호스트형 하이퍼바이저, 곧 타입 2 하이퍼바이저라고 소개합니다.',
			en: 'This is hosted (type-2) virtualization, and it has a hypervisor too: hardware, then the host OS, then a type-2 hypervisor running on it, then VMs, each with its guest OS. Oracle VirtualBox, for example, describes itself as a hosted hypervisor, also called a type 2 hypervisor.'
		},
		sources: [src.nist125, src.virtualbox]
	},
	'virt.hypervisor': {
		claim: 19,
		verdict: 'simplified',
		text: {
			ko: '이는 베어메탈(타입 1) 가상화에 대한 설명으로, 이 방식의 하이퍼바이저(예: Xen)는 호스트 OS 없이 하드웨어 위에서 직접 실행됩니다. 호스트형(타입 2) 방식도 하이퍼바이저를 쓰므로 ‘하이퍼바이저 가상화’라는 이름은 오해를 부르며, ‘베어메탈(타입 1)’과 ‘호스트형(타입 2)’으로 나누는 편이 정확합니다. 또한 하이퍼바이저는 가상화를 구현하는 소프트웨어이지 가상화의 한 종류가 아닙니다.',
			en: 'This describes bare-metal (type-1) virtualization, where the hypervisor, Xen for example, runs directly on the underlying hardware, without a host OS. The label misleads because hosted (type-2) virtualization uses a hypervisor too, so “bare-metal (type-1)” and “hosted (type-2)” are the clearer names. Also, the hypervisor is the software that implements this kind of virtualization, not the kind itself.'
		},
		sources: [src.nist125, src.xen]
	},
	'virt.container': {
		claim: 20,
		verdict: 'simplified',
		text: {
			ko: '컨테이너가 공유하는 것은 호스트 OS 전체가 아니라 호스트의 커널입니다. 각 컨테이너는 이미지에서 온 자신만의 루트 파일시스템을 가지며, 여기에는 호스트와 다른 배포판의 사용자 공간 라이브러리가 들어 있을 수도 있습니다. 격리는 네임스페이스가, 자원 제한은 cgroup이 담당하며, Docker Desktop에서는 리눅스 VM의 커널이 그 공유 커널입니다.',
			en: 'Containers share the host’s kernel, not the whole host OS: each has its own root filesystem from its image, which may hold a different distribution’s user-space libraries. Namespaces provide the isolation and cgroups the resource limits. With Docker Desktop, the shared kernel is that of its Linux VM.'
		},
		sources: [src.dockerContainer, src.ociLinux, src.dockerDesktopLinux]
	},
	'cli.terminal': {
		claim: 21,
		verdict: 'inaccurate',
		text: {
			ko: '터미널은 셸이 실행되는 곳이고, docker CLI는 그 셸에서 실행하는 별도의 클라이언트 프로그램입니다. docker CLI는 명령을 dockerd가 제공하는 Docker Engine API에 대한 HTTP 요청으로 바꿔 보내며, Docker Compose도 같은 API를 쓰는 또 다른 클라이언트입니다.',
			en: 'The terminal is where the shell runs; the docker CLI is a separate client program started from that shell. It turns commands into HTTP requests to the Docker Engine API served by dockerd, and Docker Compose is another client of the same API.'
		},
		sources: [src.dockerOverview]
	},
	'runc.execution': {
		claim: 30,
		verdict: 'inaccurate',
		text: {
			ko: 'runc는 OCI 컨테이너 생명주기 전체(create, start, state, kill, delete)는 물론 exec, pause/resume, update, ps, events, checkpoint/restore 같은 명령도 구현합니다. containerd와 도커가 쓰는 방식에서 runc가 하지 않는 일은 계속 실행되며 컨테이너를 감독하는 것입니다. shim이 `runc create`와 `runc start`를 따로 호출하면(detached 모드) 각 호출은 OCI 번들을 바탕으로 네임스페이스, cgroup, 루트 파일시스템, 보안 설정을 구성하거나 프로세스를 시작한 뒤 종료하고, 그 뒤의 감독은 호출한 쪽인 shim이 맡습니다. runc의 기본값인 foreground 모드(`runc run`)에서는 runc가 컨테이너의 부모로 계속 실행됩니다.',
			en: 'runc implements the whole OCI lifecycle (create, start, state, kill, delete) plus exec, pause/resume, update, ps, events and checkpoint/restore. What it does not do, the way containerd and Docker use it, is stay running: the shim calls `runc create` and then `runc start`, and each builds the namespaces, cgroups, root filesystem and security settings from an OCI bundle or starts the process, then exits. In runc’s words, “in detached mode there is no long-running foreground `runc` process once the container has started. In fact, there is no long-running `runc` process at all.” Supervising the container is left to its caller, the shim. (In runc’s default foreground mode, `runc run` does stay running as the container’s parent.)'
		},
		sources: [src.runcMan, src.runcTerminals, src.ociRuntime]
	},
	'shim.between': {
		claim: 31,
		verdict: 'simplified',
		text: {
			ko: 'shim은 containerd와 컨테이너 프로세스 사이에 있으며, 컨테이너 프로세스의 직접적인 부모 프로세스입니다. runc는 shim이 잠깐 실행했다가 끝나는 보조 프로그램일 뿐입니다. 도커가 쓰는 런타임 이름은 io.containerd.runc.v2이고, 이에 해당하는 shim 바이너리는 containerd-shim-runc-v2입니다.',
			en: 'The shim sits between containerd and the container’s processes, and is their direct parent; runc is only a short-lived helper that the shim executes. Docker uses the runtime io.containerd.runc.v2, whose shim binary is containerd-shim-runc-v2.'
		},
		sources: [src.containerdRuntimeV2, src.containerdLifecycle, src.mobyRuntime]
	},
	'shim.mediator': {
		claim: 32,
		verdict: 'inaccurate',
		text: {
			ko: 'containerd는 runc를 직접 호출하지 않습니다. containerd는 ttrpc로 shim을 제어하고, shim이 OCI 번들을 가지고 runc 바이너리를 fork/exec로 실행합니다. shim의 실제 역할은 컨테이너의 장기 실행 부모 프로세스이자 subreaper로서 stdio를 열어 둔 채 유지하고 종료 상태를 보고하는 것이며, 덕분에 containerd가 재시작해도 컨테이너는 죽지 않습니다.',
			en: 'containerd never calls runc: runc “is not invoked directly by containerd; instead, it is invoked by a shim”. containerd controls the shim over ttrpc, and the shim runs the runc binary (fork/exec) with an OCI bundle. The shim’s real job is to be the container’s long-lived parent and subreaper, hold its stdio and report its exit status, so containerd can restart without killing containers.'
		},
		sources: [src.containerdRuntimeV2, src.containerdLifecycle, src.containerdIssue3200]
	}
};
