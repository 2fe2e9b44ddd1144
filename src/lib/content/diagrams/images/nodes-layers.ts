/**
 * Nodes of the `layers` view: one image's read-only layers and config, and two containers of it,
 * each with its own writable layer (upperdir) and the merged root filesystem runc pivots into.
 * Facts from Docker's storage-driver and overlayfs-driver pages and the kernel's overlayfs docs.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';
import { imageSources as img } from './sources';

const L = (ko: string, en: string) => ({ ko, en });

/** The process, merged view and writable layer of one container of the image. */
function container(name: string, other: string): NodeDef[] {
	return [
		{
			id: `ctr-${name}`,
			label: L(`컨테이너 ${name}`, `Container ${name}`),
			detail: L('docker run nginx', 'docker run nginx'),
			tone: 'process',
			shape: 'frame',
			about: L(
				`같은 이미지로 만든 두 컨테이너 중 하나입니다. 이미지와 컨테이너의 가장 큰 차이는 맨 위의 쓰기 가능 레이어입니다. ${name}이 쓰는 것은 모두 자신의 쓰기 가능 레이어에만 가므로 ${other}에는 보이지 않습니다.`,
				`One of two containers of the same image. "The major difference between a container and an image is the top writable layer": whatever ${name} writes goes to its own writable layer only, so ${other} never sees it.`
			),
			sources: [img.dockerStorageDrivers]
		},
		{
			id: `proc-${name}`,
			label: L('nginx (PID 1)', 'nginx (PID 1)'),
			detail: L('/ 가 merged', '/ is merged'),
			tone: 'app',
			about: L(
				'컨테이너의 프로세스입니다. runc가 컨테이너를 만들 때 `config.json`의 `root.path`, 곧 dockerd가 마운트해 둔 merged 디렉터리로 `pivot_root`하므로, 프로세스에게는 이 합쳐진 디렉터리가 `/`입니다.',
				'The container’s process. When runc creates the container it does a `pivot_root` into `root.path` of `config.json`, the merged directory dockerd mounted, so to the process that union is `/`.'
			),
			sources: [src.runcReadme, img.dockerOverlayDriver, img.nginxImage],
			related: [{ diagram: 'runtime', view: 'docker-run', node: 'nginx' }]
		},
		{
			id: `merged-${name}`,
			label: L('merged = 루트 파일시스템', 'merged = root filesystem'),
			detail: L('overlay 마운트 지점', 'the overlay mount point'),
			tone: 'file',
			facts: [
				{ key: 'upperdir', value: `${name}/diff`, panelOnly: true },
				{ key: 'workdir', value: `${name}/work`, panelOnly: true },
				{ key: 'lowerdir', value: 'L3:L2:L1', panelOnly: true }
			],
			about: L(
				'overlay 마운트가 보여 주는 합쳐진 디렉터리로, 사실상 컨테이너의 마운트 지점입니다. `lowerdir`(이미지 레이어, 읽기 전용, 여러 개면 위쪽부터), `upperdir`(컨테이너 레이어, 쓰기 가능), `workdir`(OverlayFS가 내부에서 쓰는 작업 디렉터리)로 마운트합니다. 같은 이름의 파일이 양쪽에 있으면 upperdir 쪽이 보입니다.',
				'The unified directory the overlay mount exposes, "effectively the container’s mount point". It is mounted with `lowerdir` (the image layers, read-only, topmost first), `upperdir` (the container layer, writable) and `workdir` (used internally by OverlayFS). Where both have a file of the same name, the upperdir’s wins.'
			),
			sources: [img.dockerOverlayDriver, img.kernelOverlayfs],
			related: [{ diagram: 'runtime', view: 'docker-run', node: 'bundle' }]
		},
		{
			id: `upper-${name}`,
			label: L(`upperdir (${name})`, `upperdir (${name})`),
			detail: L('얇은 쓰기 가능 레이어', 'thin writable layer'),
			tone: 'file',
			about: L(
				`${name}만의 쓰기 가능 레이어(컨테이너 레이어)입니다. 새로 만든 파일, 바꾼 파일의 복사본, 지운 파일의 화이트아웃이 모두 여기에 쌓이고, 컨테이너를 지우면 함께 사라집니다. 남겨야 하는 데이터는 볼륨에 두십시오.`,
				`${name}’s own writable layer (the "container layer"). New files, copies of changed files and whiteouts of deleted ones all collect here, and it is deleted with the container; data that must outlive it belongs in a volume.`
			),
			sources: [img.dockerStorageDrivers, img.dockerOverlayDriver, img.nginxImage]
		}
	];
}

