/**
 * Images: what a Docker image is, how it arrives (`pull`), how it becomes each container's root
 * filesystem (`layers`) and how a Dockerfile makes one (`build`). The note's wish to learn
 * "docker-image" (📖 목차를 읽기 전에 든 생각) and the `build, pull` of its client bullet are
 * answered here; structure from the OCI image and distribution specs, storage per backend from
 * Docker's docs (containerd image store on fresh Engine 29.0+ installs, overlay2 on upgraded ones),
 * the build from Docker's build-cache pages and the Dockerfile reference.
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { pullNodes } from './nodes-pull';
import { layerNodes } from './nodes-layers';
import { buildNodes } from './nodes-build';
import { edges } from './edges';
import { pullView } from './view-pull';
import { layersView } from './view-layers';
import { buildView } from './view-build';

export const images: DiagramDef = {
	id: 'images',
	title: { ko: '도커 이미지', en: 'Docker images' },
	summary: {
		ko: '이미지는 다이제스트로 불리는 읽기 전용 레이어들과 설정입니다. Dockerfile의 명령이 레이어를 만들고, 레지스트리에서 받아 오며, 컨테이너마다 쓰기 가능 레이어를 얹어 루트 파일시스템이 됩니다.',
		en: 'An image is read-only layers and a config, each named by its digest: made layer by layer from a Dockerfile, pulled from a registry, and topped with a writable layer per container to become its root filesystem.'
	},
	groups: [],
	nodes: [...pullNodes, ...layerNodes, ...buildNodes],
	edges,
	views: [pullView, layersView, buildView],
	defaultView: 'pull',
	checked: [
		releases.engine,
		releases.ociImageSpec,
		releases.ociDistributionSpec,
		releases.dockerDocs
	]
};
