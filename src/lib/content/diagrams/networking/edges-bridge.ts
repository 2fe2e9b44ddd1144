/**
 * Edges of the bridge views: one edge per link a packet can cross (app ⇄ eth0 ⇄ veth ⇄ bridge),
 * the loopback path to the embedded DNS, the firewall's NAT path to the outside (domain.md E3,
 * N1–N5), and a host process's two ways to a port published on 127.0.0.1: through docker-proxy
 * (the default) or, with the userland proxy off, through DNAT. Packets walk these edges in either
 * direction.
 */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

const socket = { ko: '소켓', en: 'socket' };
const vethPair = { ko: 'veth 쌍', en: 'veth pair' };
const bridgePort = { ko: '브리지 포트', en: 'bridge port' };

/** app ⇄ eth0 ⇄ veth ⇄ bridge for one container. */
function attach(name: string, bridge: string): EdgeDef[] {
	return [
		{ id: `${name}-app-eth0`, from: `${name}-app`, to: `${name}-eth0`, label: socket, both: true },
		{
			id: `${name}-veth`,
			from: `${name}-eth0`,
			to: `veth-${name}`,
			label: vethPair,
			both: true,
			about: {
				ko: '한 쌍의 가상 이더넷 장치입니다. 한쪽 끝(eth0)은 컨테이너의 네트워크 네임스페이스에, 다른 끝은 호스트의 네임스페이스에 있어서, 이 선이 네임스페이스 경계를 건넙니다.',
				en: "A pair of virtual Ethernet devices: one end (eth0) in the container's network namespace, the other in the host's. This link is what crosses the namespace boundary."
			},
			sources: [src.mobyBridgeDriver]
		},
		{ id: `veth-${name}-br`, from: `veth-${name}`, to: bridge, label: bridgePort, both: true }
	];
}

