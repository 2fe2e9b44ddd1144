/**
 * The answer (`user-bridge`, the default view) and what it replaces (`default-bridge`). Steps follow
 * domain.md E2 (recommendation 1, 4) and E3 (N1, N2, N5); the recreate step quotes Compose's docs.
 */
import type { L10n, PacketDef, ViewDef } from '../../types';
import { dbNewFacts } from './nodes-containers';
import { HOST_GRID, HOST_GRID_NARROW, containerPlaces, merge } from './places';

const L = (ko: string, en: string): L10n => ({ ko, en });

/** web → db over the bridge: app, eth0, veth, bridge, veth, eth0, app. */
export const webToDb = [
	'web-app-eth0',
	'web-veth',
	'veth-web-br',
	'veth-db-br',
	'db-veth',
	'db-app-eth0'
];

const dnsQuery = (name: string, answer: string): PacketDef[] => [
	{ path: ['web-app-lo', 'lo-dns'], label: L(`DNS: ${name}?`, `DNS: ${name}?`) },
	{
		path: ['lo-dns', 'web-app-lo'],
		from: 'dns',
		label: L(`${name} = ${answer}`, `${name} = ${answer}`)
	}
];

const connect = (address: string): PacketDef => ({
	path: webToDb,
	label: L('connect db:5432', 'connect db:5432'),
	rewrite: [
		{
			at: 'web-eth0',
			label: L(`TCP 172.18.0.2 → ${address}:5432`, `TCP 172.18.0.2 → ${address}:5432`)
		}
	]
});

const userBridge = merge(
	{
		place: {
			// Over two columns of the top level, so that the question may be as wide as two
			// boxes: the note's question reads whole on wide frames.
			question: { col: 0, row: 0, cols: 2 },
			host: { col: 0, row: 1, cols: 2, grid: HOST_GRID },
			'br-app': { in: 'host', col: 2, row: 0 },
			dns: { in: 'host', col: 0, row: 1 },
			'web-lo': { in: 'web-ns', col: 0, row: 1 }
		},
		// Phones: the DNS across the top (web's loopback at the top of its namespace, below it), the
		// namespaces side by side, their veths below, the bridge across both columns at the bottom.
		narrow: {
			// Two rows for the question: on a phone its quote needs two lines (in English).
			question: { rows: 2 },
			host: { grid: HOST_GRID_NARROW, row: 2 },
			'br-app': { col: 0, row: 3, cols: 2 },
			dns: { col: 0, row: 0, cols: 2 }
		}
	},
	containerPlaces('web', 'left', 0, { row: 1, veth: 'below' }),
	containerPlaces('db', 'right', 0, { row: 1, veth: 'below' })
);
// Both eth0s sit level with their app (web's namespace is taller: its loopback is below).
userBridge.place['web-eth0'] = { in: 'web-ns', dock: 'right', at: 0.36 };
userBridge.place['db-eth0'] = { in: 'db-ns', dock: 'left', at: 0.36 };
// On phones both eth0s hang below their namespace, centred over their veth…
userBridge.narrow['web-eth0'] = { dock: 'bottom', at: 0.5 };
// …and web's loopback goes above the app, so the app's way down to eth0 crosses nothing.
userBridge.narrow['web-lo'] = { row: 0 };
userBridge.narrow['web-app'] = { row: 1 };
userBridge.narrow['db-eth0'] = { dock: 'bottom', at: 0.5 };

