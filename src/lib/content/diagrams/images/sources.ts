/**
 * The sources of the images diagram (and of the networking diagram's Compose view), kept beside
 * them rather than in content/sources.ts. Each comment says what was read there and at which
 * version: OCI specs at their release tags, Docker docs files at the docker/docs commit read.
 */
import type { SourceRef } from '../../types';

export const imageSources = {
	// image-spec v1.1.0 image-index.md: "a higher-level manifest which points to specific image
	// manifests, ideal for one or more platforms"; manifests[].platform.
	ociIndex: {
		label: 'OCI Image Spec v1.1.0: Image Index',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/image-index.md'
	},
	// image-spec v1.1.0 manifest.md: a manifest names one config and an ordered list of layers,
	// each by a content descriptor (mediaType, digest, size).
	ociManifest: {
		label: 'OCI Image Spec v1.1.0: Image Manifest',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/manifest.md'
	},
	// image-spec v1.1.0 config.md: Cmd, Entrypoint, Env, WorkingDir; rootfs.diff_ids (digests of
	// the uncompressed layer tars), history[].empty_layer.
	ociConfig: {
		label: 'OCI Image Spec v1.1.0: Image Configuration',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md'
	},
	// image-spec v1.1.0 layer.md: a layer is a filesystem changeset (tar) of added, modified and
	// deleted files; deletions are whiteout files named `.wh.<name>`, `.wh..wh..opq` hides a
	// whole directory.
	ociLayer: {
		label: 'OCI Image Spec v1.1.0: Image Layer Filesystem Changeset',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/layer.md'
	},
	// image-spec v1.1.0 descriptor.md: a digest is `algorithm:encoded`, sha256 in practice; content
	// is verified against it after download.
	ociDescriptor: {
		label: 'OCI Image Spec v1.1.0: Descriptors (digests)',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/descriptor.md'
	},
	// distribution-spec v1.1.0 spec.md: pulling manifests `GET /v2/<name>/manifests/<reference>`
	// (a tag or a digest), pulling blobs `GET /v2/<name>/blobs/<digest>`; content addressability.
	ociDistribution: {
		label: 'OCI Distribution Spec v1.1.0: pulling manifests and blobs',
		url: 'https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md'
	},
	// docker/docs content/manuals/engine/storage/drivers/_index.md (read at 07b43d3d): "Commands
	// that modify the filesystem create a new layer" (LABEL and CMD only change metadata); the thin
	// writable container layer; "multiple containers can share access to the same underlying
	// image and yet have their own data state"; copy-on-write; layers already present are not
	// pulled again.
	dockerStorageDrivers: {
		label: 'Docker docs: Storage drivers (images, layers, copy-on-write)',
		url: 'https://docs.docker.com/engine/storage/drivers/'
	},
	// docker/docs content/manuals/engine/storage/drivers/overlayfs-driver.md (read at 0ed71666):
	// lowerdir (image layers, read-only), upperdir (container layer), `merged` (the container's
	// mount point), `work` internal to OverlayFS; copy_up of the whole file on the first write;
	// a deleted file becomes a whiteout in upperdir; overlay2 is legacy since Engine 29.0.
	dockerOverlayDriver: {
		label: 'Docker docs: OverlayFS storage driver',
		url: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/'
	},
	// docs.docker.com/engine/storage/containerd/: "the default storage backend for Docker Engine
	// 29.0 and later on fresh installations"; upgraded daemons keep overlay2; snapshotters
	// instead of graph drivers; not with userns-remap.
	dockerContainerdStore: {
		label: 'Docker docs: containerd image store',
		url: 'https://docs.docker.com/engine/storage/containerd/'
	},
	// containerd docs/snapshotters/README.md: `overlayfs` is the default snapshotter, "akin to
	// Docker/Moby's overlay2 storage driver".
	containerdSnapshotters: {
		label: 'containerd docs: Snapshotters',
		url: 'https://github.com/containerd/containerd/blob/main/docs/snapshotters/README.md'
	},
	// Linux Documentation/filesystems/overlayfs.rst (6.12): upper and lower directories, the
	// workdir, copy up, and whiteouts as character devices with device number 0/0.
	kernelOverlayfs: {
		label: 'Linux kernel docs: Overlay Filesystem',
		url: 'https://docs.kernel.org/filesystems/overlayfs.html'
	},
	// docker/docs content/manuals/build/cache/_index.md: each instruction translates to a layer;
	// "Once a layer changes, then all downstream layers need to be rebuilt".
	dockerBuildCache: {
		label: 'Docker docs: Docker build cache',
		url: 'https://docs.docker.com/build/cache/'
	},
	// docker/docs content/manuals/build/cache/invalidation.md (read at 18bbfeeb): the instruction
	// is compared with the cache; ADD/COPY use a checksum of file metadata (not mtime); RUN's
	// cache does not look at files it would fetch.
	dockerCacheInvalidation: {
		label: 'Docker docs: Build cache invalidation',
		url: 'https://docs.docker.com/build/cache/invalidation/'
	},
	// docs.docker.com get-started "Using the build cache": the node/yarn Dockerfile and the fix of
	// copying package.json and yarn.lock before the rest of the source.
	dockerUsingBuildCache: {
		label: 'Docker docs: Using the build cache',
		url: 'https://docs.docker.com/get-started/docker-concepts/building-images/using-the-build-cache/'
	},
	// docs.docker.com/build/concepts/overview/: `docker build` is a wrapper around Buildx, which
	// sends the build request to BuildKit; the default builder uses the BuildKit bundled with dockerd.
	dockerBuildOverview: {
		label: 'Docker docs: Docker Build overview',
		url: 'https://docs.docker.com/build/concepts/overview/'
	},
	// moby v23.0.0 release notes: "Set Buildx and BuildKit as the default builder on Linux".
	moby23Release: {
		label: 'moby v23.0.0 release notes',
		url: 'https://github.com/moby/moby/releases/tag/v23.0.0'
	},
	// docker/docs content/manuals/compose/how-tos/networking.md (read at 0ff924b3): the project
	// network `myapp_default`, services joining it under their names, `postgres://db:5432`,
	// HOST_PORT vs CONTAINER_PORT.
	composeNetworking: {
		label: 'Docker docs: Networking in Compose',
		url: 'https://docs.docker.com/compose/how-tos/networking/'
	},
	// docs.docker.com/compose/how-tos/project-name/: the project name defaults to the name of
	// the directory holding the Compose file.
	composeProjectName: {
		label: 'Docker docs: Specify a project name',
		url: 'https://docs.docker.com/compose/how-tos/project-name/'
	},
	// docker/compose issue #8835: Compose v2 names containers <project>-<service>-<index>.
	composeContainerNames: {
		label: 'docker/compose issue #8835 (container names in Compose v2)',
		url: 'https://github.com/docker/compose/issues/8835'
	}
} satisfies Record<string, SourceRef>;
