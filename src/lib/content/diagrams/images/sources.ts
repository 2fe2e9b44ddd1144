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
	// the uncompressed layer tars); `history`, ordered first to last, one entry per build step,
	// `empty_layer: true` on an entry that made no layer in `rootfs` (the spec's example: CMD).
	ociConfig: {
		label: 'OCI Image Spec v1.1.0: Image Configuration',
		url: 'https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md'
	},
	// image-spec v1.1.0 layer.md: a layer is a filesystem changeset (tar) of added, modified and
	// deleted files; in the tar, a deletion is a whiteout file named `.wh.<name>`, `.wh..wh..opq`
	// hides a whole directory. (On disk overlay2 turns them into 0/0 character devices: mobyArchive.)
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
	// moby pkg/archive at b028b078: whiteouts.go ("Docker uses AUFS whiteout files inside exported
	// archives", `.wh.` prefix); archive_linux.go overlayWhiteoutConverter: unpacking a layer tar
	// for overlay, a `.wh.<name>` entry becomes a character device 0/0 (`unix.Mknod(…, S_IFCHR,
	// 0)`), and going back to a tar a 0/0 device becomes `.wh.<name>` again.
	mobyArchive: {
		label: 'moby pkg/archive (b028b078): whiteouts in layer tars and on overlay',
		url: 'https://github.com/moby/moby/blob/b028b078da589fd5728ea14128e99e52680ce722/pkg/archive/whiteouts.go'
	},
	// docker-library/docs nginx/content.md (read at 3c26a0b7): static content is served from
	// `/usr/share/nginx/html`, the configuration is `/etc/nginx/nginx.conf`, port 80 (`-p 8080:80`).
	nginxImage: {
		label: 'docker-library/docs (3c26a0b7): nginx official image',
		url: 'https://github.com/docker-library/docs/blob/3c26a0b7542e9fe8d45a1494d1c9a406522156c2/nginx/content.md'
	},
	// docker/docs content/manuals/build/cache/invalidation.md (read at 12bd4ff2): each instruction
	// is compared with the cached layers; ADD/COPY: "a cache checksum from file metadata" (the
	// docs' wording: BuildKit hashes the contents too, see buildkitContenthash), not mtime;
	// for RUN "just the command string itself is used to find a match", and "once the cache is
	// invalidated, all subsequent Dockerfile commands generate new images": a step is reused only
	// when every step before it was too ("make sure that a layer before it has changed" forces a
	// RUN again); `--no-cache`.
	dockerCacheInvalidation: {
		label: 'Docker docs: Build cache invalidation',
		url: 'https://docs.docker.com/build/cache/invalidation/'
	},
	// docker/docs content/get-started/docker-concepts/building-images/using-the-build-cache.md (read
	// at c52cc184): the node:22-alpine/yarn Dockerfile, its fix (WORKDIR /app, COPY package.json
	// yarn.lock ./, RUN yarn install --production, COPY . ., EXPOSE 3000, CMD ["node",
	// "src/index.js"]), BuildKit's "CACHED [2/5] WORKDIR /app", and the rebuild after editing
	// src/static/index.html: steps 2–4 CACHED, COPY . . runs again.
	dockerUsingBuildCache: {
		label: 'Docker docs: Using the build cache',
		url: 'https://docs.docker.com/get-started/docker-concepts/building-images/using-the-build-cache/'
	},
	// moby/buildkit cache/contenthash/checksum.go (read at 2b64996e), prepareDigest: a copied
	// file's checksum is its header (mode, uid/gid, size, type, xattrs; tarsum.go drops mtime)
	// followed by its contents.
	buildkitContenthash: {
		label: 'moby/buildkit (2b64996e): cache/contenthash/checksum.go',
		url: 'https://github.com/moby/buildkit/blob/2b64996e/cache/contenthash/checksum.go'
	},
	// docker/docs content/manuals/build/concepts/context.md (read at 135870fc): with BuildKit the
	// builder "loads the files it needs from the build context when needed"; `.dockerignore`
	// excludes files before anything is sent.
	dockerBuildContext: {
		label: 'Docker docs: Build context',
		url: 'https://docs.docker.com/build/concepts/context/'
	},
	// moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go (read at 571e14e0): the image
	// config starts from the base image's (its history included); each instruction appends one
	// history entry (commitToHistory, `EmptyLayer: !withLayer`); WORKDIR's Mkdir makes a layer.
	buildkitConvert: {
		label: 'moby/buildkit (571e14e0): dockerfile2llb/convert.go',
		url: 'https://github.com/moby/buildkit/blob/571e14e0/frontend/dockerfile/dockerfile2llb/convert.go'
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
	// docker/compose pull request #8655, "define compose container names with a valid hostname"
	// (merged for Compose v2): containers are named <project>-<service>-<index>, a hyphen where
	// Compose v1 had an underscore (`--compatibility` keeps the old one).
	composeContainerNames: {
		label: 'docker/compose #8655 (Compose v2 container names)',
		url: 'https://github.com/docker/compose/pull/8655'
	},
	// docker/docs content/reference/dockerfile.md, WORKDIR: it sets the working directory for the
	// RUN, CMD, ENTRYPOINT, COPY and ADD after it; "If the WORKDIR doesn't exist, it will be
	// created even if it's not used in any subsequent Dockerfile instruction".
	dockerfileWorkdir: {
		label: 'Dockerfile reference: WORKDIR',
		url: 'https://docs.docker.com/reference/dockerfile/#workdir'
	},
	// docker/buildx issue #1910, "WORKDIR creates extra layer": with BuildKit, a WORKDIR that
	// creates its directory leaves a layer of its own (32 bytes there) holding that directory.
	buildxWorkdirLayer: {
		label: 'docker/buildx issue #1910 (WORKDIR makes a layer with BuildKit)',
		url: 'https://github.com/docker/buildx/issues/1910'
	}
} satisfies Record<string, SourceRef>;
