/**
 * The special modes, each for its own reason (domain.md E1, E2 recommendation 5): `host` shares the
 * host's namespace, `none` has only `lo`, `container:` joins another container's namespace.
 */
import type { L10n, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });
const same = (s: string) => L(s, s);

export const hostView: ViewDef = {
	id: 'host',
	title: L('host 모드', 'Host mode'),
	summary: L(
		'컨테이너가 호스트의 네트워크 네임스페이스를 그대로 씁니다. veth도 자기 IP도 없고, `-p`는 무시되며, 포트가 충돌할 수 있습니다.',
		"The container uses the host's network namespace itself: no veth, no IP of its own, `-p` ignored, and ports can clash."
	),
	layout: {
		kind: 'boxes',
		place: {
			client: { col: 1, row: 0 },
			host: { col: 0, row: 1, cols: 2, grid: { cols: 2 } },
			'host-eth0': { in: 'host', col: 0, row: 0, cols: 2 },
			'hostnet-app': { in: 'host', col: 0, row: 1 },
			'host-nginx': { in: 'host', col: 1, row: 1 }
		}
	},
	routes: { 'nic-host-nginx': { fromSide: 'bottom', toSide: 'top' } },
	steps: [
		{
			narration: L(
				'`--network host`로 실행한 컨테이너는 네트워크 네임스페이스를 따로 받지 않고 호스트의 것을 공유합니다. 그래서 그림에 컨테이너의 네임스페이스 상자도, veth도, 브리지도 없습니다. 컨테이너는 자기 IP 주소도 받지 않습니다.',
				"A container run with `docker run --network host …` gets no network namespace of its own: it shares the host's. So the picture has no namespace box for it, no veth and no bridge, and the container gets no IP address of its own."
			),
			highlight: ['hostnet-app', 'host-eth0']
		},
		{
			narration: L(
				'web이 80번 포트에 바인드하면 애플리케이션은 호스트 IP의 80번 포트에서 바로 열립니다. 외부 클라이언트의 패킷은 NAT 없이 호스트 NIC에서 곧장 web에 도달합니다. NAT도 포트마다의 userland-proxy도 없어서 빠릅니다.',
				"web binds port 80, and the application is available on port 80 of the host's IP address: the client's packet goes from the host's NIC straight to web, with no NAT and no per-port userland-proxy, which is why this mode is fast."
			),
			highlight: ['client', 'host-eth0', 'hostnet-app'],
			edges: ['client-nic', 'nic-hostnet'],
			packets: [{ path: ['client-nic', 'nic-hostnet'], label: same('TCP → 192.168.1.10:80') }]
		},
		{
			narration: L(
				'자기 IP가 없으니 포트 매핑도 의미가 없습니다. `-p`, `--publish`, `-P`, `--publish-all`은 무시되고, Docker는 `WARNING: Published ports are discarded when using host network mode`라는 경고만 출력합니다.',
				'With no IP of its own, port mapping has nothing to map: `-p`, `--publish`, `-P` and `--publish-all` are ignored, and Docker only prints a warning: `WARNING: Published ports are discarded when using host network mode`.'
			),
			highlight: ['hostnet-app'],
			relabel: {
				'hostnet-app': {
					detail: L('-p 무시됨 · 경고', '-p discarded · warning')
				}
			}
		},
		{
			narration: L(
				'대가는 격리입니다. 컨테이너는 호스트 프로세스와 같은 포트 공간을 쓰므로, 호스트의 nginx가 이미 80번을 쓰고 있다면 둘 중 하나만 그 포트를 가질 수 있습니다. 같은 이미지를 두 개 띄워도 마찬가지입니다.',
				"The price is isolation: the container shares the port space of the host's processes, so if nginx on the host already has port 80, only one of them can have it; two copies of the same image clash the same way."
			),
			highlight: ['hostnet-app', 'host-nginx', 'client', 'host-eth0'],
			relabel: {
				'hostnet-app': {
					detail: L(':80 바인드 실패 · 이미 사용 중', 'bind :80 fails · already in use')
				}
			},
			packets: [
				{
					path: ['client-nic', 'nic-host-nginx'],
					label: same('TCP → 192.168.1.10:80'),
					rewrite: [{ at: 'host-eth0', label: L(':80은 nginx의 것', ':80 belongs to nginx') }]
				}
			]
		},
		{
			narration: L(
				'host 모드는 성능이 중요하거나 아주 넓은 포트 범위를 다뤄야 할 때 Linux에서 씁니다. Docker Desktop에서는 4.34부터 설정에서 켜면 쓸 수 있습니다. 컨테이너 간 통신의 일반적인 답은 아닙니다.',
				'Use host mode on Linux for performance or "a large range of ports" (Docker Desktop supports it from 4.34, once enabled in Settings). It is not the general answer for containers talking to each other.'
			),
			highlight: ['hostnet-app'],
			relabel: { 'hostnet-app': {} }
		}
	]
};

