/**
 * Nodes of the networking diagram that belong to the host rather than to one container: the
 * note's question, the host and its network namespace, its NIC, the bridges, the embedded DNS, the
 * firewall, and the machines outside. Facts follow shared/reference/domain.md E (E1–E3).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { fact, inet } from './facts';

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
			ko: '답: 같은 호스트의 컨테이너는 사용자 정의 브리지 네트워크 하나에 함께 두고(Compose는 이것을 기본으로 해 줍니다) IP 주소가 아니라 컨테이너 이름으로 통신하십시오. 예를 들어 web은 `db:5432`로 접속합니다. 컨테이너끼리의 통신에는 포트 게시(-p)가 필요 없습니다. 기본 브리지와 `--link`는 레거시이므로 피하고, 여러 호스트에 걸치면 overlay를 씁니다. host, none, container:, macvlan/ipvlan은 각자의 분명한 이유가 있을 때만 씁니다. "선택" 보기가 이 판단을 한 장으로 정리합니다.',
			en: 'Answer: put containers that run on the same host on one user-defined bridge network (Compose does this for you by default) and let them talk by container name, not by IP address: `web` connects to `db:5432`. Container-to-container traffic needs no published port (-p). Avoid the default bridge and `--link` (legacy); across hosts use an overlay network. host, none, container: and macvlan/ipvlan are for their specific reasons only. The "Choose" view puts this decision on one page.'
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
			ko: '리눅스 호스트 자신의 네트워크 네임스페이스입니다. 물리(또는 VM) NIC, Docker가 만드는 리눅스 브리지, 각 veth 쌍의 호스트 쪽 끝, 그리고 NAT와 격리를 맡는 방화벽 규칙이 모두 여기에 있습니다. bridge 네트워크의 컨테이너는 저마다 자신의 네트워크 네임스페이스를 따로 받습니다.',
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
			ko: '호스트가 LAN에 연결된 네트워크 인터페이스입니다. 주소 192.168.1.10은 예시입니다. 밖에서 오는 연결은 게시된 포트를 통해서만 컨테이너에 닿고, 컨테이너가 밖으로 나가는 연결은 이 주소로 마스커레이드됩니다.',
			en: "The host's interface on the LAN (the address 192.168.1.10 is an example). Connections from outside reach containers only through published ports; connections containers make to the outside leave masqueraded as this address."
		},
		sources: [src.dockerPorts, src.dockerNetworking]
	},
	{
		id: 'br-app',
		label: { ko: 'app-net 브리지', en: 'app-net bridge' },
		detail: { ko: '사용자 정의 브리지 · L2', en: 'user-defined bridge · L2' },
		tone: 'bridge',
		facts: [fact('subnet', '서브넷', '172.18.0.0/16'), fact('gateway', '게이트웨이', '172.18.0.1')],
		about: {
			ko: '`docker network create app-net`이 만든 리눅스 소프트웨어 브리지(2계층 장치)입니다. 사용자 정의 네트워크마다 자신의 브리지, 서브넷, 옵션을 갖습니다. 같은 브리지의 컨테이너는 서로의 모든 포트에 닿고 이름으로 서로를 찾습니다. bridge 드라이버는 서로 다른 브리지 네트워크의 컨테이너가 직접 통신하지 못하게 하는 규칙을 호스트에 설치합니다. 서브넷 172.18.0.0/16은 기본 주소 풀의 두 번째 블록입니다.',
			en: 'The Linux software bridge (a link-layer device) that `docker network create app-net` made: "each user-defined network creates a configurable bridge", with its own subnet and options. Containers on it reach all of each other\'s ports and find each other by name; the bridge driver installs rules so that containers on different bridge networks "can\'t communicate directly". 172.18.0.0/16 is the second block of the default address pools.'
		},
		sources: [src.dockerBridge, src.dockerNetworking, src.mobyBridgeDriver]
	},
	{
		id: 'docker0',
		label: { ko: 'docker0', en: 'docker0' },
		detail: { ko: '기본 브리지 (bridge)', en: 'default bridge (bridge)' },
		tone: 'bridge',
		facts: [fact('subnet', '서브넷', '172.17.0.0/16'), fact('gateway', '게이트웨이', '172.17.0.1')],
		about: {
			ko: 'Docker가 처음 시작할 때 만드는 기본 브리지 네트워크 `bridge`의 리눅스 브리지로, 이름은 docker0입니다. `--network` 없이 실행한 컨테이너는 모두 여기에 연결됩니다. 이 컨테이너들은 IP 주소로만 서로 닿고 이름으로는 찾지 못합니다. Docker 문서는 이 네트워크를 레거시로 보고 운영 환경에 권하지 않습니다.',
			en: 'The Linux bridge, named docker0, of the default `bridge` network Docker creates on first start. Every container run without `--network` joins it; they reach each other "only by IP address" and "cannot refer to each other by name". Docker\'s docs call it "a legacy detail of Docker" that "is not recommended for production use".'
		},
		sources: [src.dockerBridge, src.dockerNetworking, src.mobyBridgeInterface]
	},
	{
		id: 'dns',
		label: { ko: '내장 DNS', en: 'Embedded DNS' },
		detail: { ko: 'dockerd 안의 리졸버', en: 'resolver inside dockerd' },
		tone: 'engine',
		facts: [fact('listen', '대기 주소', '127.0.0.11:53', 'listens on')],
		about: {
			ko: 'Docker의 내장 DNS 서버로, 사용자 정의 네트워크에 연결된 컨테이너에 쓰입니다. 컨테이너 안에서는 어느 컨테이너에서나 같은 주소 127.0.0.11(UDP·TCP 53번)에서 답하지만, 서버 자체는 컨테이너가 아니라 dockerd 안에서 돌고 그 주소로 가는 트래픽이 데몬으로 전달됩니다. 같은 네트워크의 컨테이너 이름과 별칭은 스스로 답하고, 나머지 질의는 호스트의 DNS 서버로 넘깁니다.',
			en: "Docker's embedded DNS server, used by containers on user-defined networks. Inside every container it answers at the same address, 127.0.0.11 (UDP and TCP port 53), but the server itself runs inside dockerd, not in the container: traffic to that address is redirected to the daemon. It answers names and aliases of containers on the same networks itself and forwards every other query to the host's DNS servers."
		},
		sources: [src.dockerDns, src.dockerNetworking, src.mobyResolver]
	},
	{
		id: 'fw',
		label: { ko: '방화벽 규칙', en: 'Firewall rules' },
		detail: { ko: 'iptables / nftables', en: 'iptables / nftables' },
		tone: 'netfilter',
		about: {
			ko: 'dockerd가 호스트에 설치하는 패킷 필터 규칙입니다. 게시된 포트에는 목적지 주소 변환(DNAT)을, 컨테이너가 밖으로 나가는 연결에는 마스커레이드를 적용하고, 게시되지 않은 포트와 서로 다른 브리지 네트워크 사이의 직접 통신은 막습니다.',
			en: 'The packet-filter rules dockerd installs on the host: destination NAT for published ports, masquerading for connections containers make to the outside, and blocks on unpublished ports and on direct traffic between different bridge networks.'
		},
		sources: [src.dockerPorts, src.dockerBridge]
	},
	{
		id: 'client',
		label: { ko: '외부 클라이언트', en: 'Outside client' },
		detail: { ko: '브라우저 · 다른 머신', en: 'browser · another machine' },
		tone: 'external',
		facts: [inet('203.0.113.7')],
		about: {
			ko: '호스트 밖의 머신입니다(주소는 문서용 예시). 컨테이너 주소로 직접 오는 연결은 기본적으로 허용되지 않으므로, 호스트 주소에 게시된 포트로만 컨테이너에 닿습니다.',
			en: 'A machine outside the host (the address is a documentation example). By default it is "not allowed direct access to container IP addresses": it reaches a container only through a port published on a host address.'
		},
		sources: [src.dockerPorts]
	},
	{
		id: 'internet',
		label: { ko: '인터넷', en: 'Internet' },
		detail: { ko: '외부 서비스', en: 'services outside' },
		tone: 'external',
		about: {
			ko: '호스트 밖의 서비스입니다. bridge 네트워크의 컨테이너는 별도 설정 없이 밖으로 연결할 수 있는데, 나가는 패킷은 마스커레이드되어 호스트의 주소를 달고 나갑니다.',
			en: 'Services outside the host. Containers on a bridge network can make outgoing connections with no extra setup; their packets leave masqueraded, "using the Docker host\'s IP address".'
		},
		sources: [src.dockerNetworking, src.dockerPorts]
	},
	{
		id: 'host-curl',
		label: { ko: '호스트의 curl', en: 'curl on the host' },
		detail: { ko: '호스트 자신의 프로세스', en: "the host's own process" },
		tone: 'userland',
		about: {
			ko: '호스트에서 직접 실행한 프로세스입니다. `-p 127.0.0.1:8080:80`처럼 루프백 주소에만 게시한 포트에는 호스트 자신만 접근할 수 있습니다.',
			en: 'A process run on the host itself. A port published only to the loopback address, as with `-p 127.0.0.1:8080:80`, is reachable from the Docker host only.'
		},
		sources: [src.dockerPorts]
	}
];
