/**
 * The releases the diagrams' facts were checked against (DiagramDef.checked), one entry per
 * piece of software or document, shared by the diagrams that read it. The commits are those the
 * reviews and shared/reference/domain.md read (content-review-2.md, "Sources read"); where the
 * commit is not a tagged release, it is named as main at that commit, with what dates it.
 */
import type { CheckedRelease } from './types';

const L = (en: string, ko: string) => ({ en, ko });

export const releases = {
	// b985e231 (2026-08-23) has the private time namespace of d5370d34d3, first tagged
	// docker-v29.5.0; the diagrams' version-dependent Engine facts are stated for 29.x.
	engine: {
		what: 'Docker Engine (moby)',
		version: L('29.x, main at b985e231 (2026-08-23)', '29.x, main b985e231 (2026-08-23)'),
		url: 'https://github.com/moby/moby/tree/b985e231'
	},
	// 301026e5 (2026-08-22) answers the shim's `start` with a BootstrapResult (containerd 2.3+).
	containerd: {
		what: 'containerd',
		version: L('2.3+, main at 301026e5 (2026-08-22)', '2.3 이상, main 301026e5 (2026-08-22)'),
		url: 'https://github.com/containerd/containerd/tree/301026e5'
	},
	runc: {
		what: 'runc',
		version: L('main at 76d9cf5d (2026-08-19)', 'main 76d9cf5d (2026-08-19)'),
		url: 'https://github.com/opencontainers/runc/tree/76d9cf5d'
	},
	ociSpec: {
		what: 'OCI runtime spec',
		version: L('main at 6999a89a', 'main 6999a89a'),
		url: 'https://github.com/opencontainers/runtime-spec/tree/6999a89a'
	},
	dockerDocs: {
		what: 'Docker docs',
		version: L(
			'docs.docker.com, at the docker/docs commits its sources name',
			'docs.docker.com, 출처에 적은 docker/docs 커밋 기준'
		),
		url: 'https://github.com/docker/docs'
	},
	// sources.ts: "man-pages 6.03 text, checked against the man7.org pages named here".
	manPages603: {
		what: 'Linux man-pages',
		version: L('6.03, checked against man7.org', '6.03 (man7.org와 대조)'),
		url: 'https://man7.org/linux/man-pages/'
	},
	manPages: {
		what: 'Linux man-pages',
		version: L('as published on man7.org', 'man7.org 게시본'),
		url: 'https://man7.org/linux/man-pages/'
	},
	debian: {
		what: 'Debian',
		version: L(
			'12 (bookworm), base-files 12.4+deb12u11',
			'12 (bookworm), base-files 12.4+deb12u11'
		),
		url: 'https://sources.debian.org/src/base-files/12.4%2Bdeb12u11/share/profile/'
	},
	// The images diagram cites both specs at their v1.1.0 tags (diagrams/images/sources.ts).
	ociImageSpec: {
		what: 'OCI image spec',
		version: L('v1.1.0', 'v1.1.0'),
		url: 'https://github.com/opencontainers/image-spec/tree/v1.1.0'
	},
	ociDistributionSpec: {
		what: 'OCI distribution spec',
		version: L('v1.1.0', 'v1.1.0'),
		url: 'https://github.com/opencontainers/distribution-spec/tree/v1.1.0'
	},
	nist125: {
		what: 'NIST SP 800-125',
		version: L('January 2011', '2011년 1월'),
		url: 'https://doi.org/10.6028/NIST.SP.800-125'
	}
} satisfies Record<string, CheckedRelease>;
