/**
 * `overlay`: two hosts in a swarm, containers alpine1 and alpine2 on the attachable overlay
 * test-net (Docker's overlay tutorial; domain.md E1 and the E3 inset). The hosts are stacked, each
 * in one row — daemon, container, overlay namespace, NIC — so the packet reads left to right in
 * host1 and back in host2, and the swarm link (daemon to daemon) and the underlay (NIC to NIC) run
 * straight down, crossing no box. On phones each host takes two rows (containers over daemon and
 * NIC; host2 upside down, so both links still run straight down). (Two rows on every frame made
 * the view twice as tall as wide; side by side, a 480-unit embed had no room for the namespaces'
 * names.)
 */
import type { BoxPlace, L10n, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });
const same = (s: string) => L(s, s);

function hostPlaces(n: 1 | 2): {
	place: Record<string, BoxPlace>;
	narrow: Record<string, Partial<BoxPlace>>;
} {
	const top = n === 1 ? 0 : 1; // phones: host2 has its daemon and NIC row above its containers
	const ctr = `alpine${n}`;
	return {
		place: {
			[`host${n}`]: { col: 0, row: n - 1, grid: { cols: 4, widths: [0.9, 1.7, 1.6, 0.9] } },
			[`dockerd${n}`]: { in: `host${n}`, col: 0, row: 0 },
			[`${ctr}-ns`]: { in: `host${n}`, col: 1, row: 0 },
			[`${ctr}-app`]: { in: `${ctr}-ns`, col: 0, row: 0 },
			[`${ctr}-eth0`]: { in: `${ctr}-ns`, dock: 'right' },
			[`ov${n}-ns`]: { in: `host${n}`, col: 2, row: 0, grid: { cols: 2 } },
			[`ov${n}-br0`]: { in: `ov${n}-ns`, col: 0, row: 0 },
			[`ov${n}-vxlan`]: { in: `ov${n}-ns`, col: 1, row: 0 },
			[`h${n}-eth0`]: { in: `host${n}`, col: 3, row: 0 }
		},
		narrow: {
			[`host${n}`]: { grid: { cols: 2, widths: [1, 1.3] } },
			[`${ctr}-ns`]: { col: 0, row: top },
			[`ov${n}-ns`]: { col: 1, row: top },
			[`dockerd${n}`]: { col: 0, row: 1 - top },
			[`h${n}-eth0`]: { col: 1, row: 1 - top }
		}
	};
}
const host1 = hostPlaces(1);
const host2 = hostPlaces(2);

/** alpine1 → alpine2: eth0, br0, vxlan, NIC, underlay, NIC, vxlan, br0, eth0. */
const acrossHosts = [
	'alpine1-app-eth0',
	'alpine1-br0',
	'ov1-br0-vxlan',
	'ov1-vxlan-nic',
	'underlay',
	'ov2-vxlan-nic',
	'ov2-br0-vxlan',
	'alpine2-br0',
	'alpine2-app-eth0'
];

const ping = same('ICMP 10.0.0.4 → 10.0.0.5');

