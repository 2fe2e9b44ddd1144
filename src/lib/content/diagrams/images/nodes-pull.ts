/**
 * Nodes of the `pull` view: the Docker host (CLI, dockerd, the local image store) and the
 * registry with what a tag resolves to (image index → manifest → config and layers). Structure
 * from the OCI image and distribution specs; where the blobs land locally from Docker's storage
 * docs, per backend (containerd image store on fresh Engine 29.0+ installs, overlay2 before).
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { imageSources as img } from './sources';

const L = (ko: string, en: string) => ({ ko, en });

export const pullNodes: NodeDef[] = [
	{
		id: 'host',
		label: L('Docker 호스트', 'Docker host'),
		detail: L('docker CLI와 dockerd', 'the docker CLI and dockerd'),
		tone: 'kernel',
		shape: 'frame',
		about: L(
			'이미지를 받아 오는 쪽입니다. CLI는 요청만 보내고, 레지스트리와 이야기하고 받은 것을 검증해 저장하는 일은 dockerd가 합니다.',
			'The side that pulls. The CLI only sends the request; dockerd talks to the registry, verifies what it gets and stores it.'
		),
		sources: [src.dockerOverview]
	},
	{
		id: 'cli',
		label: L('docker CLI', 'docker CLI'),
		detail: L('docker pull nginx', 'docker pull nginx'),
		tone: 'app',
		notes: ['cli.api'],
		about: L(
			'노트가 말하는 build, pull, run 가운데 pull입니다. 태그를 적지 않으면 CLI가 `latest`를 붙이고(`Using default tag: latest`), 레지스트리를 적지 않으면 Docker Hub의 `docker.io/library/nginx`가 됩니다. CLI는 Docker Engine API `POST /images/create`로 dockerd에 pull을 요청하고 진행 상황을 출력할 뿐입니다.',
			'The pull of the note’s "build, pull, run". Without a tag the CLI adds `latest` ("Using default tag: latest"); without a registry the name means `docker.io/library/nginx` on Docker Hub. The CLI asks dockerd to pull with the Engine API call `POST /images/create` and only prints the progress.'
		),
		sources: [src.mobySwagger, src.dockerOverview, img.dockerStorageDrivers],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'docker-cli' }]
	},
	{
		id: 'dockerd',
		label: L('dockerd', 'dockerd'),
		detail: L('해석 · 받기 · 검증', 'resolves · fetches · verifies'),
		tone: 'engine',
		notes: ['dockerd.objects'],
		about: L(
			'이미지는 노트가 말하는 "도커와 관련된 객체" 가운데 하나입니다. dockerd는 레지스트리의 HTTP API로 태그를 매니페스트로 해석하고, 설정과 레이어를 다이제스트로 받아 그 다이제스트로 검증한 뒤 로컬 이미지 저장소에 넣습니다. 이미 가진 다이제스트의 레이어는 받지 않습니다.',
			'Images are among the "Docker objects" the note says dockerd manages. Over the registry’s HTTP API it resolves the tag to a manifest, fetches the config and the layers by digest, verifies each against its digest and puts it into the local image store. A layer whose digest it already has is not fetched.'
		),
		sources: [img.ociDistribution, img.ociDescriptor, img.dockerStorageDrivers, src.dockerOverview],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'dockerd' }]
	},
	{
		id: 'store',
		label: L('로컬 이미지 저장소', 'Local image store'),
		detail: L(
			'Engine 29+ 신규 설치: containerd 이미지 스토어 · 업그레이드한 설치: overlay2',
			'fresh installs of Engine 29+: containerd image store · upgraded installs: overlay2'
		),
		tone: 'file',
		shape: 'frame',
		about: L(
			'받은 이미지가 놓이는 곳이며, 어디인지는 저장 백엔드에 따라 다릅니다. Docker Engine 29.0 이상을 새로 설치하면 containerd 이미지 스토어가 기본값입니다. 블롭은 containerd의 콘텐츠 스토어에 다이제스트별로 저장되고, 레이어는 스냅샷터(기본값 overlayfs)가 풀어 둡니다. 이전 버전에서 업그레이드한 데몬은 계속 레거시 그래프 드라이버 overlay2를 쓰며, 레이어는 `/var/lib/docker/overlay2` 아래 디렉터리로 풀립니다.',
			'Where pulled images land, which depends on the storage backend. On fresh installs of Docker Engine 29.0 and later the containerd image store is the default: blobs go into containerd’s content store by digest and a snapshotter (overlayfs by default) unpacks the layers. A daemon upgraded from an earlier version keeps the legacy graph driver overlay2, which unpacks each layer into a directory under `/var/lib/docker/overlay2`.'
		),
		sources: [img.dockerContainerdStore, img.containerdSnapshotters, img.dockerOverlayDriver]
	},
	{
		id: 'have-layer',
		label: L('이미 있는 레이어', 'A layer already here'),
		detail: L('다른 이미지가 같은 레이어를 씀', 'another image uses the same layer'),
		tone: 'file',
		about: L(
			'다른 이미지를 받을 때 이미 받아 둔 레이어입니다. 레이어의 이름은 내용의 해시(다이제스트)이므로, 같은 다이제스트가 다시 나오면 같은 내용이 확실하고 다시 받을 필요가 없습니다. Docker 문서의 예처럼 같은 기반 이미지 위에 만든 두 이미지는 기반의 레이어를 함께 씁니다.',
			'A layer pulled earlier, for another image. A layer is named by the hash of its content (its digest), so the same digest means the same bytes and there is nothing to fetch again. As in Docker’s docs, two images built on the same base share the base’s layers.'
		),
		sources: [img.dockerStorageDrivers, img.ociDescriptor]
	},
	{
		id: 'new-blobs',
		label: L('새로 받은 블롭', 'Newly fetched blobs'),
		detail: L('매니페스트 · 설정 · 나머지 레이어', 'manifest · config · other layers'),
		tone: 'file',
		about: L(
			'이번 pull에서 새로 받은 것들입니다. 모두 다이제스트로 저장되므로, 같은 내용을 가리키는 다른 이미지가 생겨도 한 벌만 있습니다. 이제 로컬 이름 `nginx:latest`가 이 이미지를 가리킵니다.',
			'What this pull fetched. Everything is stored by digest, so another image pointing at the same content adds no second copy. The local name `nginx:latest` now points at this image.'
		),
		sources: [img.dockerContainerdStore, img.ociDescriptor]
	},
	{
		id: 'registry',
		label: L('레지스트리', 'Registry'),
		detail: L('Docker Hub · docker.io/library/nginx', 'Docker Hub · docker.io/library/nginx'),
		tone: 'external',
		shape: 'frame',
		about: L(
			'이미지를 저장하고 나눠 주는 서비스입니다. 도커는 기본적으로 Docker Hub에서 이미지를 찾습니다. OCI 배포 스펙(Docker Registry HTTP API V2에서 나온)이 그 HTTP API를 정하며, 레지스트리가 담는 것은 매니페스트와 블롭, 그리고 매니페스트를 가리키는 태그입니다.',
			'The service that stores and hands out images; "Docker looks for images on Docker Hub by default." The OCI Distribution Spec (which grew out of the Docker Registry HTTP API V2) defines its HTTP API. What a registry holds is manifests, blobs, and tags that point at manifests.'
		),
		sources: [img.ociDistribution, src.dockerOverview],
		related: [{ diagram: 'runtime', view: 'architecture', node: 'registry' }]
	},
	{
		id: 'api',
		label: L('/v2/ HTTP API', '/v2/ HTTP API'),
		detail: L('OCI 배포 스펙', 'OCI Distribution Spec'),
		tone: 'external',
		about: L(
			'pull은 두 종류의 요청으로 이루어집니다. `GET /v2/<name>/manifests/<reference>`는 태그나 다이제스트로 매니페스트를 받고, `GET /v2/<name>/blobs/<digest>`는 다이제스트로 블롭(설정, 레이어)을 받습니다.',
			'A pull is made of two kinds of request: `GET /v2/<name>/manifests/<reference>` fetches a manifest by tag or digest, and `GET /v2/<name>/blobs/<digest>` fetches a blob (a config, a layer) by digest.'
		),
		sources: [img.ociDistribution]
	},
	{
		id: 'tag',
		label: L('태그 latest', 'Tag latest'),
		detail: L('움직일 수 있는 이름', 'a name that can move'),
		tone: 'external',
		about: L(
			'태그는 매니페스트를 가리키는 이름일 뿐이며, 새 버전을 올리면 다른 매니페스트를 가리키게 됩니다. 다이제스트는 내용 자체의 해시이므로 바뀌지 않습니다. 그래서 `nginx@sha256:…`처럼 다이제스트로 받으면 언제나 같은 이미지를 받습니다.',
			'A tag is only a name pointing at a manifest; pushing a new version makes it point elsewhere. A digest is the hash of the content itself and never changes, so pulling by digest (`nginx@sha256:…`) always gets the same image.'
		),
		sources: [img.ociDistribution, img.ociDescriptor]
	},
	{
		id: 'index',
		label: L('이미지 인덱스', 'Image index'),
		detail: L('플랫폼마다 매니페스트 하나', 'one manifest per platform'),
		tone: 'external',
		facts: [
			{ key: 'linux/amd64', value: 'sha256:…' },
			{ key: 'linux/arm64', value: 'sha256:…' },
			{
				key: 'mediaType',
				value: 'application/vnd.oci.image.index.v1+json',
				panelOnly: true,
				label: L('미디어 타입', 'media type')
			}
		],
		about: L(
			'여러 플랫폼용 이미지에서 태그가 가리키는 것은 이미지 인덱스입니다. 특정 이미지 매니페스트들을 가리키는 상위 매니페스트로, 항목마다 플랫폼(OS, 아키텍처)과 그 매니페스트의 다이제스트가 있습니다. dockerd는 자기 플랫폼에 맞는 항목을 고릅니다. 한 플랫폼뿐인 이미지의 태그는 매니페스트를 바로 가리킬 수도 있습니다.',
			'For a multi-platform image the tag points at an image index: "a higher-level manifest which points to specific image manifests", each entry with its platform (OS, architecture) and the manifest’s digest. dockerd picks the entry for its own platform. A single-platform image’s tag may point at a manifest directly.'
		),
		sources: [img.ociIndex, src.dockerMultiPlatform]
	},
	{
		id: 'manifest',
		label: L('이미지 매니페스트', 'Image manifest'),
		detail: L('linux/amd64 · 설정 + 레이어 목록', 'linux/amd64 · config + layer list'),
		tone: 'external',
		facts: [
			{
				key: 'mediaType',
				value: 'application/vnd.oci.image.manifest.v1+json',
				panelOnly: true,
				label: L('미디어 타입', 'media type')
			}
		],
		about: L(
			'한 플랫폼의 이미지를 정의하는 JSON 문서입니다. 설정 하나와 레이어들의 순서 있는 목록을 담는데, 각각은 미디어 타입, 크기, 다이제스트를 적은 디스크립터입니다. 매니페스트 자신도 다이제스트로 불립니다.',
			'The JSON document that defines the image for one platform: one config and an ordered list of layers, each given by a descriptor (media type, size, digest). The manifest itself is addressed by its digest too.'
		),
		sources: [img.ociManifest, img.ociDescriptor]
	},
	{
		id: 'config',
		label: L('이미지 설정', 'Image config'),
		detail: L('JSON: Cmd, Env, diff_ids', 'JSON: Cmd, Env, diff_ids'),
		tone: 'external',
		about: L(
			'이미지의 설정 JSON입니다. 컨테이너를 실행할 때의 기본값(Cmd, Entrypoint, Env, WorkingDir)과, 압축을 푼 레이어들의 다이제스트 목록 `rootfs.diff_ids`, 빌드 단계의 기록 `history`가 들어 있습니다. `history`에는 빌드 단계마다 항목이 하나씩 있고, 레이어를 만들지 않은 단계(CMD 등)의 항목에는 `empty_layer: true`가 붙습니다.',
			'The image’s configuration JSON: the defaults for running a container (Cmd, Entrypoint, Env, WorkingDir), `rootfs.diff_ids` (the digests of the uncompressed layers, in order) and `history`, the record of the build: one entry per build step, and `empty_layer: true` on the entry of a step that made no layer (a CMD, say).'
		),
		sources: [img.ociConfig]
	},
	{
		id: 'layers',
		label: L('레이어 1…n', 'Layers 1…n'),
		detail: L('tar+gzip 변경분 · 다이제스트로', 'tar+gzip changesets · by digest'),
		tone: 'external',
		copies: 3,
		about: L(
			'레이어는 파일시스템 변경분을 담은 tar 아카이브(보통 gzip 압축)입니다. 맨 아래 레이어는 기반 이미지의 파일들이고, 위의 레이어는 바로 아래와 달라진 파일(추가, 변경, 삭제)만 담습니다. 레지스트리에서는 다이제스트를 키로 하는 블롭이며, 받는 쪽은 받은 바이트의 해시를 계산해 요청한 다이제스트와 비교하므로 어느 미러나 캐시에서 받아도 내용이 맞는지 스스로 확인할 수 있습니다.',
			'A layer is a tar archive (usually gzip-compressed) of a filesystem changeset: the bottom one holds the base image’s files, each one above only what changed from the one below (added, modified, deleted). In the registry they are blobs keyed by digest; the receiver hashes the bytes it got and compares the result with the digest it asked for, so content from any mirror or cache can be checked by the client itself.'
		),
		sources: [img.ociLayer, img.ociManifest, img.ociDistribution, img.ociDescriptor]
	}
];
