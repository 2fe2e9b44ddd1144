/**
 * Predict, then reveal: before a key step of each walkthrough view plays, the reader says what will
 * happen, by picking marks on the picture as it stands or by choosing one of two outcomes. The step
 * itself is the answer; its narration says why.
 */
import type { L10n } from '../types';
import type { OutcomeDef, PredictionDef } from './types';

const L = (en: string, ko: string): L10n => ({ en, ko });
const two = (right: L10n, wrong: L10n, rightFirst = true): [OutcomeDef, OutcomeDef] =>
	rightFirst
		? [{ label: right, right: true }, { label: wrong }]
		: [{ label: wrong }, { label: right, right: true }];

export const predictions: PredictionDef[] = [
	// layers
	{
		diagram: 'layers',
		view: 'refine',
		step: 2,
		prompt: L(
			'The software box is about to split in two. What sits directly on the hardware?',
			'소프트웨어 상자가 둘로 나뉩니다. 하드웨어 바로 위에는 무엇이 올까요?'
		),
		outcomes: two(L('The operating system', '운영체제'), L('The applications', '애플리케이션'))
	},
	{
		diagram: 'layers',
		view: 'shell',
		step: 4,
		prompt: L(
			'bash has found `/usr/bin/ls`. Does it run the program in its own process?',
			'bash가 `/usr/bin/ls`를 찾았습니다. 자기 프로세스에서 그 프로그램을 실행할까요?'
		),
		outcomes: two(
			L('No: it first copies itself into a child', '아니요. 먼저 자신을 복제해 자식을 만듭니다'),
			L('Yes: bash becomes ls', '예. bash가 ls로 바뀝니다'),
			false
		)
	},
	// processes
	{
		diagram: 'processes',
		view: 'program-process',
		step: 4,
		prompt: L(
			'The same program file is run a second time. Will the new process share process A’s memory?',
			'같은 프로그램 파일을 한 번 더 실행합니다. 새 프로세스는 프로세스 A의 메모리를 함께 쓸까요?'
		),
		outcomes: two(
			L('No: it gets its own address space', '아니요. 주소 공간을 따로 받습니다'),
			L('Yes: one program, one memory', '예. 프로그램이 같으니 메모리도 하나입니다')
		)
	},
	{
		diagram: 'processes',
		view: 'threads',
		step: 3,
		prompt: L(
			'The process now has three threads. Do they share the process’s global memory?',
			'이제 프로세스에 스레드가 셋 있습니다. 스레드들은 프로세스의 전역 메모리를 함께 쓸까요?'
		),
		outcomes: two(
			L('Yes, and its open files too', '예. 열린 파일도 함께 씁니다'),
			L('No, each has a copy', '아니요. 저마다 복사본을 가집니다')
		)
	},
	{
		diagram: 'processes',
		view: 'fork-exec',
		step: 3,
		prompt: L(
			'The child calls `execve("/usr/bin/ls")`. Will its PID change?',
			'자식이 `execve("/usr/bin/ls")`를 호출합니다. PID가 바뀔까요?'
		),
		outcomes: two(
			L('No: same process, new program', '아니요. 같은 프로세스에 새 프로그램입니다'),
			L('Yes: exec starts a new process', '예. exec가 새 프로세스를 시작합니다')
		)
	},
	// namespaces
	{
		diagram: 'namespaces',
		view: 'types',
		step: 4,
		prompt: L(
			'nginx is about to get a container’s own set of namespaces. Does that limit its memory?',
			'nginx가 컨테이너만의 네임스페이스 묶음을 받으려 합니다. 그러면 메모리도 제한될까요?'
		),
		outcomes: two(
			L('No: namespaces only change what it sees', '아니요. 네임스페이스는 보이는 것만 바꿉니다'),
			L('Yes: it is isolated', '예. 격리되니까요')
		)
	},
	{
		diagram: 'namespaces',
		view: 'pid',
		step: 3,
		prompt: L(
			'Look from inside the container. What PID will nginx have there?',
			'컨테이너 안에서 봅니다. 거기서 nginx의 PID는 무엇일까요?'
		),
		outcomes: two(L('1', '1'), L('4242, as on the host', '호스트에서와 같은 4242'))
	},
	{
		diagram: 'namespaces',
		view: 'lifecycle',
		step: 4,
		prompt: L(
			'`docker exec web sh`: will the new shell get new namespaces of its own?',
			'`docker exec web sh`: 새 셸은 자기만의 새 네임스페이스를 받을까요?'
		),
		outcomes: two(
			L('No: it joins the container’s', '아니요. 컨테이너의 네임스페이스에 합류합니다'),
			L('Yes: every process gets a new set', '예. 프로세스마다 새 묶음을 받습니다')
		)
	},
	{
		diagram: 'namespaces',
		view: 'cgroups',
		step: 4,
		prompt: L(
			'The container’s memory use reaches `memory.max` and cannot be reclaimed. What happens?',
			'컨테이너의 메모리 사용량이 `memory.max`에 이르렀고 회수할 수도 없습니다. 무슨 일이 일어날까요?'
		),
		outcomes: two(
			L(
				'The kernel OOM-kills a process in that cgroup',
				'커널이 그 cgroup의 프로세스를 OOM으로 종료합니다'
			),
			L('It is throttled until the next period', '다음 주기까지 속도가 제한됩니다')
		)
	},
	{
		diagram: 'namespaces',
		view: 'docker',
		step: 4,
		prompt: L(
			'By default (rootful Docker Engine, no userns-remap), is root in a container root on the host?',
			'기본 설정(rootful Docker Engine, userns-remap 없음)에서 컨테이너 안의 root는 호스트에서도 root일까요?'
		),
		outcomes: two(
			L('Yes: UID 0, held back by other restraints', '예. UID 0이며 다른 제약으로 억제됩니다'),
			L(
				'No: Docker always maps it to a normal user',
				'아니요. Docker가 항상 일반 사용자로 매핑합니다'
			)
		)
	},
	// virtualization
	{
		diagram: 'virtualization',
		view: 'compare',
		step: 4,
		prompt: L(
			'Which of the three stacks will boot a kernel per VM or container?',
			'세 스택 가운데 VM이나 컨테이너마다 커널을 부팅하는 것은 어느 것일까요?'
		),
		outcomes: two(
			L('Only the two hypervisor stacks', '두 하이퍼바이저 스택뿐입니다'),
			L('All three', '셋 모두입니다')
		)
	},
	{
		diagram: 'virtualization',
		view: 'hosted',
		step: 5,
		prompt: L(
			'An app inside the VM makes a system call. Select the kernel it goes to.',
			'VM 안의 앱이 시스템 콜을 호출합니다. 그 호출이 가는 커널을 고르세요.'
		),
		pick: ['hosted-guest-os']
	},
	{
		diagram: 'virtualization',
		view: 'bare-metal',
		step: 4,
		prompt: L(
			'There is no host OS. Will each VM still boot its own kernel?',
			'호스트 OS가 없습니다. 그래도 VM마다 자기 커널을 부팅할까요?'
		),
		outcomes: two(
			L('Yes, as in the hosted stack', '예. 호스트형 스택과 같습니다'),
			L('No, the hypervisor is their kernel', '아니요. 하이퍼바이저가 커널 역할을 합니다')
		)
	},
	{
		diagram: 'virtualization',
		view: 'container',
		step: 4,
		prompt: L(
			'The engine starts a container. Will it boot a kernel for it?',
			'엔진이 컨테이너를 시작합니다. 컨테이너를 위해 커널을 부팅할까요?'
		),
		outcomes: two(
			L('No: the container shares the host kernel', '아니요. 호스트 커널을 함께 씁니다'),
			L('Yes: a small one', '예. 작은 커널을 부팅합니다')
		)
	},
	// runtime
	{
		diagram: 'runtime',
		view: 'architecture',
		step: 4,
		prompt: L(
			'runc has built the container. Will it stay running beside it?',
			'runc가 컨테이너를 만들었습니다. 그 뒤에도 계속 실행 중일까요?'
		),
		outcomes: two(
			L('No: it exits when done', '아니요. 일을 마치면 종료합니다'),
			L('Yes: it supervises the container', '예. 컨테이너를 감독합니다')
		)
	},
	{
		diagram: 'runtime',
		view: 'docker-run',
		step: 11,
		prompt: L(
			'`runc create` is about to exit. Select the process that will become the container init’s parent.',
			'`runc create`가 곧 종료합니다. 컨테이너 init의 부모가 될 프로세스를 고르세요.'
		),
		pick: ['containerd-shim']
	},
	{
		diagram: 'runtime',
		view: 'process-tree',
		step: 2,
		prompt: L(
			'containerd started the shim. Is containerd the shim’s parent in `ps`?',
			'containerd가 shim을 시작했습니다. `ps`에서 shim의 부모는 containerd일까요?'
		),
		outcomes: two(L('No: its parent is PID 1', '아니요. 부모는 PID 1입니다'), L('Yes', '예'))
	},
	{
		diagram: 'runtime',
		view: 'restart',
		step: 2,
		prompt: L(
			'containerd stops. Does the nginx container stop with it?',
			'containerd가 멈춥니다. nginx 컨테이너도 함께 멈출까요?'
		),
		outcomes: two(
			L('No: the shim keeps it running', '아니요. shim이 계속 실행되게 합니다'),
			L('Yes: containerd manages it', '예. containerd가 관리하니까요')
		)
	},
	// networking
	{
		diagram: 'networking',
		view: 'user-bridge',
		step: 3,
		prompt: L(
			'web looks up the name `db`. Select who will answer.',
			'web이 `db`라는 이름을 조회합니다. 누가 응답할지 고르세요.'
		),
		pick: ['dns']
	},
	{
		diagram: 'networking',
		view: 'default-bridge',
		step: 3,
		prompt: L(
			'On the default bridge, old runs `ping cache`. Will the name resolve?',
			'기본 브리지에서 old가 `ping cache`를 실행합니다. 이름이 풀릴까요?'
		),
		outcomes: two(
			L('No: no embedded DNS there', '아니요. 거기에는 내장 DNS가 없습니다'),
			L('Yes, like on any network', '예. 어느 네트워크에서나 그렇습니다')
		)
	},
	{
		diagram: 'networking',
		view: 'publish',
		step: 3,
		prompt: L(
			'db has no `-p`. Can web still connect to `db:5432`?',
			'db에는 `-p`가 없습니다. 그래도 web이 `db:5432`에 접속할 수 있을까요?'
		),
		outcomes: two(
			L('Yes, across the network', '예. 네트워크를 거쳐 접속합니다'),
			L('No, the port is not published', '아니요. 포트가 게시되지 않았습니다')
		)
	},
	{
		diagram: 'networking',
		view: 'host',
		step: 3,
		prompt: L(
			'`-p 8080:80` is added to a `--network host` container. What happens?',
			'`--network host` 컨테이너에 `-p 8080:80`을 더합니다. 어떻게 될까요?'
		),
		outcomes: two(
			L('It is ignored, with a warning', '경고와 함께 무시됩니다'),
			L('Port 8080 maps to 80', '8080 포트가 80으로 매핑됩니다')
		)
	},
	{
		diagram: 'networking',
		view: 'none',
		step: 3,
		prompt: L(
			'The batch container tries to reach an Internet address. Will the packet leave?',
			'batch 컨테이너가 인터넷 주소로 접속하려 합니다. 패킷이 밖으로 나갈까요?'
		),
		outcomes: two(
			L('No: there is no way out', '아니요. 나갈 길이 없습니다'),
			L('Yes, through the host', '예. 호스트를 거쳐 나갑니다')
		)
	},
	{
		diagram: 'networking',
		view: 'container',
		step: 2,
		prompt: L(
			'The sidecar connects to web. Which address reaches it?',
			'사이드카가 web에 접속합니다. 어느 주소로 접속할까요?'
		),
		outcomes: two(L('localhost:80', 'localhost:80'), L('web’s bridge address', 'web의 브리지 주소'))
	},
	{
		diagram: 'networking',
		view: 'overlay',
		step: 4,
		prompt: L(
			'The ping must cross to host2. Select the device on host1 that will wrap it for the trip.',
			'ping이 host2로 건너가야 합니다. 전송을 위해 그것을 감쌀 host1의 장치를 고르세요.'
		),
		pick: ['ov1-vxlan']
	},
	{
		diagram: 'networking',
		view: 'choose',
		step: 2,
		prompt: L(
			'Containers spread over several hosts must talk. Which kind of network?',
			'여러 호스트에 흩어진 컨테이너가 통신해야 합니다. 어떤 네트워크일까요?'
		),
		outcomes: two(
			L('An overlay network', '오버레이 네트워크'),
			L('A user-defined bridge', '사용자 정의 브리지'),
			false
		)
	},
	// images and Compose
	{
		diagram: 'images',
		view: 'pull',
		step: 5,
		prompt: L(
			'The first layer’s digest is already in the local store. Will dockerd fetch it again?',
			'첫 레이어의 다이제스트가 이미 로컬 저장소에 있습니다. dockerd가 그것을 다시 받아 올까요?'
		),
		outcomes: two(
			L('No: the same digest is the same content', '아니요. 다이제스트가 같으면 내용도 같습니다'),
			L('Yes: every pull fetches every layer', '예. pull은 매번 모든 레이어를 받습니다')
		)
	},
	{
		diagram: 'images',
		view: 'layers',
		step: 6,
		prompt: L(
			'web1 edits a file that came from the image. Will web2 see the change?',
			'web1이 이미지에서 온 파일을 고칩니다. web2에도 바뀐 내용이 보일까요?'
		),
		outcomes: two(
			L('No: the change goes to web1’s own layer', '아니요. 변경은 web1의 레이어에만 쓰입니다'),
			L('Yes: they share the image’s layers', '예. 이미지 레이어를 함께 쓰니까요'),
			false
		)
	},
	{
		diagram: 'images',
		view: 'build',
		step: 5,
		prompt: L(
			'You edit only a source file and build again. Will `RUN yarn install` run again?',
			'소스 파일 하나만 고치고 다시 빌드합니다. `RUN yarn install`이 다시 실행될까요?'
		),
		outcomes: two(
			L(
				'No: every step up to it is cached, and so is it',
				'아니요. 그 단계까지 모두 캐시에서 나오므로 그것도 캐시에서 나옵니다'
			),
			L('Yes: every build runs every RUN', '예. 빌드할 때마다 모든 RUN을 실행합니다')
		)
	},
	{
		diagram: 'networking',
		view: 'compose',
		step: 2,
		prompt: L(
			'compose.yaml declares no network. Where will `docker compose up` put the services?',
			'compose.yaml에는 네트워크 선언이 없습니다. `docker compose up`은 서비스를 어디에 둘까요?'
		),
		outcomes: two(
			L('On the default bridge', '기본 브리지'),
			L('On a new network of the project, myapp_default', '프로젝트의 새 네트워크 myapp_default'),
			false
		)
	}
];
