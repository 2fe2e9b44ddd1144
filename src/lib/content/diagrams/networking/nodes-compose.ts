/**
 * Nodes and edges of the `compose` view: a two-service compose.yaml, `docker compose up`, the
 * project network `myapp_default` with the two service containers, and the host's DNS and
 * firewall they use (reused from nodes-host.ts). Facts from Docker's "Networking in Compose"
 * (docker/docs compose/how-tos/networking.md at 0ff924b3) and the project-name page.
 */
import type { EdgeDef, NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { imageSources as img } from '../images/sources';
import { fact, inet } from './facts';

const L = (ko: string, en: string) => ({ ko, en });

export const composeNodes: NodeDef[] = [
	{
		id: 'compose-yaml',
		label: L('compose.yaml', 'compose.yaml'),
		detail: L('서비스 web, db', 'services web, db'),
		tone: 'file',
		notes: ['wish.compose-image'],
		facts: [
			// In the panel only: on the node they made the top row too tall for a 480×270 embed.
			{ ...fact('web', '서비스 web', 'ports: "8080:80"', 'service web'), panelOnly: true },
			{ ...fact('db', '서비스 db', 'image: postgres', 'service db'), panelOnly: true }
		],
		about: L(
			'앱의 서비스들을 적은 파일입니다. 여기서는 `web`(포트 `"8080:80"`을 게시)과 `db`(이미지 `postgres`, 게시한 포트 없음) 두 서비스입니다. 네트워크는 하나도 적지 않았지만, Compose가 앱의 기본 네트워크를 만들어 두 서비스를 모두 연결합니다.',
			'The file that lists the app’s services: here `web` (publishing `"8080:80"`) and `db` (image `postgres`, no published port). It declares no network at all, yet Compose sets up a default network for the app and joins both services to it.'
		),
		sources: [img.composeNetworking]
	},
	{
		id: 'compose-up',
		label: L('docker compose up', 'docker compose up'),
		detail: L('프로젝트 myapp (디렉터리 이름)', 'project myapp (the directory’s name)'),
		tone: 'app',
		about: L(
			'Compose는 docker CLI처럼 Docker Engine API를 쓰는 또 하나의 클라이언트입니다. 프로젝트 이름은 따로 정하지 않으면 compose.yaml이 있는 디렉터리의 이름(여기서는 `myapp`)이며, 네트워크와 컨테이너의 이름이 이것으로 시작합니다. Compose v2의 컨테이너 이름은 `<프로젝트>-<서비스>-<번호>`, 예를 들어 `myapp-web-1`입니다.',
			'Compose is another client of the Docker Engine API, like the docker CLI. Unless set otherwise the project name is the name of the directory holding compose.yaml (`myapp` here), and the names of the network and the containers start with it; Compose v2 names containers `<project>-<service>-<index>`, e.g. `myapp-web-1`.'
		),
		sources: [img.composeProjectName, img.composeContainerNames, src.dockerOverview]
	},
	{
		id: 'compose-net',
		label: L('myapp_default', 'myapp_default'),
		detail: L('프로젝트의 기본 네트워크 · 브리지', 'the project’s default network · bridge'),
		tone: 'bridge',
		shape: 'frame',
		facts: [{ ...fact('subnet', '서브넷', '172.18.0.0/16'), panelOnly: true }],
		about: L(
			'`docker compose up`이 처음 만드는 것으로, 이름은 `<프로젝트>_default`입니다. 사용자 정의 브리지 네트워크이므로 "답" 보기의 app-net과 같은 성질을 가집니다. 서비스는 서비스 이름으로 서로를 찾고, 서로의 모든 포트에 접속할 수 있습니다. 서브넷은 기본 주소 풀에서 받으며, 172.18.0.0/16은 예시입니다.',
			'The first thing `docker compose up` creates, named `<project>_default`. It is a user-defined bridge network, so it behaves like app-net in the answer view: services find each other by service name and reach all of each other’s ports. Its subnet comes from the default address pools; 172.18.0.0/16 is an example.'
		),
		sources: [img.composeNetworking, src.dockerBridge],
		related: [{ diagram: 'networking', view: 'user-bridge', node: 'br-app' }]
	},
	{
		id: 'compose-web',
		label: L('web', 'web'),
		detail: L('myapp-web-1 · :80', 'myapp-web-1 · :80'),
		tone: 'app',
		// The addresses are in the panel (and step 4's narration): on the node they made the view
		// one line too tall for a 480×270 embed's 10 px floor.
		facts: [{ ...inet('172.18.0.2/16'), panelOnly: true }],
		about: L(
			'서비스 `web`의 컨테이너입니다. `myapp_default`에 서비스 이름 `web`으로 합류했습니다. 데이터베이스에는 `postgres://db:5432`처럼 서비스 이름과 컨테이너 포트로 접속합니다.',
			'The container of service `web`. It joined `myapp_default` "under the name `web`", and reaches the database by service name and container port: `postgres://db:5432`.'
		),
		sources: [img.composeNetworking, img.composeContainerNames],
		related: [{ diagram: 'networking', view: 'user-bridge', node: 'web-app' }]
	},
	{
		id: 'compose-db',
		label: L('db', 'db'),
		detail: L('myapp-db-1 · postgres :5432', 'myapp-db-1 · postgres :5432'),
		tone: 'app',
		facts: [{ ...inet('172.18.0.3/16'), panelOnly: true }],
		about: L(
			'서비스 `db`의 컨테이너로, `myapp_default`에 이름 `db`로 합류했습니다. 포트를 게시하지 않았으므로 호스트 밖에서는 접속할 수 없지만, 같은 네트워크의 `web`은 컨테이너 포트 5432로 접속합니다.',
			'The container of service `db`, joined to `myapp_default` under the name `db`. It publishes no port, so nothing outside the host reaches it, while `web` on the same network connects to its container port, 5432.'
		),
		sources: [img.composeNetworking, img.composeContainerNames, src.dockerBridge],
		related: [{ diagram: 'networking', view: 'user-bridge', node: 'db-app' }]
	}
];

export const composeEdges: EdgeDef[] = [
	{
		id: 'compose-reads',
		from: 'compose-yaml',
		to: 'compose-up',
		label: L('읽음', 'read by'),
		sources: [img.composeNetworking]
	},
	{
		id: 'compose-creates',
		from: 'compose-up',
		to: 'compose-net',
		label: L('네트워크, 컨테이너 생성', 'creates network, containers'),
		short: L('생성', 'creates'),
		about: L(
			'Compose가 Engine API로 먼저 네트워크 `myapp_default`를 만들고, 서비스마다 컨테이너를 만들어 그 네트워크에 서비스 이름으로 연결합니다.',
			'Through the Engine API Compose first creates the network `myapp_default`, then a container per service, attached to it under the service’s name.'
		),
		sources: [img.composeNetworking]
	},
	{
		id: 'compose-web-dns',
		from: 'compose-web',
		to: 'dns',
		label: L('127.0.0.11:53', '127.0.0.11:53'),
		style: 'dashed',
		both: true,
		about: L(
			'컨테이너의 DNS 질의는 127.0.0.11로 가서 dockerd 안의 내장 DNS가 답합니다. 같은 네트워크의 서비스 이름은 그 컨테이너의 현재 주소로 풀립니다.',
			'The container’s DNS queries go to 127.0.0.11 and the embedded DNS server inside dockerd answers: a service name on the same network resolves to that container’s current address.'
		),
		sources: [src.dockerDns, img.composeNetworking]
	},
	{
		id: 'compose-web-db',
		from: 'compose-web',
		to: 'compose-db',
		label: L('db:5432', 'db:5432'),
		about: L(
			'web에서 db로 가는 연결로, 사용자 정의 브리지 위의 2계층 전달입니다. 게시한 포트가 아니라 컨테이너 포트 5432를 씁니다.',
			'web’s connection to db, forwarded at layer 2 on the user-defined bridge, to the container port 5432, not a published one.'
		),
		sources: [img.composeNetworking, src.dockerBridge]
	},
	{
		id: 'compose-fw-web',
		from: 'fw',
		to: 'compose-web',
		label: L('DNAT :8080 → :80', 'DNAT :8080 → :80'),
		about: L(
			'`ports: "8080:80"`은 호스트의 8080번 포트를 web의 80번 포트로 게시합니다. 밖에서 호스트 주소의 8080으로 온 연결은 목적지가 web의 주소와 80번 포트로 바뀝니다.',
			'`ports: "8080:80"` publishes the host’s port 8080 to web’s port 80: a connection from outside to the host’s address on 8080 gets web’s address and port 80 as its destination.'
		),
		sources: [src.dockerPorts, img.composeNetworking]
	}
];
