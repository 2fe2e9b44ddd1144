/**
 * One image, two containers: the read-only layers shared, a writable upperdir each, the overlay
 * mount that merges them into the root filesystem runc pivots into, copy-up on the first write and
 * a whiteout for a deleted file (Docker's storage-driver and overlayfs-driver pages, the kernel's
 * overlayfs docs, OCI layer.md).
 */
import type { L10n, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

const imageParts = ['image', 'img-config', 'layer-3', 'layer-2', 'layer-1'];

export const layersView: ViewDef = {
	id: 'layers',
	title: L('레이어와 컨테이너', 'Layers and containers'),
	summary: L(
		'이미지는 읽기 전용 레이어와 설정입니다. 같은 이미지의 두 컨테이너는 레이어를 함께 쓰고 저마다 얇은 쓰기 가능 레이어를 받으며, overlay 마운트가 이 둘을 합쳐 루트 파일시스템을 만듭니다.',
		'An image is read-only layers plus a config. Two containers of one image share the layers, each gets a thin writable layer, and an overlay mount merges the two into a root filesystem.'
	),
	layout: {
		kind: 'boxes',
		grid: { cols: 2 },
		place: {
			'ctr-web1': { col: 0, row: 0 },
			'proc-web1': { in: 'ctr-web1', col: 0, row: 0 },
			'merged-web1': { in: 'ctr-web1', col: 0, row: 1 },
			'upper-web1': { in: 'ctr-web1', col: 0, row: 2 },
			'ctr-web2': { col: 1, row: 0 },
			'proc-web2': { in: 'ctr-web2', col: 0, row: 0 },
			'merged-web2': { in: 'ctr-web2', col: 0, row: 1 },
			'upper-web2': { in: 'ctr-web2', col: 0, row: 2 },
			// The layers in the middle column, under the gap between the containers, so that both
			// lowerdir lines come down to them without crossing the other container's boxes.
			image: { col: 0, row: 1, cols: 2, grid: { cols: 3, widths: [1, 2, 1] } },
			'layer-3': { in: 'image', col: 1, row: 0 },
			'layer-2': { in: 'image', col: 1, row: 1 },
			'layer-1': { in: 'image', col: 1, row: 2 },
			'img-config': { in: 'image', col: 2, row: 0 }
		},
		// A 480×270 embed or a slide: the image's layers side by side, bottom to top left to right,
		// so that the picture is two rows of boxes high and its type stays legible.
		compact: {
			image: { grid: { cols: 4 } },
			'layer-1': { col: 0, row: 0 },
			'layer-2': { col: 1, row: 0 },
			'layer-3': { col: 2, row: 0 },
			'img-config': { col: 3, row: 0 }
		},
		// Phones: the image's layers take the frame's width; its config goes under them.
		narrow: {
			image: { grid: { cols: 1 } },
			'layer-3': { col: 0 },
			'layer-2': { col: 0 },
			'layer-1': { col: 0 },
			'img-config': { col: 0, row: 3 }
		}
	},
	steps: [
		{
			narration: L(
				'이미지 nginx:latest는 읽기 전용 레이어들과 설정입니다. 각 레이어는 아래 레이어와 달라진 파일만 담고, 설정에는 실행 기본값(Cmd, Env…)과 레이어 목록이 있습니다. 이 레이어들은 한 번 만들어지면 바뀌지 않습니다.',
				'The image nginx:latest is read-only layers plus a config. Each layer holds only what changed from the one below; the config holds the run defaults (Cmd, Env…) and the list of layers. Once made, the layers never change.'
			),
			highlight: imageParts
		},
		{
			narration: L(
				'같은 이미지로 `docker run`을 두 번 하면 컨테이너 web1과 web2가 생깁니다. 레이어는 복사되지 않습니다. 둘 다 같은 레이어를 읽고, 저마다 자신만의 얇은 쓰기 가능 레이어(upperdir)를 받습니다. 이것이 이미지와 컨테이너의 가장 큰 차이입니다.',
				'`docker run` twice from the same image makes containers web1 and web2. No layer is copied: both read the same layers, and each gets a thin writable layer of its own (its upperdir), "the major difference between a container and an image".'
			),
			highlight: ['upper-web1', 'upper-web2', 'layer-3', 'layer-2', 'layer-1'],
			edges: ['upper-web1-lower', 'upper-web2-lower']
		},
		{
			narration: L(
				'컨테이너마다 overlay 마운트 하나가 이 둘을 합칩니다. `lowerdir`는 이미지 레이어(읽기 전용, 위쪽부터), `upperdir`는 그 컨테이너의 레이어, `workdir`는 OverlayFS의 작업 공간이고, 합쳐진 모습이 `merged`에 보입니다. overlay2 드라이버에서는 dockerd가, containerd 이미지 스토어(Engine 29.0 이상 신규 설치)에서는 containerd의 overlayfs 스냅샷터가 알려 준 마운트를 dockerd가 마운트합니다.',
				'Per container, one overlay mount merges the two: `lowerdir` is the image layers (read-only, topmost first), `upperdir` that container’s layer, `workdir` OverlayFS’s scratch space, and the union appears at `merged`. With the overlay2 driver dockerd mounts it; with the containerd image store (fresh Engine 29.0+ installs) dockerd mounts what containerd’s overlayfs snapshotter returns.'
			),
			highlight: ['merged-web1', 'upper-web1', 'merged-web2', 'upper-web2', 'layer-3'],
			edges: ['merged-web1-upper', 'upper-web1-lower', 'merged-web2-upper', 'upper-web2-lower']
		},
		{
			narration: L(
				'dockerd는 merged의 경로를 OCI 런타임 스펙의 `root.path`에 적고, runc는 컨테이너를 만들 때 그곳으로 `pivot_root`합니다. 그래서 nginx에게는 merged가 `/`, 곧 루트 파일시스템입니다. 런타임 그림의 "dockerd가 루트 파일시스템을 마운트한다"가 바로 이 마운트입니다.',
				'dockerd writes merged’s path into `root.path` of the OCI runtime spec, and runc `pivot_root`s into it when it creates the container: to nginx, merged is `/`, its root filesystem. The runtime picture’s "dockerd mounts the root filesystem" is this mount.'
			),
			highlight: ['proc-web1', 'merged-web1', 'proc-web2', 'merged-web2'],
			edges: ['proc-web1-merged', 'proc-web2-merged'],
			tokens: [{ edge: 'proc-web1-merged' }, { edge: 'proc-web2-merged' }]
		},
		{
			narration: L(
				'읽기: web1이 `/etc/nginx/nginx.conf`를 열면, upperdir에 없으므로 이미지 레이어에서 읽습니다. 비용이 거의 없고, 같은 파일을 읽는 컨테이너들은 페이지 캐시도 하나를 함께 씁니다.',
				'Reading: web1 opens `/etc/nginx/nginx.conf`; it is not in its upperdir, so it is read from the image layers. This costs almost nothing, and containers reading the same file share one page cache entry for it.'
			),
			highlight: ['proc-web1', 'merged-web1', 'upper-web1', 'layer-2'],
			edges: ['proc-web1-merged', 'merged-web1-upper', 'upper-web1-lower'],
			tokens: [
				{ edge: 'proc-web1-merged' },
				{ edge: 'merged-web1-upper' },
				{ edge: 'upper-web1-lower' }
			]
		},
		{
			narration: L(
				'처음 쓰기: web1이 그 파일을 고치면 overlay가 먼저 파일 전체를 web1의 upperdir로 복사(copy_up)하고, 그 복사본을 고칩니다. 이후의 쓰기는 복사본에 바로 갑니다. 이미지 레이어는 그대로이므로 web2는 여전히 원래 파일을 봅니다.',
				'First write: web1 edits that file, so overlay first copies the whole file up into web1’s upperdir (copy_up) and the change goes to the copy; later writes go straight to it. The image layer is untouched, so web2 still sees the original.'
			),
			highlight: ['proc-web1', 'upper-web1', 'layer-2', 'merged-web2'],
			edges: ['merged-web1-upper', 'upper-web1-lower'],
			relabel: {
				'upper-web1': {
					detail: L('nginx.conf 복사본 (copy_up)', 'nginx.conf, copied up'),
					facts: [{ key: '+', value: 'etc/nginx/nginx.conf' }]
				}
			}
		},
		{
			narration: L(
				'삭제: web2가 `/usr/share/nginx/html/index.html`을 지우면 이미지 레이어의 파일은 그대로 두고, web2의 upperdir에 화이트아웃을 만들어 가립니다. web2의 upperdir(디스크, overlay2)에서 화이트아웃은 커널 overlayfs가 정한 장치 번호 0/0인 문자 장치이고, 레이어를 tar로 만들면(OCI 이미지 스펙) `.wh.index.html` 파일이 됩니다. web1에게는 여전히 보입니다.',
				'Deleting: web2 removes `/usr/share/nginx/html/index.html`. The file stays in the image layer; a whiteout in web2’s upperdir hides it. On disk, in web2’s upperdir (overlay2), the whiteout is what the kernel’s overlayfs reads as one: a character device numbered 0/0; in a layer’s tar (the OCI image spec’s form) it would be a file `.wh.index.html`. web1 still sees the file.'
			),
			highlight: ['proc-web2', 'upper-web2', 'merged-web2', 'merged-web1'],
			edges: ['merged-web2-upper'],
			relabel: {
				'upper-web2': {
					detail: L('index.html의 화이트아웃', 'whiteout of index.html'),
					facts: [{ key: 'wh', value: 'usr/share/nginx/html/index.html' }]
				}
			}
		},
		{
			narration: L(
				'`docker rm web1`을 하면 web1의 쓰기 가능 레이어도 함께 지워지고 이미지는 그대로 남습니다. 그래서 컨테이너에 쓴 것은 컨테이너와 함께 사라집니다. 남겨야 하거나 쓰기가 많은 데이터는 이 레이어를 거치지 않는 볼륨에 둡니다.',
				'`docker rm web1` deletes web1’s writable layer with it; the image is unchanged. What a container wrote goes away with the container: data to keep, or written heavily, belongs in a volume, which bypasses this layer.'
			),
			highlight: ['ctr-web1', 'upper-web1', ...imageParts]
		}
	]
};
