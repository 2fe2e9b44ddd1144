/**
 * Edges of the bridge views: one edge per link a packet can cross (app ⇄ eth0 ⇄ veth ⇄ bridge),
 * the loopback path to the embedded DNS, and the firewall's NAT path to the outside (domain.md E3,
 * N1–N5). Packets walk these edges in either direction.
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
			ko: '기본 브리지의 게이트웨이입니다. 다른 브리지 네트워크로 가는 패킷은 여기서 방화벽 규칙에 막힙니다.',
			en: 'The default bridge\'s gateway. Packets for another bridge network are dropped here by the firewall rules: containers on different bridge networks "can\'t communicate directly".'
		},
		sources: [src.dockerBridge]
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
		id: 'curl-fw',
		from: 'host-curl',
		to: 'fw',
		label: { ko: '127.0.0.1:8080', en: '127.0.0.1:8080' },
		both: true
	}
];