export const noneView: ViewDef = {
	id: 'none',
	title: L('none 모드', 'None mode'),
	summary: L(
		'루프백 장치만 있는 네트워크 네임스페이스입니다. 다른 컨테이너, 호스트, 인터넷 어디와도 통신할 수 없습니다.',
		'A network namespace with nothing but the loopback device: no other container, host or Internet is reachable.'
	),
	layout: {
		kind: 'boxes',
		place: {
			// The Internet right above the container, so the way out it lacks is a straight line.
			internet: { col: 0, row: 0 },
			host: { col: 0, row: 1, cols: 2, grid: { cols: 2, widths: [2, 1] } },
			'none-ns': { in: 'host', col: 0, row: 0, grid: { cols: 2 } },
			'none-app': { in: 'none-ns', col: 0, row: 0 },
			'none-lo': { in: 'none-ns', col: 1, row: 0 },
			'host-eth0': { in: 'host', col: 1, row: 0 }
		},
		// Phones: the NIC under the namespace, both the width of the host (a third of a phone
		// cut the NIC's address).
		narrow: {
			host: { grid: { cols: 1 } },
			'host-eth0': { col: 0, row: 1 }
		}
	},
	steps: [
		{
			narration: L(
				'`docker run --network none …`은 컨테이너의 네트워크 스택을 완전히 격리합니다. 네임스페이스 안에는 루프백 장치 lo만 만들어지고, veth도 주소도 게이트웨이도 없습니다. 호스트에는 NIC가 있지만 이 컨테이너와는 이어져 있지 않습니다.',
				"`docker run --network none …` isolates the container's networking stack completely: inside its namespace only the loopback device lo is created, with no veth, no address, no gateway. The host has a NIC, but nothing connects this container to it."
			),
			highlight: ['none-ns', 'none-lo']
		},
		{
			narration: L(
				'컨테이너 안의 프로세스끼리는 127.0.0.1로 통신할 수 있습니다. 루프백은 네임스페이스를 떠나지 않습니다.',
				'Processes inside the container can still talk over 127.0.0.1: the loopback never leaves the namespace.'
			),
			highlight: ['none-app', 'none-lo'],
			edges: ['none-app-lo'],
			packets: [{ path: ['none-app-lo'], label: same('127.0.0.1') }]
		},
		{
			narration: L(
				'밖으로 나가는 길은 없습니다. 인터넷의 주소로 보낸 패킷은 네임스페이스를 벗어나지 못합니다. 네트워크가 필요 없는 작업을 완전히 떼어 두고 싶을 때 쓰는 모드입니다.',
				'There is no way out: a packet for an Internet address cannot leave the namespace. Use this mode for work that needs no network and should be completely isolated.'
			),
			highlight: ['none-app', 'internet'],
			packets: [
				{
					path: ['none-out'],
					label: same('→ 198.51.100.20'),
					blocked: { reason: L('경로 없음: lo뿐', 'no route: lo only'), at: 0.3 }
				}
			]
		}
	]
};

