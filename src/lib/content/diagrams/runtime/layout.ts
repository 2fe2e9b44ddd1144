/**
 * The pipeline grid shared by the runtime diagram's grid views: where each node sits, and the nodes
 * and edges of the whole pipeline.
 */
import type { GridLayoutSpec, GridPlace } from '../../types';

/**
 * One vertical spine (CLI → dockerd → containerd → shim → runc) with the registry, the bundle and
 * the container beside it and the kernel underneath everything, so every edge joins neighbouring
 * cells and none cross.
 */
const pipelinePlace: Record<string, GridPlace> = {
	'docker-cli': { col: 1, row: 0 },
	dockerd: { col: 1, row: 1 },
	registry: { col: 2, row: 1 },
	containerd: { col: 1, row: 2 },
	'containerd-shim': { col: 1, row: 3 },
	bundle: { col: 0, row: 4 },
	runc: { col: 1, row: 4 },
	nginx: { col: 2, row: 4 },
	kernel: { col: 0, row: 5, cols: 3 }
};

/** The pipeline grid, holding only the given nodes (all at their architecture places). */
export const pipelineGrid = (ids: string[]): GridLayoutSpec => ({
	kind: 'grid',
	cols: 3,
	rows: 6,
	// One line of edge label between rows: "HTTP · docker.sock", "gRPC", "ttrpc" are what the
	// runtime is about, and a slide or a laptop's compact drawing dropped them all.
	compact: { row: 42, box: 28 },
	place: Object.fromEntries(ids.map((id) => [id, pipelinePlace[id]]))
});

export const pipelineNodes = Object.keys(pipelinePlace);

export const pipelineEdges = [
	'cli-dockerd',
	'dockerd-registry',
	'dockerd-containerd',
	'containerd-shim',
	'shim-events',
	'shim-runc',
	'runc-bundle',
	'runc-kernel',
	'shim-nginx',
	'nginx-kernel'
];