export const bridgeEdges: EdgeDef[] = [
	...attach('web', 'br-app'),
	...attach('db', 'br-app'),
	...attach('old', 'docker0'),
	...attach('cache', 'docker0'),
	{
		id: 'web-app-lo',
		from: 'web-app',
		to: 'web-lo',
		label: { ko: 'localhost', en: 'localhost' },
		both: true
	},
	{
		id: 'lo-dns',
		from: 'web-lo',
		to: 'dns',
		label: { ko: '127.0.0.11:53 → dockerd', en: '127.0.0.11:53 → dockerd' },
		style: 'dashed',
		both: true,
		about: {
			ko: '컨테이너 안에서 127.0.0.11:53으로 보낸 DNS 질의는 데몬으로 전달되고, dockerd 안의 리졸버가 답합니다. 그래서 컨테이너는 업스트림 DNS 서버의 주소를 보지 못합니다.',
			en: 'DNS queries sent to 127.0.0.11:53 inside the container are redirected to the daemon, and the resolver inside dockerd answers; the container never sees the addresses of the upstream servers.'
		},
		sources: [src.dockerDns, src.mobyResolver]
	},
	{
		id: 'br-app-fw',
		from: 'br-app',
		to: 'fw',
		label: { ko: '게이트웨이 172.18.0.1', en: 'gateway 172.18.0.1' },
		both: true
	},
	{
		id: 'docker0-fw',
		from: 'docker0',
		to: 'fw',
		label: { ko: '게이트웨이 172.17.0.1', en: 'gateway 172.17.0.1' },
		both: true,
		about: {
			ko: '기본 브리지의 게이트웨이입니다. 다른 브리지 네트워크로 가는 패킷은 호스트가 라우팅해 넘기려 할 때 FORWARD 경로의 격리 규칙(iptables/nftables)에 버려집니다.',
			en: "The default bridge's gateway. A packet for another bridge network is dropped when the host would route it on: the isolation rules (iptables/nftables) on the FORWARD path keep containers on different bridge networks from talking directly."
		},
		sources: [src.dockerBridge, src.dockerIptables]
	},
	{
		id: 'fw-nic',
		from: 'fw',
		to: 'host-eth0',
		label: { ko: 'DNAT · 마스커레이드', en: 'DNAT · masquerade' },
		both: true,
		about: {
			ko: '게시된 포트로 들어오는 연결은 목적지 주소가 컨테이너의 주소로 바뀌고(DNAT), 컨테이너가 밖으로 나가는 연결은 출발지가 호스트의 주소로 바뀝니다(마스커레이드).',
			en: "Connections to a published port get the container's address as their destination (DNAT); connections a container makes to the outside get the host's address as their source (masquerade)."
		},
		sources: [src.dockerPorts]
	},
	{
		id: 'client-nic',
		from: 'client',
		to: 'host-eth0',
		label: { ko: 'LAN · 인터넷', en: 'LAN · Internet' },
		both: true
	},
	{
		id: 'nic-internet',
		from: 'host-eth0',
		to: 'internet',
		label: { ko: '기본 경로', en: 'default route' },
		both: true
	},
	{
		id: 'curl-proxy',
		from: 'host-curl',
		to: 'docker-proxy',
		label: { ko: '127.0.0.1:8080', en: '127.0.0.1:8080' },
		both: true,
		about: {
			ko: '호스트 프로세스가 127.0.0.1:8080으로 연결하면, 기본 설정(`userland-proxy: true`)에서는 방화벽이 이 연결을 바꾸지 않습니다. nat 테이블의 OUTPUT 체인에서 Docker의 DNAT 규칙으로 넘어가는 규칙이 목적지 127.0.0.0/8을 제외하기 때문입니다. 그래서 이 포트에서 수신 대기하는 docker-proxy가 연결을 받습니다.',
			en: "When a host process connects to 127.0.0.1:8080, with the default `userland-proxy: true` the firewall leaves the connection alone: the nat table's OUTPUT jump to Docker's DNAT rules excludes destinations in 127.0.0.0/8. So docker-proxy, listening on that port, accepts it."
		},
		sources: [src.mobyRulesLoopback, src.dockerdReference]
	},
	{
		id: 'proxy-br',
		from: 'docker-proxy',
		to: 'br-app',
		label: { ko: '새 연결', en: 'new connection' },
		both: true,
		about: {
			ko: 'docker-proxy는 받은 연결을 그대로 넘기지 않고, 자신이 컨테이너의 주소와 포트(172.18.0.2:80)로 새 연결을 엽니다. 이 연결은 호스트의 라우팅을 따라 브리지로 나가므로 NAT를 거치지 않습니다. 두 연결 사이에서 바이트를 옮기는 것이 프록시의 일입니다.',
			en: "docker-proxy does not pass the connection it accepted on: it opens a new connection of its own to the container's address and port (172.18.0.2:80), routed by the host out to the bridge with no NAT, and copies bytes between the two connections."
		},
		sources: [src.mobyUserlandProxy, src.dockerdReference]
	},
	{
		id: 'curl-fw',
		from: 'host-curl',
		to: 'fw',
		label: { ko: '프록시 끔: DNAT', en: 'proxy off: DNAT' },
		style: 'dashed',
		both: true,
		about: {
			ko: '`--userland-proxy=false`로 실행한 데몬에서만 쓰이는 길입니다. OUTPUT 체인의 규칙이 루프백 주소도 DNAT 규칙으로 보내므로 127.0.0.1:8080으로 가는 연결도 172.18.0.2:80으로 바뀝니다. 출발지 127.0.0.1로는 브리지로 나갈 수 없으므로, dockerd는 브리지에 `route_localnet`을 켜고 호스트 주소에서 브리지로 나가는 패킷을 마스커레이드합니다.',
			en: 'The path taken only when the daemon runs with `--userland-proxy=false`: then "the jump from the OUTPUT chain to DOCKER happens even for loopback addresses", so a connection to 127.0.0.1:8080 is rewritten to 172.18.0.2:80 as well. A packet with source 127.0.0.1 could not leave for the bridge, so dockerd turns on `route_localnet` for the bridge and masquerades packets from a local address going out to it.'
		},
		sources: [src.mobyRulesNoProxy, src.mobyLibnetworkBridge]
	}
];
