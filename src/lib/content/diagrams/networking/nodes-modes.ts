/**
 * Nodes of the special modes: `host` (no namespace of its own), `none` (loopback only) and
 * `container:` (a sidecar in web's namespace). Facts: domain.md E1 ([D-host], [D-none], [D-net]).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { fact, inet } from './facts';

export const modeNodes: NodeDef[] = [
	{
		id: 'hostnet-app',
		label: { ko: 'web (--network host)', en: 'web (--network host)' },
		detail: { ko: '호스트의 :80에서 직접 대기', en: "listens on the host's :80" },
		tone: 'app',
		facts: [
			fact('ip', '자기 IP 주소', 'none', 'own IP address'),
			fact('port', '포트', '192.168.1.10:80')
		],
		about: {
			ko: 'host 모드의 컨테이너는 호스트의 네트워크 네임스페이스를 공유하므로 자기 IP 주소를 받지 않습니다. 80번 포트에 바인드하면 애플리케이션은 호스트 IP의 80번 포트에서 바로 열립니다. NAT도 포트마다의 userland-proxy도 없어서 성능이 필요하거나 넓은 포트 범위를 다뤄야 할 때 씁니다. Linux의 Docker Engine에서 지원되고, Docker Desktop에서는 4.34부터 지원되며 설정에서 켜야 합니다.',
			en: 'A host-mode container shares "the host\'s networking namespace" and "doesn\'t get its own IP-address allocated": bind to port 80 and the application is available on port 80 of the host\'s IP address. With no NAT and no per-port "userland-proxy", it suits performance or "a large range of ports". Supported on Docker Engine on Linux, and in Docker Desktop from 4.34 once enabled in Settings.'
		},
		sources: [src.dockerHostNetwork]
	},
	{
		id: 'host-nginx',
		label: { ko: '호스트의 nginx', en: 'nginx on the host' },
		detail: { ko: '이미 :80 사용 중', en: 'already on :80' },
		tone: 'userland',
		about: {
			ko: '호스트에서 이미 80번 포트를 쓰는 프로세스입니다. host 모드의 컨테이너는 호스트 프로세스와 같은 포트 공간을 쓰므로, 같은 포트에는 둘 중 하나만 바인드할 수 있습니다.',
			en: 'A process that already uses port 80 on the host. A host-mode container shares the port space of host processes, so only one of them can bind the same port.'
		},
		sources: [src.dockerHostNetwork]
	},
	{
		id: 'none-ns',
		label: { ko: 'batch 컨테이너', en: 'batch container' },
		detail: { ko: '--network none', en: '--network none' },
		tone: 'netns',
		shape: 'frame',
		about: {
			ko: '`--network none`으로 실행한 컨테이너의 네트워크 네임스페이스입니다. 네트워크 스택을 완전히 격리하며, 안에는 루프백 장치만 만들어집니다. veth도 주소도 게이트웨이도 없습니다.',
			en: 'The network namespace of a container run with `--network none`: its networking stack is completely isolated, and "only the loopback device is created". No veth, no address, no gateway.'
		},
		sources: [src.dockerNoneNetwork]
	},
	{
		id: 'none-app',
		label: { ko: 'batch', en: 'batch' },
		detail: { ko: '네트워크 불필요', en: 'needs no network' },
		tone: 'app',
		about: {
			ko: '네트워크가 필요 없는 작업(예: 파일을 변환하는 일괄 작업)입니다. 자기 자신과는 127.0.0.1로 통신할 수 있지만 다른 컨테이너, 호스트, 인터넷과 통신할 길은 없습니다.',
			en: 'A job that needs no network (a batch file conversion, say). It can talk to itself over 127.0.0.1, but has no way to reach other containers, the host or the Internet.'
		},
		sources: [src.dockerNoneNetwork]
	},
	{
		id: 'none-lo',
		label: { ko: 'lo', en: 'lo' },
		detail: { ko: '유일한 인터페이스', en: 'the only interface' },
		tone: 'iface',
		facts: [inet('127.0.0.1/8')],
		about: {
			ko: 'none 모드에서 만들어지는 유일한 장치인 루프백입니다. `ip addr show`에는 lo와 127.0.0.1/8만 보이고, IPv6 루프백 주소는 설정되지 않습니다.',
			en: 'The loopback, the only device none mode creates: `ip addr show` lists lo with 127.0.0.1/8 and nothing else; no IPv6 loopback address is configured.'
		},
		sources: [src.dockerNoneNetwork]
	},
	{
		id: 'side-app',
		label: { ko: '사이드카', en: 'sidecar' },
		detail: { ko: '--network container:web', en: '--network container:web' },
		tone: 'process',
		about: {
			ko: '`--network container:web`으로 실행한 컨테이너로, 자기 네트워크 네임스페이스를 받지 않고 web의 네트워크 스택에 직접 합류합니다. 그래서 web과 같은 eth0, 같은 IP, 같은 포트 공간을 쓰고 `localhost`로 web에 접속합니다. 이 모드에서는 `--publish`, `--dns`, `--hostname`, `--add-host`, `--mac-address` 같은 옵션을 쓸 수 없습니다.',
			en: "A container run with `--network container:web`: it gets no network namespace of its own but joins web's networking stack directly, so it shares web's eth0, IP address and port space and reaches web over `localhost`. Flags such as `--publish`, `--dns`, `--hostname`, `--add-host` and `--mac-address` are not supported in this mode."
		},
		sources: [src.dockerNetworking]
	}
];
