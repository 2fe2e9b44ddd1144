/**
 * Edges of the host, none, container: and overlay views (domain.md E1, E3 N6 and the
 * overlay inset).
 */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

const vethPair = { ko: 'veth 쌍', en: 'veth pair' };

function overlayPath(n: 1 | 2): EdgeDef[] {
	const ctr = `alpine${n}`;
	return [
		{
			id: `${ctr}-app-eth0`,
			from: `${ctr}-app`,
			to: `${ctr}-eth0`,
			label: { ko: '소켓', en: 'socket' },
			both: true
		},
		{ id: `${ctr}-br0`, from: `${ctr}-eth0`, to: `ov${n}-br0`, label: vethPair, both: true },
		{
			id: `ov${n}-br0-vxlan`,
			from: `ov${n}-br0`,
			to: `ov${n}-vxlan`,
			label: { ko: '브리지 포트', en: 'bridge port' },
			both: true
		},
		{
			id: `ov${n}-vxlan-nic`,
			from: `ov${n}-vxlan`,
			to: `h${n}-eth0`,
			label: { ko: '캡슐화', en: 'wrap' },
			both: true
		},
		{
			id: `${ctr}-dns`,
			from: `${ctr}-app`,
			to: `dockerd${n}`,
			label: { ko: 'DNS · 127.0.0.11', en: 'DNS · 127.0.0.11' },
			style: 'dashed',
			both: true
		}
	];
}

export const modeEdges: EdgeDef[] = [
	{
		id: 'nic-hostnet',
		from: 'host-eth0',
		to: 'hostnet-app',
		label: { ko: ':80 · NAT 없음', en: ':80 · no NAT' },
		both: true,
		about: {
			ko: 'host 모드에서는 veth도 브리지도 NAT도 없습니다. 호스트 IP의 80번 포트로 온 연결이 곧바로 컨테이너의 프로세스에 도달합니다.',
			en: "In host mode there is no veth, no bridge and no NAT: a connection to port 80 of the host's IP address reaches the container's process directly."
		},
		sources: [src.dockerHostNetwork]
	},
	{
		id: 'nic-host-nginx',
		from: 'host-eth0',
		to: 'host-nginx',
		label: { ko: ':80', en: ':80' },
		both: true
	},
	{
		id: 'none-app-lo',
		from: 'none-app',
		to: 'none-lo',
		label: { ko: 'lo', en: 'lo' },
		both: true
	},
	{
		id: 'none-out',
		from: 'none-app',
		to: 'internet',
		label: { ko: '경로 없음', en: 'no route' },
		style: 'dashed'
	},
	{
		id: 'side-lo',
		from: 'side-app',
		to: 'web-lo',
		label: { ko: 'localhost:80', en: 'localhost:80' },
		both: true,
		about: {
			ko: '사이드카와 web은 같은 네트워크 네임스페이스에 있으므로 같은 루프백을 씁니다. 127.0.0.1:80으로 보낸 연결은 네임스페이스를 떠나지 않고 web에 도달합니다.',
			en: 'The sidecar and web share one network namespace and so one loopback: a connection to 127.0.0.1:80 reaches web without leaving the namespace.'
		},
		sources: [src.dockerNetworking]
	},
	...overlayPath(1),
	...overlayPath(2),
	{
		id: 'underlay',
		from: 'h1-eth0',
		to: 'h2-eth0',
		label: { ko: 'VXLAN · 4789/udp', en: 'VXLAN · 4789/udp' },
		both: true,
		about: {
			ko: '두 호스트 사이의 실제 네트워크(언더레이)입니다. 컨테이너 간 통신은 VXLAN으로 감싸여 UDP 4789번 포트로 이 네트워크를 건넙니다. 4789는 기본값이며 `docker swarm init --data-path-port`로 바꿀 수 있습니다.',
			en: 'The real network between the hosts (the underlay). Container traffic crosses it wrapped in VXLAN on UDP port 4789, "the default overlay traffic port", configurable with `docker swarm init --data-path-port`.'
		},
		sources: [src.dockerOverlay, src.dockerSwarmInit]
	},
	{
		id: 'swarm-control',
		from: 'dockerd1',
		to: 'dockerd2',
		label: { ko: '2377/tcp 제어 · 7946 tcp/udp', en: '2377/tcp control · 7946 tcp/udp' },
		style: 'dashed',
		both: true,
		about: {
			ko: '스웜의 제어 평면은 2377/tcp(설정 가능), 노드 사이 통신은 7946/tcp와 7946/udp(설정 불가)를 씁니다. 데이터인 4789/udp(기본값, 설정 가능)와 함께 호스트 사이에 열려 있어야 합니다.',
			en: 'The swarm control plane uses 2377/tcp (configurable) and communication among nodes 7946/tcp and 7946/udp (not configurable); both must be open between the hosts, with 4789/udp (the default, configurable) for the data.'
		},
		sources: [src.dockerOverlay]
	}
];