export const userBridgeView: ViewDef = {
	id: 'user-bridge',
	title: L('답: 사용자 정의 브리지', 'The answer: a user-defined bridge'),
	summary: L(
		'노트의 질문에 대한 답입니다. 같은 호스트의 컨테이너는 사용자 정의 브리지 네트워크에 두고 이름으로 통신합니다. web이 db를 찾아 접속하는 패킷을 홉마다 따라갑니다.',
		'The answer to the note’s question: containers on one host share a user-defined bridge network and talk by name. Follow web’s packets to db, hop by hop.'
	),
	layout: { kind: 'boxes', ...userBridge },
	steps: [
		{
			narration: L(
				'노트는 컨테이너 간 통신을 어떤 방법으로 하는 것이 좋은지 묻습니다. 이 그림이 답입니다. 같은 호스트라면 컨테이너들을 사용자 정의 브리지 네트워크 하나에 두고 IP 주소가 아니라 이름으로 통신하게 합니다. web이 db에 접속하는 과정을 따라가 봅니다.',
				'The note asks which way containers should talk to each other. This picture is the answer: on one host, put them on one user-defined bridge network and let them talk by name, not by IP address. Follow web as it connects to db.'
			),
			highlight: ['question', 'br-app', 'web-ns', 'db-ns']
		},
		{
			narration: L(
				'`docker network create app-net`은 리눅스 브리지 하나와 서브넷 172.18.0.0/16을 만듭니다. `--network app-net`으로 실행한 web과 db는 각자 자신의 네트워크 네임스페이스를 받습니다. dockerd는 컨테이너마다 veth 쌍을 만들어 한쪽 끝은 네임스페이스 안의 eth0으로, 다른 끝은 브리지에 꽂습니다.',
				'`docker network create app-net` makes one Linux bridge and the subnet 172.18.0.0/16. web and db, run with `--network app-net`, each get a network namespace of their own; for each, dockerd creates a veth pair, one end inside the namespace as eth0, the other plugged into the bridge.'
			),
			highlight: ['web-ns', 'db-ns', 'web-eth0', 'db-eth0', 'veth-web', 'veth-db', 'br-app'],
			edges: ['web-veth', 'veth-web-br', 'db-veth', 'veth-db-br']
		},
		{
			narration: L(
				'web이 먼저 `db`라는 이름을 찾습니다. 컨테이너의 `/etc/resolv.conf`는 127.0.0.11을 가리키고, 이 주소로 보낸 질의는 dockerd 안의 내장 DNS로 전달됩니다. 내장 DNS는 같은 네트워크에 있는 db의 현재 주소 172.18.0.3을 답합니다.',
				"First web looks up the name `db`. The container's `/etc/resolv.conf` points at 127.0.0.11, and queries to that address are redirected to the embedded DNS server inside dockerd, which answers with db's current address on the shared network, 172.18.0.3."
			),
			highlight: ['web-app', 'web-lo', 'dns'],
			edges: ['web-app-lo', 'lo-dns'],
			packets: dnsQuery('db', '172.18.0.3')
		},
		{
			narration: L(
				'이제 web이 `db:5432`로 접속합니다. 패킷은 web의 eth0을 떠나 veth 쌍을 지나 호스트의 네임스페이스로 나오고, 브리지가 db 쪽 veth로 넘기면 db의 네임스페이스 안 eth0으로 들어갑니다. NAT도 포트 게시도 없는 2계층 전달입니다.',
				"Now web connects to `db:5432`. The packet leaves web's eth0, crosses the veth pair into the host's namespace, the bridge forwards it to db's veth, and it enters db's namespace at its eth0: forwarding at layer 2, with no NAT and no published port."
			),
			highlight: ['web-app', 'web-eth0', 'veth-web', 'br-app', 'veth-db', 'db-eth0', 'db-app'],
			edges: webToDb,
			packets: [connect('172.18.0.3')]
		},
		{
			narration: L(
				'db는 포트를 하나도 게시하지 않았는데도 연결됩니다. 같은 사용자 정의 브리지의 컨테이너는 사실상 서로에게 모든 포트를 열어 둡니다. `-p`는 이 네트워크 밖의 클라이언트를 위한 것이고, 컨테이너 간 통신에서는 호스트 포트가 아니라 컨테이너 포트 5432로 접속합니다.',
				'db published no port at all, yet the connection works: containers on the same user-defined bridge "effectively expose all ports to each other". `-p` is for clients outside the network, and containers connect to the container port, 5432, not a host port.'
			),
			highlight: ['db-app', 'br-app', 'web-app'],
			edges: webToDb
		},
		{
			narration: L(
				'db를 다시 만들면(`docker rm -f db` 후 다시 `docker run`) 새 컨테이너는 같은 이름으로 네트워크에 합류하지만 IP 주소는 바뀔 수 있습니다. 여기서는 172.18.0.4를 받았습니다. Compose 문서도 `docker compose up`이 컨테이너를 바꿀 때 새 컨테이너가 다른 IP 주소, 같은 이름으로 합류한다고 설명합니다. web은 이름으로 다시 물어 새 주소를 받고 그대로 접속합니다. 주소를 코드나 설정에 적어 두었다면 여기서 연결이 끊겼을 것입니다.',
				'Recreate db (`docker rm -f db`, then `docker run` again) and the new container joins the network under the same name, but its IP address may change: here it got 172.18.0.4. Compose\'s docs say the same of `docker compose up` replacing a container: "the new one joins the network under a different IP address but the same name". web asks for the name again, gets the new address and connects as before. Had the address been written into code or config, the connection would break here.'
			),
			highlight: ['db-app', 'db-eth0', 'dns', 'web-app'],
			edges: ['web-app-lo', 'lo-dns', ...webToDb],
			relabel: {
				'db-eth0': { facts: dbNewFacts },
				'db-app': { detail: L('다시 만듦 · :5432', 'recreated · :5432') }
			},
			packets: [...dnsQuery('db', '172.18.0.4'), connect('172.18.0.4')]
		},
		{
			narration: L(
				'정리하면, 한 호스트에서는 사용자 정의 네트워크와 이름이 답입니다. Docker Compose는 앱마다 이런 네트워크를 하나 만들어 모든 서비스를 연결하고 서비스 이름으로 찾게 해 주므로, Compose를 쓰면 이 구성이 기본입니다. 여러 호스트, localhost 공유 같은 다른 경우는 "선택" 보기에 정리되어 있습니다.',
				'In short: on one host, a user-defined network and names. Docker Compose "sets up a single network for your app" where every service is "discoverable by the service\'s name", so with Compose this is the default. Other cases (several hosts, a shared localhost…) are in the "Choose" view.'
			),
			highlight: ['question', 'br-app', 'dns']
		}
	]
};

