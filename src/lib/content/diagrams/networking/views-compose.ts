/**
 * `docker compose up` for a two-service compose.yaml: the project network `<project>_default`,
 * both services attached under their names, web reaching db by service name through the embedded
 * DNS, and what `ports:` publishes. Steps follow Docker's "Networking in Compose"; the answer it
 * illustrates is the user-bridge view.
 */
import type { L10n, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

export const composeView: ViewDef = {
	id: 'compose',
	title: L('Compose로 하면', 'With Compose'),
	summary: L(
		'두 서비스(web, db)의 compose.yaml로 `docker compose up`을 하면 프로젝트 네트워크 `myapp_default`가 생기고, web은 db를 서비스 이름으로 찾습니다. "답" 보기의 사용자 정의 브리지를 Compose가 대신 만들어 줍니다.',
		'`docker compose up` with a two-service compose.yaml (web, db): the project network `myapp_default` appears and web finds db by its service name. Compose builds the answer view’s user-defined bridge for you.'
	),
	layout: {
		kind: 'boxes',
		// Three columns, as in the host: the command sits over the network it creates, the client
		// under the NIC it connects to.
		grid: { cols: 3 },
		place: {
			'compose-yaml': { col: 0, row: 0 },
			'compose-up': { col: 1, row: 0 },
			host: { col: 0, row: 1, cols: 3, grid: { cols: 3 } },
			'compose-net': { in: 'host', col: 0, row: 0, cols: 2, grid: { cols: 2 } },
			'compose-db': { in: 'compose-net', col: 0, row: 0 },
			'compose-web': { in: 'compose-net', col: 1, row: 0 },
			dns: { in: 'host', col: 2, row: 0 },
			fw: { in: 'host', col: 1, row: 1 },
			'host-eth0': { in: 'host', col: 2, row: 1 },
			client: { col: 2, row: 2 }
		},
		// Phones: one column. In the host the DNS above web, the network across, the firewall under
		// web and the NIC beside it, so that no line crosses a box; the client below the host.
		narrow: {
			'compose-yaml': { col: 0, row: 0, cols: 3 },
			'compose-up': { col: 0, row: 1, cols: 3 },
			host: { col: 0, row: 2, cols: 3, grid: { cols: 2 } },
			dns: { col: 1, row: 0 },
			'compose-net': { col: 0, row: 1, cols: 2 },
			fw: { col: 1, row: 2 },
			'host-eth0': { col: 0, row: 2 },
			client: { col: 0, row: 3, cols: 3 }
		}
	},
	edges: [
		'compose-reads',
		'compose-creates',
		'compose-web-dns',
		'compose-web-db',
		'compose-fw-web',
		'fw-nic',
		'client-nic'
	],
	steps: [
		{
			narration: L(
				'노트는 docker-compose를 다시 배우고 싶다고 했습니다. 디렉터리 `myapp`의 compose.yaml에는 서비스 두 개가 있습니다. `web`은 포트 `"8080:80"`을 게시하고, `db`는 이미지 `postgres`로 포트를 게시하지 않습니다. 네트워크는 하나도 적지 않았습니다.',
				'The note wants to learn docker-compose again. The compose.yaml in the directory `myapp` lists two services: `web` publishes `"8080:80"`, `db` runs the image `postgres` and publishes nothing. No network is declared at all.'
			),
			highlight: ['compose-yaml']
		},
		{
			narration: L(
				'`docker compose up`: 프로젝트 이름은 디렉터리 이름 `myapp`입니다. Compose가 가장 먼저 네트워크 `myapp_default`를 만듭니다. 사용자 정의 브리지 네트워크이므로 "답" 보기에서 `docker network create app-net`으로 만든 것과 같은 종류입니다.',
				'`docker compose up`: the project name is the directory’s, `myapp`. First Compose creates the network `myapp_default`, a user-defined bridge network: the same kind as app-net, made with `docker network create` in the answer view.'
			),
			highlight: ['compose-yaml', 'compose-up', 'compose-net'],
			edges: ['compose-reads', 'compose-creates'],
			tokens: [{ edge: 'compose-reads' }, { edge: 'compose-creates' }]
		},
		{
			narration: L(
				'이어서 서비스마다 컨테이너를 하나씩(`myapp-web-1`, `myapp-db-1`) 만들어 `myapp_default`에 서비스 이름 `web`과 `db`로 연결합니다. `--network`를 적지 않았는데도 두 컨테이너는 기본 브리지가 아니라 이 네트워크에 있습니다.',
				'Then one container per service (`myapp-web-1`, `myapp-db-1`), each joined to `myapp_default` under its service name, `web` and `db`. No `--network` anywhere, and yet both are on this network, not on the default bridge.'
			),
			highlight: ['compose-up', 'compose-net', 'compose-web', 'compose-db'],
			edges: ['compose-creates']
		},
		{
			narration: L(
				'web의 코드는 `postgres://db:5432`로 접속합니다. 이름 `db`는 127.0.0.11의 내장 DNS가 db 컨테이너의 현재 주소 172.18.0.3으로 풀어 줍니다.',
				'web’s code connects to `postgres://db:5432`. The embedded DNS server at 127.0.0.11 resolves the name `db` to the db container’s current address, 172.18.0.3.'
			),
			highlight: ['compose-web', 'dns', 'compose-db'],
			edges: ['compose-web-dns'],
			packets: [
				{ path: ['compose-web-dns'], label: L('DNS: db?', 'DNS: db?') },
				{ path: ['compose-web-dns'], from: 'dns', label: L('db = 172.18.0.3', 'db = 172.18.0.3') }
			]
		},
		{
			narration: L(
				'그리고 브리지를 건너 db의 컨테이너 포트 5432로 바로 접속합니다. db는 포트를 게시하지 않았지만 같은 네트워크의 서비스끼리는 모든 포트가 열려 있습니다. 서비스 간 통신은 호스트 포트가 아니라 컨테이너 포트를 씁니다.',
				'Then it connects across the bridge straight to db’s container port, 5432. db publishes nothing, yet services on the same network reach all of each other’s ports: "service-to-service communication uses the CONTAINER_PORT".'
			),
			highlight: ['compose-web', 'compose-net', 'compose-db'],
			edges: ['compose-web-db'],
			packets: [
				{
					path: ['compose-web-db'],
					label: L('TCP 172.18.0.2 → 172.18.0.3:5432', 'TCP 172.18.0.2 → 172.18.0.3:5432')
				}
			]
		},
		{
			narration: L(
				'`ports: "8080:80"`이 하는 일은 밖을 위한 것입니다. 호스트의 8080번 포트를 web의 80번 포트로 게시하므로, 외부 클라이언트가 호스트 주소의 8080으로 접속하면 방화벽 규칙이 목적지를 web의 80으로 바꿉니다(DNAT). 밖에서 db로 접속할 길은 없습니다.',
				'`ports: "8080:80"` is for the outside: it publishes the host’s port 8080 to web’s port 80, so a client connecting to the host’s address on 8080 has its destination rewritten to web’s port 80 by the firewall rules (DNAT). Nothing outside can reach db.'
			),
			highlight: ['client', 'host-eth0', 'fw', 'compose-web'],
			edges: ['client-nic', 'fw-nic', 'compose-fw-web'],
			packets: [
				{
					path: ['client-nic', 'fw-nic', 'compose-fw-web'],
					label: L('TCP → 192.168.1.10:8080', 'TCP → 192.168.1.10:8080'),
					rewrite: [{ at: 'fw', label: L('DNAT → 172.18.0.2:80', 'DNAT → 172.18.0.2:80') }]
				}
			]
		},
		{
			narration: L(
				'정리하면, Compose는 노트의 질문에 대한 답(사용자 정의 네트워크 하나에 두고 이름으로 통신)을 기본으로 해 줍니다. 설정을 바꿔 `docker compose up`을 다시 하면 컨테이너가 새로 만들어져 주소가 바뀔 수 있지만, 이름은 그대로이므로 web은 계속 `db`로 찾습니다.',
				'In short, Compose does the answer to the note’s question (one user-defined network, talk by name) by default. Change a service and run `docker compose up` again, and its container is recreated, possibly at another address, but "the same name": web keeps finding it as `db`.'
			),
			highlight: ['compose-net', 'compose-web', 'compose-db', 'dns']
		}
	]
};
