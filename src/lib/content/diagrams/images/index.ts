/**
 * Images: what a Docker image is, how it arrives (`pull`) and how it becomes each container's root
 * filesystem (`layers`). The note's wish to learn "docker-image" (📖 목차를 읽기 전에 든 생각) and
 * the `pull` of its client bullet are answered here (a `build` view is in the works: issue 26); structure from the OCI image and distribution specs, storage per backend from
 * Docker's docs (containerd image store on fresh Engine 29.0+ installs, overlay2 before).
 */
import type { DiagramDef } from '../../types';
import { releases } from '../../releases';
import { pullNodes } from './nodes-pull';
import { layerNodes } from './nodes-layers';
import { edges } from './edges';
import { pullView } from './view-pull';
import { layersView } from './view-layers';

export const images: DiagramDef = {
	id: 'images',
	title: { ko: '도커 이미지', en: 'Docker images' },
	summary: {
		ko: '이미지는 다이제스트로 불리는 읽기 전용 레이어들과 설정입니다. 레지스트리에서 받아 오고, 컨테이너마다 쓰기 가능 레이어를 얹어 루트 파일시스템이 됩니다.',
		en: 'An image is read-only layers and a config, each named by its digest: pulled from a registry and topped with a writable layer per container to become its root filesystem.'
	},
	groups: [],
	nodes: [...pullNodes, ...layerNodes],
	edges,
	views: [pullView, layersView],
	defaultView: 'pull',
	checked: [
		releases.engine,
		releases.ociImageSpec,
		releases.ociDistributionSpec,
		releases.dockerDocs
	]
};