const defaultBridge = merge(
	{
		place: {
			host: { col: 0, row: 0, grid: HOST_GRID },
			docker0: { in: 'host', col: 2, row: 0 },
			fw: { in: 'host', col: 2, row: 1 },
			'br-app': { in: 'host', col: 2, row: 2 }
		},
		// Phones: old and cache side by side over docker0, the firewall under it, then app-net's
		// bridge beside web's veth and web's namespace across the last row.
		narrow: {
			host: { grid: HOST_GRID_NARROW },
			docker0: { col: 0, row: 2, cols: 2 },
			fw: { col: 0, row: 3, cols: 2 },
			'br-app': { col: 0, row: 4 }
		}
	},
	containerPlaces('old', 'left', 0, { row: 0, veth: 'below' }),
	containerPlaces('cache', 'right', 0, { row: 0, veth: 'below' }),
	containerPlaces('web', 'left', 2, { row: 5, veth: 'above' })
);
// On phones web's namespace takes the whole last row, its veth right of the bridge above it, so
// eth0 docks on the top border at the right, clear of the frame's label.
defaultBridge.narrow['web-ns'] = { col: 0, row: 5, cols: 2 };
defaultBridge.narrow['veth-web'] = { col: 1, row: 4 };
defaultBridge.narrow['web-eth0'] = { dock: 'top', at: 0.75 };
// A 480×270 embed: the containers' columns a little wider, so that "cache container" fits on
// its namespace's label line (it was cut to "cache…"), the veths' a little narrower.
const compactBridge = {
	compact: { host: { grid: { cols: 5, widths: [3.3, 1.2, 1.8, 1.2, 3.3] } } }
};

const oldToCache = [
	'old-app-eth0',
	'old-veth',
	'veth-old-br',
	'veth-cache-br',
	'cache-veth',
	'cache-app-eth0'
];

