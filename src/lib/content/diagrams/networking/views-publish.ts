/**
 * `publish`: what `-p 8080:80` does (domain.md E3 N3, N4; E2 recommendation 2): DNAT in, masquerade
 * out, no port needed between containers, and binding to 127.0.0.1. A host process's own connection
 * to a published port takes the other way in, side by side with the outside client's: with the
 * default `userland-proxy: true` the nat OUTPUT jump skips 127.0.0.0/8, and docker-proxy relays it
 * (moby iptablesdoc usernet-portmap-lo.md); only with `--userland-proxy=false` is it DNATed.
 */
import type { L10n, ViewDef } from '../../types';
import { proxyListens } from './facts';
import { HOST_GRID, HOST_GRID_NARROW, containerPlaces, merge } from './places';
import { webToDb } from './views-bridge';

const L = (ko: string, en: string): L10n => ({ ko, en });
const same = (s: string) => L(s, s);

/** From the host's NIC (or the firewall) in to web's process. */
const fwToWeb = ['br-app-fw', 'veth-web-br', 'web-veth', 'web-app-eth0'];
/** From the host's curl through docker-proxy, whose own connection goes out to the bridge. */
const viaProxy = ['curl-proxy', 'proxy-br', 'veth-web-br', 'web-veth', 'web-app-eth0'];

/** The outside client's connection, DNATed at the firewall. */
const inbound = {
	path: ['client-nic', 'fw-nic', ...fwToWeb],
	from: 'client',
	label: same('TCP → 192.168.1.10:8080'),
	rewrite: [{ at: 'fw', label: same('DNAT → 172.18.0.2:80') }]
};
/** The host's own `curl 127.0.0.1:8080`, accepted by docker-proxy, which connects anew. */
const loopback = {
	path: viaProxy,
	label: same('curl 127.0.0.1:8080'),
	rewrite: [{ at: 'docker-proxy', label: same('TCP 172.18.0.1 → 172.18.0.2:80') }]
};

const places = merge(
	{
		place: {
			internet: { col: 3, row: 0 },
			client: { col: 4, row: 0 },
			host: { col: 0, row: 1, cols: 5, grid: HOST_GRID },
			'host-curl': { in: 'host', col: 0, row: 0 },
			fw: { in: 'host', col: 2, row: 0 },
			'host-eth0': { in: 'host', col: 4, row: 0 },
			// Under curl, in a row of its own above web's namespace: neither curl's way to the
			// firewall nor the firewall's to the bridge runs through it.
			'docker-proxy': { in: 'host', col: 0, row: 1 },
			'br-app': { in: 'host', col: 2, row: 2 }
		},
		// Phones: containers on top, the bridge across both columns under their veths, then
		// docker-proxy under the bridge beside the firewall, curl under the proxy, and the host's
		// NIC across the bottom with the outside below it (the NIC beside curl sent its way to
		// the Internet, in the other column, through curl).
		narrow: {
			internet: { col: 0, row: 1 },
			client: { col: 1, row: 1 },
			host: { col: 0, row: 0, cols: 2, grid: HOST_GRID_NARROW },
			'docker-proxy': { col: 0, row: 3 },
			fw: { col: 1, row: 3 },
			'host-curl': { col: 0, row: 4 },
			'host-eth0': { col: 0, row: 5, cols: 2 },
			'br-app': { col: 0, row: 2, cols: 2 }
		}
	},
	containerPlaces('web', 'left', 2, { row: 0, veth: 'below' }),
	containerPlaces('db', 'right', 2, { row: 0, veth: 'below' })
);