export const overlayView: ViewDef = {
	id: 'overlay',
	title: L('overlay (여러 호스트)', 'Overlay (several hosts)'),
	summary: L(
		'스웜으로 묶인 두 호스트의 컨테이너가 overlay 네트워크에서 이름으로 서로를 찾고, VXLAN(UDP 4789)으로 감싼 패킷을 주고받습니다.',
		'Containers on two hosts of a swarm find each other by name on an overlay network and exchange packets wrapped in VXLAN (UDP 4789).'
	),
	layout: {
		kind: 'boxes',
		place: { ...host1.place, ...host2.place },
		narrow: { ...host1.narrow, ...host2.narrow }
	},
	steps: [
		{
			narration: L(
				'한 호스트를 넘어가면 브리지 네트워크로는 통신할 수 없습니다. overlay 네트워크는 여러 Docker 호스트에 걸친 분산 네트워크를 만드는데, 그러려면 호스트들이 스웜에 속해야 합니다. host1에서 `docker swarm init`, host2에서 `docker swarm join`을 합니다. 호스트 사이에는 2377/tcp(제어), 7946/tcp·udp(노드 사이), 4789/udp(데이터, 기본값이며 `docker swarm init --data-path-port`로 바꿀 수 있음)가 열려 있어야 합니다.',
				'Beyond one host, bridge networks do not reach. An overlay network "creates a distributed network among multiple Docker daemon hosts", and for that the hosts must be in a swarm: `docker swarm init` on host1, `docker swarm join` on host2. Between them 2377/tcp (control), 7946/tcp+udp (node communication) and 4789/udp (data; the default, configurable with `docker swarm init --data-path-port`) must be open.'
			),
			highlight: ['dockerd1', 'dockerd2', 'h1-eth0', 'h2-eth0'],
			edges: ['swarm-control', 'underlay']
		},
		{
			narration: L(
				'`docker network create -d overlay --attachable test-net`으로 만든 네트워크에는 서비스가 아닌 독립 컨테이너도 붙을 수 있습니다. host1에서 alpine1을, host2에서 alpine2를 `--network test-net`으로 실행하면, overlay 드라이버가 호스트마다 이 네트워크 전용 네임스페이스에 브리지와 VXLAN 장치를 만들고 컨테이너를 그 브리지에 연결합니다.',
				'A network created with `docker network create -d overlay --attachable test-net` accepts standalone containers, not only services. Run alpine1 on host1 and alpine2 on host2 with `--network test-net`, and on each host the overlay driver makes a namespace for the network with a bridge and a VXLAN device in it, and connects the container to that bridge.'
			),
			highlight: ['alpine1-ns', 'alpine2-ns', 'ov1-ns', 'ov2-ns'],
			edges: ['alpine1-br0', 'alpine2-br0', 'ov1-br0-vxlan', 'ov2-br0-vxlan']
		},
		{
			narration: L(
				'alpine1이 `ping alpine2`를 합니다. overlay도 사용자 정의 네트워크이므로 내장 DNS가 다른 호스트에 있는 alpine2의 주소 10.0.0.5를 답합니다. 이름 검색은 컨테이너 이름이 유일할 때만 동작합니다.',
				'alpine1 runs `ping alpine2`. An overlay is a user-defined network too, so the embedded DNS answers with the address of alpine2, on the other host: 10.0.0.5. Discovery by name only works with unique container names.'
			),
			highlight: ['alpine1-app', 'dockerd1'],
			edges: ['alpine1-dns'],
			packets: [
				{ path: ['alpine1-dns'], label: same('DNS: alpine2?') },
				{ path: ['alpine1-dns'], from: 'dockerd1', label: same('alpine2 = 10.0.0.5') }
			]
		},
		{
			narration: L(
				'ping 패킷은 alpine1의 eth0에서 host1의 br0으로 가고, 목적지가 다른 호스트에 있으므로 VXLAN 장치가 이것을 UDP 4789번(기본값) 패킷으로 감싸 host1의 주소에서 host2의 주소로 보냅니다. host2의 VXLAN 장치가 포장을 풀면 원래의 10.0.0.4 → 10.0.0.5 패킷이 br0을 지나 alpine2에 도달합니다. 두 컨테이너 모두 호스트 사이의 라우팅을 알 필요가 없습니다.',
				"The ping leaves alpine1's eth0 for host1's br0; the destination is on another host, so the VXLAN device wraps it in a UDP packet to port 4789 (the default), from host1's address to host2's. host2's VXLAN device unwraps it, and the original 10.0.0.4 → 10.0.0.5 packet crosses br0 to alpine2. Neither container needs to know anything about routing between the hosts."
			),
			highlight: [
				'alpine1-app',
				'alpine1-eth0',
				'ov1-br0',
				'ov1-vxlan',
				'h1-eth0',
				'h2-eth0',
				'ov2-vxlan',
				'ov2-br0',
				'alpine2-eth0',
				'alpine2-app'
			],
			edges: acrossHosts,
			packets: [
				{
					path: acrossHosts,
					label: ping,
					rewrite: [
						{ at: 'ov1-vxlan', label: same('VXLAN · UDP 192.168.1.10 → 192.168.1.11:4789') },
						{ at: 'ov2-vxlan', label: ping }
					]
				}
			]
		},
		{
			narration: L(
				'VXLAN 트래픽은 기본적으로 암호화되지 않습니다. `--opt encrypted`로 만든 네트워크는 VXLAN 수준에서 IPsec으로 암호화하지만 성능 부담이 작지 않으니 먼저 시험해 보십시오. 정리하면, 여러 호스트에 걸친 컨테이너 간 통신의 답은 스웜의 overlay 네트워크이고, 독립 컨테이너에는 `--attachable`이 필요합니다.',
				'VXLAN traffic is not encrypted by default. A network created with `--opt encrypted` adds IPsec at the VXLAN level, at "a non-negligible performance penalty", so test it first. In short: for containers on several hosts, the answer is an overlay network in a swarm, `--attachable` for standalone containers.'
			),
			highlight: ['ov1-vxlan', 'ov2-vxlan'],
			edges: ['underlay']
		}
	]
};
