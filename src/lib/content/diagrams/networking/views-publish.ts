/**
 * `publish`: what `-p 8080:80` does (domain.md E3 N3, N4; E2 recommendation 2): DNAT in, masquerade
 * out, no port needed between containers, and binding to 127.0.0.1.
 */
import type { L10n, ViewDef } from '../../types';
import { HOST_GRID, HOST_GRID_NARROW, containerPlaces, merge } from './places';
import { webToDb } from './views-bridge';

const L = (ko: string, en: string): L10n => ({ ko, en });
const same = (s: string) => L(s, s);

/** From the host's NIC (or the firewall) in to web's process. */
const fwToWeb = ['br-app-fw', 'veth-web-br', 'web-veth', 'web-app-eth0'];

const places = merge(
	{
		place: {
			internet: { col: 3, row: 0 },
			client: { col: 4, row: 0 },
			host: { col: 0, row: 1, cols: 5, grid: HOST_GRID },
			'host-curl': { in: 'host', col: 0, row: 0 },
			fw: { in: 'host', col: 2, row: 0 },
			'host-eth0': { in: 'host', col: 4, row: 0 },
			'br-app': { in: 'host', col: 2, row: 1 }
		},
		// Phones: containers on top, the bridge across both columns under their veths, then curl
		// beside the firewall, the host's NIC at the bottom and the outside below the host.
		narrow: {
			internet: { col: 0, row: 1 },
			client: { col: 1, row: 1 },
			host: { col: 0, row: 0, cols: 2, grid: HOST_GRID_NARROW },
			'host-curl': { col: 0, row: 3 },
			fw: { col: 1, row: 3 },
			'host-eth0': { col: 0, row: 4, cols: 2 },
			'br-app': { col: 0, row: 2, cols: 2 }
		}
	},
	containerPlaces('web', 'left', 1, { row: 0, veth: 'below' }),
	containerPlaces('db', 'right', 1, { row: 0, veth: 'below' })
);

export const publishView: ViewDef = {
	id: 'publish',
	title: L('포트 게시 (-p)', 'Publishing ports (-p)'),
	summary: L(
		'`-p 8080:80`은 호스트 밖의 클라이언트를 위한 것입니다. 들어올 때는 DNAT, 나갈 때는 마스커레이드를 거치며, 컨테이너끼리는 게시한 포트가 필요 없습니다.',
		'`-p 8080:80` is for clients outside the host: DNAT on the way in, masquerade on the way out, and no published port between containers.'
	),
	layout: { kind: 'boxes', ...places },
	steps: [
		{
			narration: L(
				'`docker run -p 8080:80 --network app-net --name web …`은 호스트의 8080번 포트와 web의 80번 포트를 잇는 방화벽 규칙을 만듭니다. 외부 클라이언트가 호스트 주소의 8080번으로 접속하면 방화벽이 목적지를 172.18.0.2:80으로 바꾸고(DNAT), 패킷은 브리지와 veth를 지나 web에 닿습니다.',
				"`docker run -p 8080:80 --network app-net --name web …` creates a firewall rule mapping the host's port 8080 to web's port 80. A client outside connects to port 8080 of the host's address; the firewall rewrites the destination to 172.18.0.2:80 (DNAT), and the packet crosses the bridge and the veth to web."
			),
			highlight: ['client', 'host-eth0', 'fw', 'br-app', 'web-app'],
			edges: ['client-nic', 'fw-nic', ...fwToWeb],
			packets: [
				{
					path: ['client-nic', 'fw-nic', ...fwToWeb],
					from: 'client',
					label: same('TCP → 192.168.1.10:8080'),
					rewrite: [{ at: 'fw', label: L('DNAT → 172.18.0.2:80', 'DNAT → 172.18.0.2:80') }]
				}
			]
		},
		{
			narration: L(
				'반대 방향도 봅니다. web이 인터넷의 서버에 접속하면 패킷은 브리지의 게이트웨이 172.18.0.1을 거쳐 방화벽에 이르고, 여기서 출발지가 호스트 주소로 바뀌어(마스커레이드) 나갑니다. 밖에서는 컨테이너 주소가 보이지 않습니다.',
				"The other way round: when web connects to a server on the Internet, the packet goes through the bridge's gateway 172.18.0.1 to the firewall, which rewrites its source to the host's address (masquerade) on the way out; outside, no container address is ever seen."
			),
			highlight: ['web-app', 'br-app', 'fw', 'host-eth0', 'internet'],
			edges: [...fwToWeb, 'fw-nic', 'nic-internet'],
			packets: [
				{
					path: [...[...fwToWeb].reverse(), 'fw-nic', 'nic-internet'],
					from: 'web-app',
					label: same('172.18.0.2 → 198.51.100.20:443'),
					rewrite: [{ at: 'fw', label: same('192.168.1.10 → 198.51.100.20:443') }]
				}
			]
		},
		{
			narration: L(
				'db에는 `-p`가 없습니다. 필요 없기 때문입니다. web은 같은 네트워크 안에서 `db:5432`로 바로 접속하고, 이 패킷은 방화벽의 NAT도 호스트 NIC도 거치지 않습니다. 포트를 게시하는 것은 네트워크 밖에서 들어와야 하는 경우뿐입니다.',
				"db has no `-p`, because it needs none: web connects to `db:5432` straight across the network, and that packet never touches the firewall's NAT or the host's NIC. Publish a port only for traffic that must come from outside the network."
			),
			highlight: ['web-app', 'br-app', 'db-app'],
			edges: webToDb,
			packets: [{ path: webToDb, label: same('db:5432') }]
		},
		{
			narration: L(
				'포트 게시는 기본적으로 안전하지 않습니다. `-p 8080:80`은 호스트의 모든 주소에 열리므로 바깥 세상에도 열립니다. 호스트에서만 쓸 것이라면 `-p 127.0.0.1:8080:80`처럼 루프백에 묶으십시오. 그러면 호스트의 프로세스만 닿고 외부 클라이언트는 막힙니다(28.0.0 이전 릴리스에서는 같은 L2 세그먼트의 호스트가 닿을 수 있었습니다).',
				'"Publishing container ports is insecure by default": `-p 8080:80` opens the port on every host address, to the outside world too. If only the host needs it, bind to loopback, `-p 127.0.0.1:8080:80`: host processes reach it, outside clients do not (before release 28.0.0, hosts on the same L2 segment still could).'
			),
			highlight: ['host-curl', 'fw', 'client', 'host-eth0', 'web-app'],
			edges: ['curl-fw', ...fwToWeb],
			relabel: {
				fw: { detail: same('-p 127.0.0.1:8080:80') }
			},
			packets: [
				{
					path: ['client-nic', 'fw-nic'],
					from: 'client',
					label: same('TCP → 192.168.1.10:8080'),
					blocked: { reason: L('127.0.0.1에만 게시됨', 'published on 127.0.0.1 only') }
				},
				{
					path: ['curl-fw', ...fwToWeb],
					label: same('curl 127.0.0.1:8080'),
					rewrite: [{ at: 'fw', label: same('DNAT → 172.18.0.2:80') }]
				}
			]
		}
	]
};