export const publishView: ViewDef = {
	id: 'publish',
	title: L('포트 게시 (-p)', 'Publishing ports (-p)'),
	summary: L(
		'`-p 8080:80`은 호스트 밖의 클라이언트를 위한 것입니다. 들어올 때는 DNAT, 나갈 때는 마스커레이드를 거치고, 호스트 자신이 루프백으로 접속하면 docker-proxy가 받습니다. 컨테이너 간 통신에는 게시한 포트가 필요 없습니다.',
		'`-p 8080:80` is for clients outside the host: DNAT on the way in, masquerade on the way out, docker-proxy for the host’s own loopback connections, and no published port for container-to-container communication.'
	),
	layout: { kind: 'boxes', ...places },
	// Straight lines: the proxy's new connection runs diagonally down to the bridge, over web's
	// veth, into its side (a right-angled route would enter it where the firewall's does); on
	// phones curl's way to the firewall runs diagonally up across the corner of the proxy's cell
	// (right-angled, it would leave curl where its way to the proxy does).
	routes: {
		'curl-proxy': { style: 'straight' },
		'proxy-br': { style: 'straight' },
		'curl-fw': { style: 'straight' }
	},
	steps: [
		{
			narration: L(
				'`docker run -p 8080:80 --network app-net --name web …`은 호스트의 8080번 포트와 web의 80번 포트를 잇는 방화벽 규칙을 만듭니다. 외부 클라이언트가 호스트 주소의 8080번으로 접속하면 방화벽이 목적지를 172.18.0.2:80으로 바꾸고(DNAT), 패킷은 브리지와 veth를 지나 web에 도달합니다.',
				"`docker run -p 8080:80 --network app-net --name web …` creates a firewall rule mapping the host's port 8080 to web's port 80. A client outside connects to port 8080 of the host's address; the firewall rewrites the destination to 172.18.0.2:80 (DNAT), and the packet crosses the bridge and the veth to web."
			),
			highlight: ['client', 'host-eth0', 'fw', 'br-app', 'web-app'],
			edges: ['client-nic', 'fw-nic', ...fwToWeb],
			packets: [inbound]
		},
		{
			narration: L(
				'호스트 자신의 프로세스가 `curl 127.0.0.1:8080`을 하면 길이 다릅니다. 바깥 클라이언트의 연결은 방화벽에서 DNAT되지만, 기본 설정(`userland-proxy: true`)에서 nat 테이블의 OUTPUT 체인은 목적지가 127.0.0.0/8인 연결을 Docker의 DNAT 규칙으로 보내지 않습니다. 이 연결은 dockerd가 게시된 포트마다 띄우는 docker-proxy가 받고, docker-proxy가 172.18.0.2:80으로 새 연결을 엽니다. 그래서 web에게는 이 연결이 브리지의 주소 172.18.0.1에서 온 것으로 보입니다.',
				"A process on the host itself, running `curl 127.0.0.1:8080`, takes another way. The outside client's connection is DNATed at the firewall, but with the default `userland-proxy: true` the nat table's OUTPUT chain does not send connections to 127.0.0.0/8 to Docker's DNAT rules. This one is accepted by docker-proxy, which dockerd starts for each published port, and docker-proxy opens a new connection to 172.18.0.2:80, so web sees it coming from the bridge's address, 172.18.0.1."
			),
			// Both ways in drawn, one packet: the outside client's went in the step before, and two
			// pills resting at web on a phone pushed one onto the host's label.
			highlight: ['client', 'host-eth0', 'fw', 'host-curl', 'docker-proxy', 'br-app', 'web-app'],
			edges: ['client-nic', 'fw-nic', 'curl-proxy', 'proxy-br', ...fwToWeb],
			packets: [loopback]
		},
		{
			narration: L(
				'데몬을 `--userland-proxy=false`로 실행하면 docker-proxy는 뜨지 않습니다. 대신 OUTPUT 체인의 규칙이 루프백 주소도 DNAT 규칙으로 보내므로 `curl 127.0.0.1:8080`도 방화벽에서 172.18.0.2:80으로 바뀝니다. 출발지 127.0.0.1로는 브리지로 나갈 수 없으므로, dockerd는 브리지에 `route_localnet`을 켜고 호스트 주소에서 브리지로 나가는 패킷을 마스커레이드합니다(헤어핀 NAT).',
				'Run the daemon with `--userland-proxy=false` and no docker-proxy is started. Instead the OUTPUT chain sends loopback destinations to the DNAT rules too, so `curl 127.0.0.1:8080` is rewritten to 172.18.0.2:80 at the firewall. A packet from 127.0.0.1 could not go out to the bridge, so dockerd turns on `route_localnet` for the bridge and masquerades packets from a local address going out to it (hairpin NAT).'
			),
			highlight: ['host-curl', 'fw', 'br-app', 'web-app'],
			edges: ['curl-fw', ...fwToWeb],
			relabel: {
				'docker-proxy': {
					detail: L('실행되지 않음', 'not started'),
					facts: []
				}
			},
			packets: [
				{
					path: ['curl-fw', ...fwToWeb],
					label: same('curl 127.0.0.1:8080'),
					rewrite: [{ at: 'fw', label: same('DNAT → 172.18.0.2:80') }]
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
			relabel: { 'docker-proxy': {} },
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
				'포트 게시는 기본적으로 안전하지 않습니다. `-p 8080:80`은 호스트의 모든 주소에 열리므로 바깥 세상에도 열립니다. 호스트에서만 쓸 것이라면 `-p 127.0.0.1:8080:80`처럼 루프백에 묶으십시오. 그러면 호스트의 프로세스만 docker-proxy를 거쳐 접속하고 외부 클라이언트는 막힙니다(28.0.0 이전 릴리스에서는 같은 L2 세그먼트의 호스트가 접속할 수 있었습니다).',
				'"Publishing container ports is insecure by default": `-p 8080:80` opens the port on every host address, to the outside world too. If only the host needs it, bind to loopback, `-p 127.0.0.1:8080:80`: host processes reach it, through docker-proxy, and outside clients do not (before release 28.0.0, hosts on the same L2 segment still could).'
			),
			highlight: ['host-curl', 'docker-proxy', 'br-app', 'fw', 'client', 'host-eth0', 'web-app'],
			edges: viaProxy,
			relabel: {
				fw: { detail: same('-p 127.0.0.1:8080:80') },
				'docker-proxy': { facts: [proxyListens('127.0.0.1:8080')] }
			},
			packets: [
				{
					path: ['client-nic', 'fw-nic'],
					from: 'client',
					label: same('TCP → 192.168.1.10:8080'),
					blocked: { reason: L('127.0.0.1에만 게시됨', 'published on 127.0.0.1 only') }
				},
				loopback
			]
		}
	]
};