export const layerNodes: NodeDef[] = [
	...container('web1', 'web2'),
	...container('web2', 'web1'),
	{
		id: 'image',
		label: L('이미지 nginx:latest', 'Image nginx:latest'),
		detail: L('읽기 전용 레이어 + 설정', 'read-only layers + config'),
		tone: 'external',
		shape: 'frame',
		notes: ['wish.compose-image', 'dockerd.objects'],
		about: L(
			'이미지는 읽기 전용 레이어들을 쌓은 것과 설정(JSON)입니다. 컨테이너를 만들 때 레이어를 복사하지 않으므로, 같은 이미지의 컨테이너는 몇 개든 레이어를 함께 씁니다. 컨테이너마다 다른 것은 맨 위의 쓰기 가능 레이어뿐입니다.',
			'An image is a stack of read-only layers plus a config (JSON). Creating a container copies no layer, so any number of containers of one image share them; what differs per container is only the writable layer on top.'
		),
		sources: [img.dockerStorageDrivers, img.ociManifest, img.nginxImage],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-userland' }]
	},
	{
		id: 'img-config',
		label: L('설정', 'Config'),
		detail: L('Cmd · Env · diff_ids', 'Cmd · Env · diff_ids'),
		tone: 'external',
		about: L(
			'파일이 아니라 실행 기본값(Cmd, Entrypoint, Env, WorkingDir)과 레이어 목록(`rootfs.diff_ids`)입니다. dockerd는 이것으로 컨테이너의 OCI 런타임 스펙을 만듭니다.',
			'Not files but the run defaults (Cmd, Entrypoint, Env, WorkingDir) and the list of layers (`rootfs.diff_ids`). dockerd builds the container’s OCI runtime spec from it.'
		),
		sources: [img.ociConfig, src.mobyStart]
	},
	{
		id: 'layer-3',
		label: L('레이어 3', 'Layer 3'),
		detail: L('위 레이어: 달라진 파일만', 'upper layer: changes only'),
		tone: 'external',
		about: L(
			'맨 위의 이미지 레이어입니다. 아래 레이어와 달라진 파일만 담고, 아래에 있던 파일을 지운 것은 화이트아웃으로 적습니다. 레이어의 tar(레지스트리에서 받는 형태, OCI 이미지 스펙)에서는 빈 파일 `.wh.<이름>`이고, overlay2가 디스크에 풀어 둔 레이어에서는 장치 번호 0/0인 문자 장치입니다. dockerd는 풀 때 전자를 후자로, tar로 만들 때 후자를 전자로 바꿉니다.',
			'The top image layer. It holds only what changed from the layers below; a file it removes from them is recorded as a whiteout. In the layer’s tar (as it comes from a registry, per the OCI image spec) that is an empty file `.wh.<name>`; in the layer as overlay2 unpacks it on disk, a character device numbered 0/0. dockerd turns the one into the other when it unpacks a tar, and back when it makes one.'
		),
		sources: [img.ociLayer, img.mobyArchive, img.kernelOverlayfs]
	},
	{
		id: 'layer-2',
		label: L('레이어 2', 'Layer 2'),
		detail: L('읽기 전용', 'read-only'),
		tone: 'external',
		about: L(
			'중간의 이미지 레이어로, 읽기 전용입니다. 어느 컨테이너도 이 레이어를 바꾸지 않으며, 바꾸려는 파일은 먼저 자신의 upperdir로 복사합니다.',
			'A middle image layer, read-only. No container changes it: a file a container writes is first copied up into its own upperdir.'
		),
		sources: [img.dockerOverlayDriver]
	},
	{
		id: 'layer-1',
		label: L('레이어 1 (기반)', 'Layer 1 (base)'),
		detail: L('기반 이미지의 파일', 'the base image’s files'),
		tone: 'external',
		about: L(
			'맨 아래 레이어로 기반 배포판의 파일들(`/bin`, `/etc`, `/lib`…)입니다. 이것이 가상화 그림에서 말하는 "이미지에 포함"된 라이브러리가 오는 곳입니다. 커널은 여기 없으며 호스트의 것을 씁니다.',
			'The bottom layer: the base distribution’s files (`/bin`, `/etc`, `/lib`…). This is where the libraries "from the image" in the virtualization picture come from. The kernel is not here: containers use the host’s.'
		),
		sources: [img.dockerOverlayDriver, src.dockerContainer],
		related: [{ diagram: 'virtualization', view: 'container', node: 'ctr-userland' }]
	}
];