export const containerView: ViewDef = {
	id: 'container',
	title: L('container: 모드', 'container: mode'),
	summary: L(
		'`--network container:web`으로 실행한 사이드카는 web의 네트워크 네임스페이스에 합류해 localhost로 통신합니다.',
		"A sidecar run with `--network container:web` joins web's network namespace and talks to it over localhost."
	),
	layout: {
		kind: 'boxes',
		place: {
			host: { col: 0, row: 0, grid: { cols: 3, widths: [3, 1.3, 2] } },
			'web-ns': { in: 'host', col: 0, row: 0, grid: { cols: 2 } },
			'side-app': { in: 'web-ns', col: 0, row: 0 },
			'web-app': { in: 'web-ns', col: 1, row: 0 },
			'web-lo': { in: 'web-ns', col: 0, row: 1, cols: 2 },
			'web-eth0': { in: 'web-ns', dock: 'right', at: 0.36 },
			'veth-web': { in: 'host', col: 1, row: 0 },
			'br-app': { in: 'host', col: 2, row: 0 }
		},
		narrow: {
			host: { grid: { cols: 2, widths: [1, 1] } },
			'web-ns': { col: 0, row: 1, cols: 2 },
			'web-eth0': { dock: 'top', at: 0.75 },
			'veth-web': { col: 1, row: 0 },
			'br-app': { col: 0, row: 0 }
		}
	},
	steps: [
		{
			narration: L(
				'`docker run --network container:web …`으로 실행한 사이드카는 네트워크 네임스페이스를 새로 받지 않고 web의 네트워크 스택에 그대로 합류합니다. 그림에서 사이드카가 web의 상자 안에 있는 이유입니다.',
				"A sidecar run with `docker run --network container:web …` gets no new network namespace: it joins web's networking stack directly. That is why it sits inside web's box."
			),
			highlight: ['side-app', 'web-ns']
		},
		{
			narration: L(
				'둘은 같은 루프백을 쓰므로 사이드카는 `localhost:80`으로 web에 접속합니다. 이 연결은 네임스페이스를 떠나지 않고, veth도 브리지도 거치지 않습니다.',
				'Sharing one loopback, the sidecar reaches web at `localhost:80`; the connection never leaves the namespace and crosses no veth and no bridge.'
			),
			highlight: ['side-app', 'web-lo', 'web-app'],
			edges: ['side-lo', 'web-app-lo'],
			packets: [{ path: ['side-lo', 'web-app-lo'], label: same('GET localhost:80') }]
		},
		{
			narration: L(
				'사이드카는 web과 eth0, IP 주소, 포트 공간까지 공유합니다. 그래서 둘이 같은 포트에 바인드할 수 없고, `--publish`, `--dns`, `--hostname`, `--add-host` 같은 옵션은 이 모드에서 쓸 수 없습니다. 네트워크는 web이 정합니다.',
				"The sidecar shares web's eth0, IP address and port space, so the two cannot bind the same port, and flags like `--publish`, `--dns`, `--hostname` and `--add-host` are unsupported in this mode: web owns the network."
			),
			highlight: ['side-app', 'web-eth0', 'web-app']
		},
		{
			narration: L(
				'로그 수집기나 프록시 같은 사이드카, 또는 이미지에 도구가 없는 컨테이너를 들여다보는 디버깅 도구에 씁니다. Docker 문서의 예처럼 `docker run --rm -it --network container:redis redis redis-cli -h 127.0.0.1`은 127.0.0.1에만 바인드한 Redis에 접속합니다.',
				"Use it for sidecars such as log shippers or proxies, and for debugging tools that look into a container whose image lacks them. Docker's own example, `docker run --rm -it --network container:redis redis redis-cli -h 127.0.0.1`, reaches a Redis bound to 127.0.0.1 only."
			),
			highlight: ['side-app', 'web-lo']
		}
	]
};
