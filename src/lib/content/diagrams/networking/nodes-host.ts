/**
 * Nodes of the networking diagram that belong to the host rather than to one container: the
 * note's question, the host and its network namespace, its NIC, the bridges, the embedded DNS, the
 * firewall, docker-proxy, and the machines outside. Facts follow shared/reference/domain.md E (E1–E3).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { fact, inet, proxyListens } from './facts';

export const hostNodes: NodeDef[] = [
	{
		id: 'question',
		label: { ko: '노트의 질문', en: 'The note’s question' },
		// The note's own words (a fragment of the ❓ bullet, verbatim); the panel shows the whole bullet.
		detail: {
			ko: '“어떤 방법으로 컨테이너 간 통신을 진행하는게 좋을까요?”',
			en: '“Which approach is a good one for getting containers to talk to each other?”'
		},
		tone: 'external',
		notes: ['question.networking', 'question.networking.which'],
		about: {
			ko: '답: 같은 호스트의 컨테이너는 사용자 정의 브리지 네트워크 하나에 함께 두고(Compose는 이것을 기본으로 해 줍니다) IP 주소가 아니라 컨테이너 이름으로 통신하십시오. 예를 들어 web은 `db:5432`로 접속합니다. 컨테이너 간 통신에는 포트 게시(-p)가 필요 없습니다. 기본 브리지와 `--link`는 레거시이므로 피하고, 여러 호스트에 걸치면 overlay 드라이버의 네트워크를 씁니다. host·none 드라이버, container: 모드, macvlan·ipvlan 드라이버는 각자의 분명한 이유가 있을 때만 씁니다. 노트가 말하는 "네트워크 모드"는 Docker의 네트워크 드라이버(bridge, host, none, overlay, macvlan, ipvlan: `docker network create -d`로 고릅니다)에, 다른 컨테이너의 네트워크 스택을 함께 쓰는 `--network container:<이름>` 모드를 더한 것입니다. "선택" 보기가 이 판단을 한 장으로 정리합니다.',
			en: 'Answer: put containers that run on the same host on one user-defined bridge network (Compose does this for you by default) and let them talk by container name, not by IP address: `web` connects to `db:5432`. Container-to-container communication needs no published port (-p). Avoid the default bridge and `--link` (legacy); across hosts use a network of the overlay driver. The host and none drivers, the container: mode and the macvlan and ipvlan drivers are for their specific reasons only. What the note calls "network modes" are Docker\'s network drivers (bridge, host, none, overlay, macvlan, ipvlan: chosen with `docker network create -d`) plus the `container:` mode of `--network container:<name>`, which shares another container\'s networking stack. The "Choose" view puts this decision on one page.'
		},
		sources: [src.dockerComposeNetworking, src.dockerBridge, src.dockerNetworking],
		// The answer as a decision guide, one click away from the question.
		related: [{ diagram: 'networking', view: 'choose', node: 'pick-bridge' }]
	},
	{
		id: 'host',
		label: { ko: 'Docker 호스트 (Linux)', en: 'Docker host (Linux)' },
		detail: { ko: '호스트 네트워크 네임스페이스', en: 'host network namespace' },
		tone: 'kernel',
		shape: 'frame',
		about: {
			ko: '리눅스 호스트 자신의 네트워크 네임스페이스입니다. 물리(또는 VM) NIC, Docker가 만드는 리눅스 브리지, 각 veth 쌍의 호스트 쪽 끝, 그리고 NAT와 격리를 맡는 방화벽 규칙이 모두 여기에 있습니다. 브리지 네트워크의 컨테이너는 저마다 자신의 네트워크 네임스페이스를 따로 받습니다.',
			en: "The Linux host's own network namespace. Its physical (or VM) NIC, the Linux bridges Docker creates, the host ends of every veth pair and the firewall rules for NAT and isolation all live here. Each container on a bridge network gets a network namespace of its own."
		},
		sources: [src.dockerBridge, src.mobyBridgeDriver, src.manNamespaces]
	},
	{
		id: 'host-eth0',
		label: { ko: '호스트 NIC', en: 'Host NIC' },
		detail: { ko: 'eth0', en: 'eth0' },
		tone: 'underlay',
		facts: [inet('192.168.1.10/24')],
		about: {
			ko: '호스트가 LAN에 연결된 네트워크 인터페이스입니다. 주소 192.168.1.10은 예시입니다. 밖에서 오는 연결은 게시된 포트를 통해서만 컨테이너에 도달하고(Engine 28.0.0부터의 기본 동작), 컨테이너가 밖으로 나가는 연결은 이 주소로 마스커레이드됩니다.',
			en: "The host's interface on the LAN (the address 192.168.1.10 is an example). Connections from outside reach containers only through published ports (the default since Engine 28.0.0); connections containers make to the outside leave masqueraded as this address."
		},
		sources: [src.dockerPorts, src.dockerNetworking, src.dockerEngine28Notes]
	},
	{
		id: 'br-app',
		label: { ko: 'app-net 브리지', en: 'app-net bridge' },
		detail: { ko: '사용자 정의 브리지 · L2', en: 'user-defined bridge · L2' },
		tone: 'bridge',
		// One line, as `ip addr` shows the bridge: the gateway and the prefix fit a phone's box.
		facts: [
			inet('172.18.0.1/16'),
			{ ...fact('subnet', '서브넷', '172.18.0.0/16'), panelOnly: true }
		],
		about: {
			ko: '`docker network create app-net`이 만든 리눅스 소프트웨어 브리지(2계층 장치)입니다. 사용자 정의 네트워크마다 자신의 브리지, 서브넷, 옵션을 갖습니다. 같은 브리지의 컨테이너는 서로의 모든 포트에 접속할 수 있고 이름으로 서로를 찾습니다. bridge 드라이버는 서로 다른 브리지 네트워크의 컨테이너가 직접 통신하지 못하고 게시된 포트로만 접속하게 하는 방화벽 규칙을 호스트에 설치합니다. 서브넷 172.18.0.0/16은 기본 주소 풀의 두 번째 블록입니다.',
			en: 'The Linux software bridge (a link-layer device) that `docker network create app-net` made: "each user-defined network creates a configurable bridge", with its own subnet and options. Containers on it reach all of each other\'s ports and find each other by name; the bridge driver installs firewall rules on the host so that containers on different bridge networks cannot talk to each other directly, only through published ports. 172.18.0.0/16 is the second block of the default address pools.'
		},
		sources: [src.dockerBridge, src.dockerNetworking, src.mobyBridgeDriver]
	},
	{
		id: 'docker0',
		label: { ko: 'docker0', en: 'docker0' },
		detail: { ko: '기본 브리지', en: 'default bridge' },
		tone: 'bridge',
		facts: [
			inet('172.17.0.1/16'),
			{ ...fact('subnet', '서브넷', '172.17.0.0/16'), panelOnly: true }
		],
		about: {
			ko: 'Docker가 처음 시작할 때 만드는 기본 브리지 네트워크 `bridge`의 리눅스 브리지로, 이름은 docker0입니다. `--network` 없이 실행한 컨테이너는 모두 여기에 연결됩니다. 이 컨테이너들은 IP 주소로만 서로 통신하고 이름으로는 찾지 못합니다. Docker 문서는 이 네트워크를 레거시로 보고 운영 환경에 권하지 않습니다.',
			en: 'The Linux bridge, named docker0, of the default `bridge` network Docker creates on first start. Every container run without `--network` joins it; they reach each other "only by IP address" and cannot resolve each other by name. Docker\'s docs call it "a legacy detail of Docker" that "is not recommended for production use".'
		},
		sources: [src.dockerBridge, src.dockerNetworking, src.mobyBridgeInterface]
	},
	{
		id: 'dns',
		label: { ko: '내장 DNS', en: 'Embedded DNS' },
		detail: { ko: 'dockerd 안의 리졸버', en: 'resolver inside dockerd' },
		tone: 'engine',
		facts: [fact('listen', '수신 대기 주소', '127.0.0.11:53', 'listens on')],
		about: {
			ko: 'Docker의 내장 DNS 서버로, 사용자 정의 네트워크에 연결된 컨테이너에 쓰입니다. 컨테이너 안에서는 어느 컨테이너에서나 같은 주소 127.0.0.11(UDP·TCP 53번)에서 답하지만, 서버 자체는 컨테이너가 아니라 dockerd 안에서 돌고 그 주소로 가는 트래픽이 데몬으로 전달됩니다. 같은 네트워크의 컨테이너 이름과 별칭은 스스로 답하고, 나머지 질의는 업스트림 DNS 서버로 넘깁니다. `--dns`나 데몬의 `"dns"` 설정이 없으면 업스트림은 호스트의 DNS 서버이고, 설정이 있으면 그 서버들이 호스트의 것을 대신하며 질의는 컨테이너의 네트워크 네임스페이스에서 나갑니다.',
			en: "Docker's embedded DNS server, used by containers on user-defined networks. Inside every container it answers at the same address, 127.0.0.11 (UDP and TCP port 53), but the server itself runs inside dockerd, not in the container: traffic to that address is redirected to the daemon. It answers names and aliases of containers on the same networks itself and forwards every other query upstream: to the host's DNS servers when neither `--dns` nor the daemon's `\"dns\"` setting is given; otherwise the configured servers replace the host's, queried from the container's network namespace."
		},
		sources: [src.dockerDns, src.dockerNetworking, src.mobyResolver]
	},
	{
		id: 'fw',
		label: { ko: '방화벽 규칙', en: 'Firewall rules' },
		detail: { ko: 'iptables / nftables', en: 'iptables / nftables' },
		tone: 'netfilter',
		about: {
			ko: 'dockerd가 호스트의 네트워크 네임스페이스에 설치하는 netfilter 규칙입니다. 기본은 iptables이고, nftables는 Engine 29.0.0부터 실험적으로 켤 수 있으며 스웜을 쓰는 데몬에서는 켤 수 없습니다. 아래의 테이블과 체인 이름은 iptables의 것입니다. nat 테이블에서는 게시된 포트로 오는 연결에 목적지 주소 변환(DNAT)을, 컨테이너가 밖으로 나가는 연결에 마스커레이드를 적용합니다. 다만 호스트 자신이 127.0.0.1로 보내는 연결은 기본 설정에서 DNAT하지 않고 docker-proxy에 맡깁니다. filter 테이블의 FORWARD 경로에서는 서로 다른 브리지 네트워크 사이의 직접 통신을 버리고(DROP), Engine 28.0.0부터는 밖에서 컨테이너 주소로 직접 라우팅되어 오는, 게시되지 않은 포트로의 연결도 버립니다. 체인 이름은 릴리스마다 다릅니다. Engine 28.x까지는 네트워크 격리에 DOCKER-ISOLATION-STAGE-1/2 체인을 썼고, 29.0.0에서 이 체인들이 없어졌으며, 현재 문서는 DOCKER-FORWARD 등을 설명합니다.',
			en: "The netfilter rules dockerd installs in the host's network namespace. iptables by default; nftables can be enabled, experimentally, since Engine 29.0.0, and not on a daemon with Swarm enabled. The table and chain names below are iptables'. In the nat table: destination NAT for connections to published ports and masquerading for connections containers make to the outside; a connection the host itself makes to 127.0.0.1 is not DNATed by default but left to docker-proxy. On the filter table's FORWARD path: drops for direct traffic between different bridge networks and, since Engine 28.0.0, for connections routed from outside straight to a container address on an unpublished port. Chain names differ between releases: up to Engine 28.x networks were isolated with the DOCKER-ISOLATION-STAGE-1/2 chains, which 29.0.0 removed; the current docs describe DOCKER-FORWARD and others."
		},
		sources: [
			src.dockerPorts,
			src.dockerBridge,
			src.dockerIptables,
			src.dockerNftables,
			src.dockerEngine28Notes,
			src.dockerEngine29Notes,
			src.mobyRulesLoopback
		]
	},
	{
		id: 'client',
		label: { ko: '외부 클라이언트', en: 'Outside client' },
		detail: { ko: '브라우저 · 다른 머신', en: 'browser · another machine' },
		tone: 'external',
		facts: [inet('203.0.113.7')],
		about: {
			ko: '호스트 밖의 머신입니다(주소는 문서용 예시). 컨테이너 주소로 직접 오는 연결은 기본적으로 허용되지 않으므로(Engine 28.0.0부터), 호스트 주소에 게시된 포트로만 컨테이너에 접속합니다.',
			en: 'A machine outside the host (the address is a documentation example). By default (since Engine 28.0.0) it is "not allowed direct access to container IP addresses": it reaches a container only through a port published on a host address.'
		},
		sources: [src.dockerPorts, src.dockerEngine28Notes]
	},
	{
		id: 'internet',
		label: { ko: '인터넷', en: 'Internet' },
		detail: { ko: '외부 서비스', en: 'services outside' },
		tone: 'external',
		about: {
			ko: '호스트 밖의 서비스입니다. 브리지 네트워크의 컨테이너는 별도 설정 없이 밖으로 연결할 수 있는데, 나가는 패킷은 마스커레이드되어 호스트의 주소를 달고 나갑니다.',
			en: 'Services outside the host. Containers on a bridge network can make outgoing connections with no extra setup; their packets leave masqueraded, "using the Docker host\'s IP address".'
		},
		sources: [src.dockerNetworking, src.dockerPorts]
	},
	{
		id: 'host-curl',
		label: { ko: '호스트의 curl', en: 'curl on the host' },
		detail: { ko: '호스트 프로세스', en: 'host process' },
		tone: 'userland',
		about: {
			ko: '호스트에서 직접 실행한 프로세스입니다. `-p 127.0.0.1:8080:80`처럼 루프백 주소에만 게시한 포트에는 호스트 자신만 접근할 수 있습니다. 이 프로세스의 `curl 127.0.0.1:8080`은 기본 설정에서 방화벽의 DNAT가 아니라 docker-proxy가 받습니다.',
			en: "A process run on the host itself. A port published only to the loopback address, as with `-p 127.0.0.1:8080:80`, is reachable from the Docker host only; with the default settings this process's `curl 127.0.0.1:8080` is accepted by docker-proxy, not DNATed by the firewall."
		},
		sources: [src.dockerPorts, src.mobyRulesLoopback]
	},
	{
		id: 'docker-proxy',
		label: { ko: 'docker-proxy', en: 'docker-proxy' },
		detail: { ko: '사용자 공간 프록시', en: 'userland proxy' },
		tone: 'engine',
		facts: [proxyListens('0.0.0.0:8080')],
		about: {
			ko: '데몬이 기본 설정(`userland-proxy: true`)으로 돌 때 dockerd가 게시된 포트마다 띄우는 프로세스입니다. dockerd 문서는 이 옵션을 "루프백 트래픽에 userland proxy를 쓴다"고 설명합니다. 게시된 호스트 주소와 포트(`-p 8080:80`이면 0.0.0.0:8080, `-p 127.0.0.1:8080:80`이면 127.0.0.1:8080)에서 수신 대기하다가, 받은 연결마다 컨테이너의 주소와 포트(172.18.0.2:80)로 자신의 새 연결을 엽니다. 밖에서 오는 연결은 방화벽이 먼저 DNAT하므로 프록시를 거치지 않습니다. 프록시가 맡는 것은 방화벽이 바꾸지 않는 연결, 곧 호스트 자신이 루프백 주소로 보내는 연결입니다. `--userland-proxy=false`로 실행하면 dockerd는 프록시를 띄우지 않고 루프백으로 가는 연결까지 DNAT합니다.',
			en: 'A process dockerd starts for each published port when the daemon runs with the default `userland-proxy: true`, which the dockerd reference describes as "Use userland proxy for loopback traffic (default true)". It listens on the published host address and port (0.0.0.0:8080 for `-p 8080:80`, 127.0.0.1:8080 for `-p 127.0.0.1:8080:80`) and, for each connection it accepts, opens a new connection of its own to the container\'s address and port (172.18.0.2:80). Connections from outside never reach it: the firewall DNATs them first. What it handles is what the firewall leaves alone, the host\'s own connections to a loopback address. With `--userland-proxy=false` dockerd starts no proxy and DNATs loopback traffic too.'
		},
		sources: [
			src.dockerdReference,
			src.mobyConfigLinux,
			src.mobyUserlandProxy,
			src.mobyRulesLoopback,
			src.mobyRulesNoProxy
		]
	}
];
