/**
 * Containers on bridge networks: `web` and `db` on the user-defined network app-net, `old` and
 * `cache` on the default bridge. Each has its own network namespace (a frame) holding the process
 * and its `eth0`; the other end of the veth pair sits in the host's namespace, plugged into the
 * bridge (moby libnetwork createVeth; domain.md E3).
 */
import type { FactDef, L10n, NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { inet } from './facts';

/**
 * The netns frame, eth0 and host-side veth of one container: the same facts for each. Listed
 * before the container's process so the frame is drawn first, under what it contains.
 */
function plumbing(name: string, address: string, bridge: L10n): NodeDef[] {
	return [
		{
			id: `${name}-ns`,
			label: { ko: `${name} 컨테이너`, en: `${name} container` },
			detail: { ko: '자신의 네트워크 네임스페이스', en: 'its own network namespace' },
			tone: 'netns',
			shape: 'frame',
			about: {
				ko: `컨테이너 ${name}의 네트워크 네임스페이스입니다. 인터페이스, 주소, 라우팅 테이블, 포트가 호스트와 다른 컨테이너로부터 분리되어 있어서, 컨테이너 안에서는 IP 주소와 게이트웨이, DNS를 가진 인터페이스 하나만 보입니다.`,
				en: `Container ${name}'s network namespace: its interfaces, addresses, routing table and ports are separate from the host's and every other container's. From inside, a container "only sees a network interface with an IP address, a gateway, a routing table, DNS services".`
			},
			sources: [src.dockerNetworking, src.manNamespaces],
			related: [{ diagram: 'namespaces', view: 'types', node: 'ns-net' }]
		},
		{
			id: `${name}-eth0`,
			label: { ko: 'eth0', en: 'eth0' },
			detail: { ko: `${name} 안쪽 veth 끝`, en: `veth end inside ${name}` },
			tone: 'iface',
			facts: [inet(address)],
			about: {
				ko: `veth 쌍의 컨테이너 쪽 끝으로, ${name}의 네임스페이스 안에서 eth0이라는 이름을 받습니다. 주소는 dockerd가 네트워크의 서브넷에서 할당하며, 컨테이너를 다시 만들면 바뀔 수 있습니다.`,
				en: `The container end of a veth pair, named eth0 inside ${name}'s namespace. dockerd allocates its address from the network's subnet; a recreated container may get another one.`
			},
			sources: [src.mobyBridgeDriver, src.dockerNetworking]
		},
		{
			id: `veth-${name}`,
			label: { ko: `veth (${name})`, en: `veth (${name})` },
			detail: { ko: '호스트 쪽 끝', en: 'host end' },
			tone: 'iface',
			about: {
				ko: `${name}의 veth 쌍 중 호스트 네임스페이스에 남은 끝으로, ${bridge.ko}에 포트로 꽂혀 있습니다. veth 쌍은 한쪽 끝에 들어간 프레임이 다른 쪽 끝으로 나오는 가상 케이블이어서, 트래픽은 이것을 타고 네임스페이스의 경계를 넘습니다.`,
				en: `The end of ${name}'s veth pair left in the host's namespace, plugged into ${bridge.en} as a port. A veth pair is a virtual cable: a frame sent into one end comes out of the other, so traffic crosses the namespace boundary through it.`
			},
			sources: [src.mobyBridgeDriver, src.dockerBridge]
		}
	];
}

const appNet: L10n = { ko: 'app-net 브리지', en: 'the app-net bridge' };
const defaultBridge: L10n = { ko: 'docker0', en: 'docker0' };

/** The address `db` has after it is recreated (step "recreate" of user-bridge relabels it). */
export const dbNewAddress = '172.18.0.4/16';
export const dbNewFacts: FactDef[] = [inet(dbNewAddress)];

export const containerNodes: NodeDef[] = [
	...plumbing('web', '172.18.0.2/16', appNet),
	{
		id: 'web-app',
		label: { ko: 'web', en: 'web' },
		detail: { ko: '앱 · :80에서 대기', en: 'app · listens on :80' },
		tone: 'app',
		about: {
			ko: '웹 애플리케이션 컨테이너의 프로세스입니다. 데이터베이스에는 주소가 아니라 이름으로, `postgres://db:5432`처럼 접속합니다. 이때 쓰는 포트는 호스트에 게시한 포트가 아니라 컨테이너 포트 5432입니다.',
			en: 'The process of the web application container. It reaches the database by name, not address: `postgres://db:5432`, using the container port 5432, not a published host port.'
		},
		sources: [src.dockerComposeNetworking, src.dockerBridge]
	},
	{
		id: 'web-lo',
		label: { ko: 'lo', en: 'lo' },
		detail: { ko: '루프백', en: 'loopback' },
		tone: 'iface',
		facts: [inet('127.0.0.1/8')],
		about: {
			ko: '컨테이너 자신의 루프백 인터페이스로, 호스트의 lo와는 별개입니다. `/etc/resolv.conf`는 `nameserver 127.0.0.11`을 가리키며, 내장 DNS는 이 루프백에서 질의를 받습니다. 같은 네트워크 네임스페이스를 공유하는 사이드카도 이 인터페이스로 web에 접속합니다.',
			en: "The container's own loopback interface, separate from the host's lo. `/etc/resolv.conf` says `nameserver 127.0.0.11`, and the embedded DNS server listens for queries on this loopback. A sidecar sharing the network namespace reaches web over it too."
		},
		sources: [src.dockerDns, src.mobyResolver, src.dockerNetworking]
	},
	...plumbing('db', '172.18.0.3/16', appNet),
	{
		id: 'db-app',
		label: { ko: 'db', en: 'db' },
		detail: { ko: 'PostgreSQL · :5432', en: 'PostgreSQL · :5432' },
		tone: 'app',
		about: {
			ko: '데이터베이스 컨테이너의 프로세스로, 5432번 포트에서 기다립니다. 포트를 게시하지 않았지만 같은 사용자 정의 네트워크의 컨테이너는 이 포트에 접속할 수 있습니다. 같은 사용자 정의 브리지의 컨테이너는 사실상 서로에게 모든 포트를 열어 두기 때문입니다.',
			en: 'The process of the database container, listening on port 5432. No port is published, yet containers on the same user-defined network reach it: they "effectively expose all ports to each other".'
		},
		sources: [src.dockerBridge, src.dockerComposeNetworking]
	},
	...plumbing('old', '172.17.0.2/16', defaultBridge),
	{
		id: 'old-app',
		label: { ko: 'old', en: 'old' },
		detail: { ko: '--network 없음', en: 'no --network' },
		tone: 'app',
		about: {
			ko: '`--network` 없이 실행해 기본 브리지에 연결된 컨테이너입니다. 내장 DNS를 쓰지 않고 호스트의 `/etc/resolv.conf` 사본을 받으므로, 다른 컨테이너를 이름으로 찾지 못합니다.',
			en: "A container run without `--network`, so it is on the default bridge. It does not use the embedded DNS server but gets a copy of the host's `/etc/resolv.conf`, so it cannot find other containers by name."
		},
		sources: [src.dockerDns, src.dockerBridge]
	},
	...plumbing('cache', '172.17.0.3/16', defaultBridge),
	{
		id: 'cache-app',
		label: { ko: 'cache', en: 'cache' },
		detail: { ko: '역시 기본 브리지', en: 'default bridge too' },
		tone: 'app',
		about: {
			ko: '역시 기본 브리지에 있는 컨테이너입니다. old는 이 컨테이너에 IP 주소로는 접속하지만 이름으로는 접속하지 못합니다. 레거시 `--link`가 이름을 줄 수 있지만, 그것은 old의 `/etc/hosts`에 cache의 주소를 적어 넣는 방식입니다.',
			en: "Another container on the default bridge. old reaches it by IP address but not by name. The legacy `--link` can give it a name, by writing cache's address into old's `/etc/hosts`."
		},
		sources: [src.dockerBridge, src.dockerLinks]
	}
];
