/**
 * `docker pull nginx`, request by request: the tag resolved to an image index, the platform's
 * manifest, then the config and each layer by digest, skipping the layer already here. Requests
 * follow the OCI Distribution Spec; where things are stored, Docker's storage docs.
 */
import type { L10n, PacketDef, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

/** A request to the registry's API and its answer. */
const ask = (request: string, answer: L10n): PacketDef[] => [
	{ path: ['dockerd-api'], label: L(request, request) },
	{ path: ['dockerd-api'], from: 'api', label: answer }
];

export const pullView: ViewDef = {
	id: 'pull',
	title: L('pull: 태그에서 레이어까지', 'pull: from a tag to layers'),
	summary: L(
		'`docker pull nginx`가 하는 일입니다. dockerd가 태그를 이미지 인덱스와 매니페스트로 해석하고, 설정과 레이어를 다이제스트로 받으며, 이미 가진 레이어는 건너뜁니다.',
		'What `docker pull nginx` does: dockerd resolves the tag to an image index and a manifest, fetches the config and the layers by digest, and skips the layers it already has.'
	),
	layout: {
		kind: 'boxes',
		grid: { cols: 2, widths: [1, 1.25] },
		place: {
			host: { col: 0, row: 0 },
			cli: { in: 'host', col: 0, row: 0 },
			dockerd: { in: 'host', col: 0, row: 1 },
			store: { in: 'host', col: 0, row: 2, grid: { cols: 2 } },
			'have-layer': { in: 'store', col: 0, row: 0 },
			'new-blobs': { in: 'store', col: 1, row: 0 },
			registry: { col: 1, row: 0 },
			api: { in: 'registry', col: 0, row: 0 },
			tag: { in: 'registry', col: 1, row: 0 },
			// Nothing under the API: dockerd's line comes in from the left and turns up into it.
			index: { in: 'registry', col: 1, row: 1 },
			config: { in: 'registry', col: 0, row: 2 },
			manifest: { in: 'registry', col: 1, row: 2 },
			layers: { in: 'registry', col: 0, row: 3, cols: 2 }
		},
		// Phones: the registry above the host, its API along the bottom, so that dockerd's requests go
		// straight up to it; the store's two boxes one above the other, each the frame's width.
		narrow: {
			registry: { col: 0, row: 0, cols: 2 },
			host: { col: 0, row: 1, cols: 2 },
			cli: { col: 1, row: 0 },
			dockerd: { col: 0, row: 0 },
			store: { col: 0, row: 1, cols: 2, grid: { cols: 1 } },
			'have-layer': { col: 0, row: 0 },
			'new-blobs': { col: 0, row: 1 },
			api: { col: 0, row: 3, cols: 2 },
			tag: { col: 0, row: 2 },
			index: { col: 1, row: 2 },
			config: { col: 0, row: 1 },
			manifest: { col: 1, row: 1 },
			layers: { col: 0, row: 0, cols: 2 }
		}
	},
	edges: [
		'cli-dockerd',
		'dockerd-api',
		'api-tag',
		'tag-index',
		'index-manifest',
		'manifest-config',
		'manifest-layers',
		'dockerd-store'
	],
	steps: [
		{
			narration: L(
				'`docker pull nginx`: 태그가 없으니 CLI가 `latest`를 붙이고, 레지스트리가 없으니 Docker Hub의 `docker.io/library/nginx`가 됩니다. CLI는 `POST /images/create`로 dockerd에 요청만 하고, 나머지는 모두 dockerd가 합니다.',
				'`docker pull nginx`: with no tag the CLI adds `latest`, with no registry the name means `docker.io/library/nginx` on Docker Hub. The CLI only asks dockerd, with `POST /images/create`; dockerd does all the rest.'
			),
			highlight: ['cli', 'dockerd'],
			edges: ['cli-dockerd'],
			tokens: [{ edge: 'cli-dockerd' }]
		},
		{
			narration: L(
				'dockerd가 레지스트리에 태그로 매니페스트를 요청합니다(`GET /v2/library/nginx/manifests/latest`). 여러 플랫폼용 이미지인 nginx의 태그가 가리키는 것은 이미지 인덱스로, 플랫폼마다 매니페스트 하나씩의 다이제스트 목록입니다.',
				'dockerd asks the registry for the manifest by tag (`GET /v2/library/nginx/manifests/latest`). nginx is a multi-platform image, so the tag points at an image index: one manifest digest per platform.'
			),
			highlight: ['dockerd', 'api', 'tag', 'index'],
			edges: ['dockerd-api', 'api-tag', 'tag-index'],
			packets: ask('GET manifests/latest', L('이미지 인덱스', 'image index'))
		},
		{
			narration: L(
				'dockerd는 인덱스에서 자기 플랫폼(예: linux/amd64)의 항목을 골라 그 매니페스트를 다이제스트로 받습니다. 매니페스트는 설정 하나와 레이어들의 목록이며, 각각 미디어 타입, 크기, 다이제스트로 적혀 있습니다.',
				'From the index dockerd picks the entry for its platform (say linux/amd64) and fetches that manifest by digest. The manifest lists one config and the layers, each by media type, size and digest.'
			),
			highlight: ['dockerd', 'api', 'index', 'manifest'],
			edges: ['dockerd-api', 'index-manifest'],
			packets: ask('GET manifests/sha256:…', L('매니페스트 (amd64)', 'manifest (amd64)'))
		},
		{
			narration: L(
				'다음은 설정입니다. `GET /v2/library/nginx/blobs/<다이제스트>`로 받고, 받은 바이트의 sha256이 그 다이제스트와 같은지 확인합니다. 이름이 곧 내용의 해시이므로, 어느 서버에서 받았든 내용이 맞는지 스스로 검증할 수 있습니다.',
				'Next the config: `GET /v2/library/nginx/blobs/<digest>`, and the sha256 of the bytes received must equal that digest. The name is the content’s hash, so the content can be verified whichever server it came from.'
			),
			highlight: ['dockerd', 'api', 'manifest', 'config'],
			edges: ['dockerd-api', 'manifest-config'],
			packets: ask('GET blobs/sha256:…', L('설정 JSON', 'config JSON'))
		},
		{
			narration: L(
				'이제 매니페스트의 레이어를 차례로 봅니다. 첫 레이어의 다이제스트는 다른 이미지를 받을 때 이미 저장해 두었으므로 받지 않습니다. 같은 다이제스트는 같은 내용이기 때문입니다.',
				'Now the manifest’s layers, in turn. The first one’s digest is already in the store, from another image pulled earlier, so it is not fetched: the same digest means the same content.'
			),
			highlight: ['dockerd', 'manifest', 'layers', 'have-layer'],
			edges: ['manifest-layers', 'dockerd-store']
		},
		{
			narration: L(
				'나머지 레이어는 다이제스트로 받아(`GET …/blobs/<다이제스트>`, 레이어마다 따로) 검증합니다. 각 레이어는 tar+gzip으로 된 파일시스템 변경분입니다.',
				'The other layers are fetched by digest (`GET …/blobs/<digest>`, one request each) and verified. Each is a filesystem changeset, a gzip-compressed tar.'
			),
			highlight: ['dockerd', 'api', 'manifest', 'layers'],
			edges: ['dockerd-api', 'manifest-layers'],
			packets: ask('GET blobs/sha256:…', L('레이어 (tar+gzip)', 'layer (tar+gzip)'))
		},
		{
			narration: L(
				'받은 것은 모두 다이제스트로 저장됩니다. Engine 29.0 이상 신규 설치의 기본값인 containerd 이미지 스토어에서는 containerd의 콘텐츠 스토어에 들어가고 스냅샷터(overlayfs)가 레이어를 풀어 둡니다. 업그레이드한 데몬의 overlay2에서는 `/var/lib/docker/overlay2` 아래로 풀립니다. 이제 로컬의 `nginx:latest`가 이 이미지를 가리킵니다.',
				'Everything fetched is stored by digest. With the containerd image store, the default on fresh Engine 29.0+ installs, it goes into containerd’s content store and a snapshotter (overlayfs) unpacks the layers; with an upgraded daemon’s overlay2 they are unpacked under `/var/lib/docker/overlay2`. The local name `nginx:latest` now points at this image.'
			),
			highlight: ['dockerd', 'store', 'have-layer', 'new-blobs'],
			edges: ['dockerd-store'],
			reveal: ['new-blobs'],
			tokens: [{ edge: 'dockerd-store' }]
		}
	]
};