export const defaultBridgeView: ViewDef = {
	id: 'default-bridge',
	title: L('기본 브리지 (피할 것)', 'Default bridge (avoid)'),
	summary: L(
		'`--network` 없이 실행한 컨테이너가 붙는 docker0입니다. IP로만 통신하고, `--link`는 레거시이며, 사용자 정의 네트워크의 컨테이너에는 직접 접속하지 못합니다.',
		'docker0, where containers run without `--network` end up: reachable by IP only, `--link` is legacy, and containers on a user-defined network are out of reach.'
	),
	layout: { kind: 'boxes', ...defaultBridge, ...compactBridge },
	steps: [
		{
			narration: L(
				'`--network` 없이 `docker run`을 하면 컨테이너는 기본 브리지 네트워크 `bridge`, 곧 리눅스 브리지 docker0에 붙습니다. old와 cache도 그렇게 실행했습니다. 관계없는 컨테이너까지 모두 이 한 네트워크를 함께 씁니다.',
				'`docker run` without `--network` attaches the container to the default bridge network `bridge`, the Linux bridge docker0. old and cache were run that way, and so is every unrelated container: they all share this one network.'
			),
			highlight: ['docker0', 'old-ns', 'cache-ns'],
			edges: ['veth-old-br', 'veth-cache-br']
		},
		{
			narration: L(
				'기본 브리지의 컨테이너는 IP 주소로 서로 통신합니다. old가 `ping 172.17.0.3`을 하면 패킷은 veth와 docker0을 지나 cache에 도착합니다.',
				'Containers on the default bridge reach each other by IP address: old runs `ping 172.17.0.3`, and the packet crosses the veths and docker0 to cache.'
			),
			highlight: ['old-app', 'docker0', 'cache-app'],
			edges: oldToCache,
			packets: [{ path: oldToCache, label: L('ping 172.17.0.3', 'ping 172.17.0.3') }]
		},
		{
			narration: L(
				'하지만 이름으로는 접속하지 못합니다. 기본 브리지의 컨테이너는 내장 DNS를 쓰지 않고 호스트 `/etc/resolv.conf`의 사본을 받으므로, `ping cache`는 이름을 찾지 못해 실패하고, cache에는 패킷이 하나도 가지 않습니다.',
				"By name, though, they cannot: containers on the default bridge don't use the embedded DNS server but get a copy of the host's `/etc/resolv.conf`, so `ping cache` fails to resolve the name, and not one packet goes to cache."
			),
			highlight: ['old-app', 'cache-app'],
			packets: [
				{
					path: ['old-app-eth0'],
					label: L('ping cache', 'ping cache'),
					blocked: { reason: L('이름을 찾지 못함', 'name not found'), at: 0.5 }
				}
			]
		},
		{
			narration: L(
				'예전 방식인 `--link cache`는 old의 `/etc/hosts`에 cache의 주소를 적어 이름을 줍니다. 하지만 레거시 기능이라 언젠가 제거될 수 있고, 링크는 방향마다 따로 만들어야 하므로 컨테이너가 늘면 금세 복잡해집니다.',
				'The old way, `--link cache`, gives a name by writing cache\'s address into old\'s `/etc/hosts`. But it is a legacy feature that "may eventually be removed", and links must be made in both directions, which gets complex beyond two containers.'
			),
			highlight: ['old-app', 'cache-app'],
			edges: oldToCache,
			relabel: {
				'old-app': {
					detail: L('--link cache (레거시)', '--link cache (legacy)'),
					facts: [{ key: '/etc/hosts', value: '172.17.0.3 cache' }]
				}
			},
			packets: [
				{
					path: oldToCache,
					label: L('ping cache', 'ping cache'),
					rewrite: [{ at: 'old-eth0', label: L('ping 172.17.0.3', 'ping 172.17.0.3') }]
				}
			]
		},
		{
			narration: L(
				'old가 사용자 정의 네트워크 app-net의 web(172.18.0.2)에 직접 접속하려 하면 막힙니다. 패킷은 게이트웨이 172.17.0.1까지는 가지만, 호스트가 이것을 app-net 브리지로 넘기려 할 때 bridge 드라이버가 설치한 격리 규칙(iptables/nftables의 FORWARD 경로)이 버립니다. old에게 남은 길은 web이 호스트 주소에 게시한 포트뿐입니다.',
				'When old tries to reach web (172.18.0.2) on the user-defined network app-net directly, it is blocked. The packet gets as far as its gateway, 172.17.0.1, but when the host would route it on to the app-net bridge, the isolation rules the bridge driver installed (iptables/nftables, on the FORWARD path) drop it. All old could use is a port web published on a host address.'
			),
			highlight: ['old-app', 'docker0', 'fw', 'web-ns'],
			edges: ['docker0-fw', 'br-app-fw'],
			relabel: { 'old-app': {} },
			packets: [
				{
					path: ['old-app-eth0', 'old-veth', 'veth-old-br', 'docker0-fw'],
					label: L('172.17.0.2 → 172.18.0.2', '172.17.0.2 → 172.18.0.2'),
					blocked: {
						reason: L('격리 규칙: DROP', 'isolation rule: DROP')
					}
				}
			]
		},
		{
			narration: L(
				'해결책은 기본 브리지를 떠나는 것입니다. 처음부터 `--network app-net`으로 실행하거나 `docker network connect app-net old`로 연결하면 old는 web과 이름으로 통신합니다. 사용자 정의 네트워크는 실행 중에 연결하고 끊을 수 있지만, 기본 브리지에서 빼려면 컨테이너를 다시 만들어야 합니다.',
				'The fix is to leave the default bridge: run with `--network app-net` from the start, or `docker network connect app-net old`, and old talks to web by name. User-defined networks can be connected and disconnected on the fly; leaving the default bridge means recreating the container.'
			),
			highlight: ['br-app', 'web-ns', 'old-ns']
		}
	]
};
