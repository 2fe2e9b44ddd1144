/**
 * Nodes of the overlay view: two Docker hosts in one swarm, each with a standalone container on the
 * attachable overlay network `test-net` (the example of Docker's overlay docs: alpine1 on host1,
 * alpine2 on host2). On each host the overlay driver keeps a namespace of its own for the network,
 * holding a bridge and a VXLAN device (moby ov_network.go, setupSubnetSandbox).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { fact, inet } from './facts';

function overlayHost(n: 1 | 2, role: { ko: string; en: string }, hostIp: string, ctrIp: string) {
	const ctr = `alpine${n}`;
	const nodes: NodeDef[] = [
		{
			id: `host${n}`,
			label: { ko: `host${n}`, en: `host${n}` },
			detail: { ko: `Docker 호스트 · 스웜 ${role.ko}`, en: `Docker host · swarm ${role.en}` },
			tone: 'kernel',
			shape: 'frame',
			about: {
				ko: `같은 스웜에 속한 Docker 호스트 중 하나입니다(${role.ko}). overlay 네트워크를 쓰려면 독립 컨테이너만 연결하더라도 호스트들이 스웜에 속해 있어야 합니다.`,
				en: `One of the Docker hosts in the swarm (a ${role.en}). "Docker hosts must be part of a swarm to use overlay networks, even when connecting standalone containers."`
			},
			sources: [src.dockerOverlay]
		},
		{
			id: `dockerd${n}`,
			label: { ko: 'dockerd', en: 'dockerd' },
			detail: { ko: '내장 DNS', en: 'embedded DNS' },
			tone: 'engine',
			about: {
				ko: `host${n}의 Docker 데몬입니다. 스웜의 제어 정보와 노드 사이 정보를 주고받고, 내장 DNS로 overlay 네트워크의 컨테이너 이름에 답합니다. 그래서 다른 호스트의 컨테이너도 이름으로 찾을 수 있습니다.`,
				en: `host${n}'s Docker daemon. It exchanges swarm control and node-to-node information with the other hosts, and its embedded DNS answers the names of containers on the overlay network, so a container on the other host can be found by name.`
			},
			sources: [src.dockerOverlay, src.dockerDns]
		},
		{
			id: `${ctr}-ns`,
			label: { ko: `${ctr} 컨테이너`, en: `${ctr} container` },
			detail: { ko: '자신의 네트워크 네임스페이스', en: 'its own network namespace' },
			tone: 'netns',
			shape: 'frame',
			about: {
				ko: `host${n}에서 \`docker run --network test-net --name ${ctr} alpine\`으로 실행한 독립 컨테이너의 네트워크 네임스페이스입니다. test-net을 \`--attachable\`로 만들었기 때문에 스웜 서비스가 아닌 컨테이너도 연결할 수 있습니다.`,
				en: `The network namespace of a standalone container started on host${n} with \`docker run --network test-net --name ${ctr} alpine\`. Only because test-net was created \`--attachable\` can a plain container (not a swarm service) join it.`
			},
			sources: [src.dockerOverlay]
		},
		{
			id: `${ctr}-app`,
			label: { ko: ctr, en: ctr },
			detail: { ko: 'ping', en: 'ping' },
			tone: 'app',
			about: {
				ko: `${ctr}의 프로세스입니다. 다른 호스트에 있는 컨테이너에도 \`ping alpine${3 - n}\`처럼 이름으로 접속합니다. 이름 검색은 컨테이너 이름이 유일할 때만 동작합니다.`,
				en: `${ctr}'s process. It reaches the container on the other host by name, as in \`ping alpine${3 - n}\`; automatic DNS discovery "only works with unique container names".`
			},
			sources: [src.dockerOverlay]
		},
		{
			id: `${ctr}-eth0`,
			label: { ko: 'eth0', en: 'eth0' },
			detail: { ko: 'test-net의 주소', en: 'address on test-net' },
			tone: 'iface',
			facts: [inet(ctrIp)],
			about: {
				ko: `overlay 네트워크 test-net에서 ${ctr} 컨테이너가 받은 인터페이스입니다(주소는 예시). 다른 쪽 끝은 호스트의 기본 네임스페이스가 아니라 이 네트워크 전용 네임스페이스의 브리지에 꽂혀 있습니다.`,
				en: `${ctr}'s interface on the overlay network test-net (the address is an example). Its other end is plugged not into the host's namespace but into the bridge of the network's own namespace.`
			},
			sources: [src.dockerOverlay, src.mobyOverlayNetwork]
		},
		{
			id: `ov${n}-ns`,
			label: { ko: 'test-net 네임스페이스', en: 'test-net namespace' },
			detail: { ko: 'overlay 드라이버 전용', en: "the overlay driver's own" },
			tone: 'network',
			shape: 'frame',
			about: {
				ko: `overlay 드라이버는 호스트마다 네트워크 하나당 네임스페이스를 하나 만들고, 그 안에 서브넷마다 브리지와 VXLAN 장치를 둡니다. 이 호스트의 test-net 컨테이너들은 모두 이 브리지에 연결됩니다.`,
				en: 'On each host the overlay driver makes one namespace per network and puts a bridge and a VXLAN device for each subnet inside it ("create a bridge and vxlan device for this subnet and move it to the sandbox"). Every test-net container on this host is connected to that bridge.'
			},
			sources: [src.mobyOverlayNetwork]
		},
		{
			id: `ov${n}-br0`,
			label: { ko: 'br0', en: 'br0' },
			detail: { ko: 'overlay의 브리지', en: "the overlay's bridge" },
			tone: 'bridge',
			facts: [fact('gateway', '게이트웨이', '10.0.0.1')],
			about: {
				ko: 'test-net 네임스페이스 안의 리눅스 브리지로, 이 호스트의 test-net 컨테이너와 VXLAN 장치를 잇습니다. 목적지가 다른 호스트에 있으면 프레임은 VXLAN 장치로 갑니다. 드라이버는 이 브리지를 호스트에서 `ov-<VNI>-<네트워크 ID 앞 5자>`라는 이름으로 만든 뒤 네임스페이스로 옮기며, 안에서는 br 접두사 이름(br0)을 받습니다.',
				en: "The Linux bridge inside test-net's namespace, joining this host's test-net containers and the VXLAN device. Frames for a container on another host go to the VXLAN device. The driver creates it on the host as `ov-<VNI>-<first 5 characters of the network ID>` and moves it into the namespace, where it gets a name with the prefix br (br0)."
			},
			sources: [src.mobyOverlayNetwork]
		},
		{
			id: `ov${n}-vxlan`,
			label: { ko: 'vxlan0', en: 'vxlan0' },
			detail: { ko: 'VXLAN 터널 끝점', en: 'VXLAN tunnel end' },
			tone: 'iface',
			facts: [fact('port', '포트', '4789/udp')],
			about: {
				ko: '컨테이너의 이더넷 프레임을 VXLAN으로 감싸 UDP 4789번 포트(기본값이며 `docker swarm init --data-path-port`로 바꿀 수 있습니다)로 다른 호스트에 보내고, 받은 것은 풀어서 브리지에 넘깁니다. `--opt encrypted`로 만든 네트워크에서는 VXLAN 수준에서 IPsec으로 암호화하는데, 성능 부담이 작지 않습니다. 드라이버는 이 장치를 호스트에서 `vx-<VNI>-<네트워크 ID 앞 5자>`라는 이름으로 만든 뒤 네임스페이스로 옮기며, 안에서는 vxlan 접두사 이름(vxlan0)을 받습니다.',
				en: 'Wraps a container\'s Ethernet frames in VXLAN and sends them to the other host on UDP port 4789 ("the default overlay traffic port", configurable with `docker swarm init --data-path-port`); unwraps what arrives and hands it to the bridge. A network created with `--opt encrypted` adds "IPsec encryption at the level of the Virtual Extensible LAN (VXLAN)", at a "non-negligible performance penalty". The driver creates it on the host as `vx-<VNI>-<first 5 characters of the network ID>` and moves it into the namespace, where it gets a name with the prefix vxlan (vxlan0).'
			},
			sources: [src.dockerOverlay, src.dockerSwarmInit, src.mobyOverlayNetwork]
		},
		{
			id: `h${n}-eth0`,
			label: { ko: `host${n} NIC`, en: `host${n} NIC` },
			detail: { ko: 'eth0 · 언더레이', en: 'eth0 · underlay' },
			tone: 'underlay',
			facts: [inet(hostIp)],
			about: {
				ko: `host${n}의 실제 네트워크 인터페이스입니다(주소는 예시). VXLAN으로 감싼 패킷은 이 두 호스트 주소 사이를 오가며, 호스트 사이에 2377/tcp, 4789/udp(기본값), 7946/tcp·udp가 열려 있어야 합니다.`,
				en: `host${n}'s real network interface (the address is an example). Wrapped VXLAN packets travel between the two host addresses; 2377/tcp, 4789/udp (by default) and 7946/tcp+udp must be open between the hosts.`
			},
			sources: [src.dockerOverlay]
		}
	];
	return nodes;
}

export const overlayNodes: NodeDef[] = [
	...overlayHost(1, { ko: '매니저', en: 'manager' }, '192.168.1.10', '10.0.0.4/24'),
	...overlayHost(2, { ko: '워커', en: 'worker' }, '192.168.1.11', '10.0.0.5/24')
];
