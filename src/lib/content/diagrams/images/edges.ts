/** Edges of the images diagram: requests and references (pull), mounts (layers), the build (build). */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';
import { imageSources as img } from './sources';

const L = (ko: string, en: string) => ({ ko, en });

const pullEdges: EdgeDef[] = [
	{
		id: 'cli-dockerd',
		from: 'cli',
		to: 'dockerd',
		label: L('POST /images/create', 'POST /images/create'),
		about: L(
			'Docker Engine API의 pull 요청(ImagePull)입니다. dockerd가 진행 상황을 스트림으로 돌려주면 CLI가 레이어마다 출력합니다.',
			'The Engine API’s pull call (ImagePull); dockerd streams the progress back and the CLI prints it per layer.'
		),
		sources: [src.mobySwagger],
		related: [{ diagram: 'runtime', view: 'docker-run', node: 'docker-cli' }]
	},
	{
		id: 'dockerd-api',
		from: 'dockerd',
		to: 'api',
		label: L('HTTPS · /v2/', 'HTTPS · /v2/'),
		about: L(
			'레지스트리의 HTTP API로 보내는 요청입니다. 매니페스트는 `/manifests/<태그 또는 다이제스트>`, 설정과 레이어는 `/blobs/<다이제스트>`로 받습니다.',
			'Requests to the registry’s HTTP API: manifests from `/manifests/<tag or digest>`, the config and the layers from `/blobs/<digest>`.'
		),
		sources: [img.ociDistribution],
		related: [{ diagram: 'runtime', view: 'docker-run', node: 'registry' }]
	},
	{
		id: 'api-tag',
		from: 'api',
		to: 'tag',
		label: L('태그 해석', 'resolves the tag'),
		sources: [img.ociDistribution]
	},
	{
		id: 'tag-index',
		from: 'tag',
		to: 'index',
		label: L('다이제스트', 'digest'),
		sources: [img.ociIndex]
	},
	{
		id: 'index-manifest',
		from: 'index',
		to: 'manifest',
		label: L('linux/amd64', 'linux/amd64'),
		sources: [img.ociIndex]
	},
	{
		id: 'manifest-config',
		from: 'manifest',
		to: 'config',
		label: L('config', 'config'),
		sources: [img.ociManifest]
	},
	{
		id: 'manifest-layers',
		from: 'manifest',
		to: 'layers',
		label: L('layers[]', 'layers[]'),
		sources: [img.ociManifest]
	},
	{
		id: 'dockerd-store',
		from: 'dockerd',
		to: 'store',
		label: L('검증 후 다이제스트로 저장', 'verified, stored by digest'),
		short: L('다이제스트로 저장', 'stored by digest'),
		about: L(
			'받은 바이트의 해시가 요청한 다이제스트와 같아야 저장합니다. containerd 이미지 스토어에서는 containerd의 콘텐츠 스토어에, overlay2에서는 dockerd 자신의 저장소에 들어갑니다.',
			'Stored only if the bytes hash to the digest asked for: into containerd’s content store with the containerd image store, into dockerd’s own store with overlay2.'
		),
		sources: [img.ociDescriptor, img.dockerContainerdStore]
	}
];

/** The overlay mount of one container: its process sees merged, merged stacks upperdir on the image. */
const mountEdges = (name: string): EdgeDef[] => [
	{
		id: `proc-${name}-merged`,
		from: `proc-${name}`,
		to: `merged-${name}`,
		label: L('pivot_root → /', 'pivot_root → /'),
		about: L(
			'runc가 merged 디렉터리(`root.path`)로 `pivot_root`하므로, 프로세스는 이것을 루트 파일시스템으로 봅니다.',
			'runc does a `pivot_root` into the merged directory (`root.path`), so the process sees it as its root filesystem.'
		),
		sources: [src.runcReadme, src.mobyOciLinux]
	},
	{
		id: `merged-${name}-upper`,
		from: `merged-${name}`,
		to: `upper-${name}`,
		label: L('upperdir (쓰기)', 'upperdir (rw)'),
		sources: [img.dockerOverlayDriver]
	},
	{
		id: `upper-${name}-lower`,
		from: `upper-${name}`,
		to: 'layer-3',
		label: L('lowerdir (읽기 전용)', 'lowerdir (ro)'),
		style: 'dashed',
		about: L(
			'이미지의 레이어들이 overlay 마운트의 lowerdir입니다(여러 개면 콜론으로 이어 위쪽부터). upperdir에 없는 파일은 여기서 읽힙니다.',
			'The image’s layers are the overlay mount’s lowerdirs (several, colon-separated, topmost first). A file not in upperdir is read from them.'
		),
		sources: [img.dockerOverlayDriver, img.kernelOverlayfs]
	}
];

const buildEdges: EdgeDef[] = [
	{
		id: 'context-buildkit',
		from: 'context',
		to: 'buildkit',
		label: L('docker build -t app .', 'docker build -t app .'),
		short: L('docker build', 'docker build'),
		about: L(
			'CLI(Buildx)가 빌드 요청을 보내고, 빌더는 빌드 컨텍스트에서 필요한 파일을 받아 갑니다.',
			'The CLI (Buildx) sends the build request; the builder loads the files it needs from the build context.'
		),
		sources: [img.dockerBuildOverview]
	},
	{
		id: 'buildkit-dockerfile',
		from: 'buildkit',
		to: 'dockerfile',
		label: L('위에서부터 실행', 'runs from the top'),
		short: L('실행', 'runs'),
		about: L(
			'BuildKit이 명령을 순서대로 실행하면서, 명령마다 빌드 캐시와 비교합니다.',
			'BuildKit runs the instructions in order, comparing each with the build cache.'
		),
		sources: [img.dockerCacheInvalidation]
	},
	{
		id: 'dockerfile-built',
		from: 'dockerfile',
		to: 'built',
		label: L('레이어 + 설정', 'layers + config'),
		short: L('결과', 'result'),
		about: L(
			'파일시스템을 바꾼 명령마다 레이어 하나, 나머지는 설정의 변경입니다.',
			'One layer per instruction that changed the filesystem; the rest are changes to the config.'
		),
		sources: [img.dockerStorageDrivers, img.ociConfig]
	}
];

export const edges: EdgeDef[] = [
	...pullEdges,
	...mountEdges('web1'),
	...mountEdges('web2'),
	...buildEdges
];
