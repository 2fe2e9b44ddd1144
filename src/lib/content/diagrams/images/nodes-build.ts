/**
 * Nodes of the `build` view: the build context, BuildKit, the Dockerfile of Docker's "Using the
 * build cache" guide in its cache-friendly order (its EXPOSE left out), one box per instruction,
 * and the image the build makes. Each instruction's box says what it leaves in the image (a layer,
 * or the config only) rather than drawing that as a box of its own: six instructions and six
 * results in one column were too tall for a 480×270 embed to keep its labels at 10 px, and in
 * two columns too narrow for the Dockerfile's lines.
 */
import type { NodeDef } from '../../types';
import { imageSources as img } from './sources';

const L = (ko: string, en: string) => ({ ko, en });

/**
 * One line of the Dockerfile: its text (the same in both languages) and what it leaves in the
 * image. A line that makes a layer is drawn in the image layers' tone, one that only changes the
 * config in the config's.
 */
const instruction = (
	id: string,
	code: string,
	makes: 'layer' | 'config',
	detail: [ko: string, en: string],
	about: [ko: string, en: string],
	sources = [img.dockerCacheInvalidation]
): NodeDef => ({
	id,
	label: L(code, code),
	detail: L(...detail),
	tone: makes === 'layer' ? 'external' : 'userland',
	about: L(...about),
	sources
});

export const buildNodes: NodeDef[] = [
	{
		id: 'context',
		label: L('빌드 컨텍스트 .', 'Build context .'),
		detail: L('package.json · yarn.lock · src/', 'package.json · yarn.lock · src/'),
		tone: 'file',
		about: L(
			'`docker build .`의 `.`이 가리키는 디렉터리입니다. COPY가 이미지에 넣을 수 있는 로컬 파일은 여기 있는 것뿐이며, 빌더는 필요한 파일을 CLI를 통해 여기서 받아 갑니다(`.dockerignore`가 제외한 것은 빼고).',
			'The directory `docker build .` names: the only local files COPY can put into the image. The builder fetches the files it needs from it through the CLI, leaving out what `.dockerignore` excludes.'
		),
		sources: [img.dockerBuildOverview, img.dockerBuildContext, img.dockerUsingBuildCache]
	},
	{
		id: 'buildkit',
		label: L('BuildKit', 'BuildKit'),
		detail: L('dockerd에 내장된 빌더', 'the builder inside dockerd'),
		tone: 'engine',
		notes: ['cli.api'],
		about: L(
			'노트가 말하는 build를 실제로 하는 빌더입니다. `docker build`는 Buildx를 감싼 명령이고, Buildx가 빌드 요청을 BuildKit에 보냅니다. 기본 빌더는 dockerd에 묶여 있는 BuildKit이며, 리눅스의 Docker Engine에서는 23.0부터 기본값입니다. 명령을 위에서부터 실행하면서, 명령마다 빌드 캐시를 재사용할 수 있는지 확인합니다.',
			'What actually does the note’s "build". `docker build` wraps Buildx, which sends the build request to BuildKit; the default builder is the BuildKit bundled with dockerd, the default on Linux since Docker Engine 23.0. It runs the instructions from the top, checking for each whether it can reuse the build cache.'
		),
		sources: [img.dockerBuildOverview, img.moby23Release, img.dockerCacheInvalidation]
	},
	{
		id: 'dockerfile',
		label: L('Dockerfile', 'Dockerfile'),
		detail: L('위에서 아래로 실행', 'runs top to bottom'),
		tone: 'file',
		shape: 'frame',
		about: L(
			'Docker 문서의 "빌드 캐시 사용하기" 가이드가 캐시에 유리하게 고친 Dockerfile입니다(EXPOSE 줄은 뺐습니다). 의존성 목록(package.json, yarn.lock)을 나머지 소스보다 먼저 복사하므로, 소스만 고치면 의존성을 다시 설치하지 않습니다. 명령마다 그 명령이 이미지에 남기는 것, 곧 레이어 또는 설정의 변경을 함께 적었습니다.',
			'The Dockerfile of Docker’s "Using the build cache" guide in its cache-friendly order (without its EXPOSE line): the dependency lists (package.json, yarn.lock) are copied before the rest of the source, so editing the source alone does not reinstall the dependencies. Each instruction says what it leaves in the image: a layer, or a change to the config.'
		),
		sources: [img.dockerUsingBuildCache, img.dockerStorageDrivers]
	},
	instruction(
		'd-from',
		'FROM node:22-alpine',
		'layer',
		['→ 기반 이미지의 레이어들', '→ the base image’s layers'],
		[
			'기반 이미지입니다. 로컬에 없으면 pull 보기처럼 받아 오고, 그 레이어들이 그대로 새 이미지의 맨 아래 레이어가 됩니다. 같은 기반으로 만든 다른 이미지와도 공유됩니다. 빌더는 먼저 기반 이미지가 캐시에 있는지 확인합니다.',
			'The base image: pulled as in the pull view if it is not here, its layers become, unchanged, the bottom layers of the new image, shared with every other image built on the same base. The builder begins by checking whether the base image is cached.'
		],
		[img.dockerCacheInvalidation, img.dockerStorageDrivers]
	),
	instruction(
		'd-workdir',
		'WORKDIR /app',
		'layer',
		['→ WorkingDir, /app을 담은 레이어', '→ WorkingDir, a layer with /app'],
		[
			'이후의 RUN, CMD, COPY 등이 쓰는 작업 디렉터리를 정하고, 설정의 WorkingDir로 남습니다. 기반 이미지에 /app이 없으므로 WORKDIR가 그 디렉터리를 만듭니다. 이 디렉터리는 파일시스템의 변경이어서, BuildKit에서는 빈 디렉터리 /app 하나만 담은 작은 레이어가 됩니다. 설정만 바꾸는 명령으로 알려져 있지만, 디렉터리를 만들 때는 그렇지 않습니다.',
			'Sets the working directory for the RUN, CMD, COPY… after it, and ends up as WorkingDir in the config. node:22-alpine has no /app, so WORKDIR creates it; that directory is a change to the filesystem, and with BuildKit it makes a small layer holding just the empty /app. WORKDIR is often said to change the config only; where it creates the directory, it does not.'
		],
		[img.dockerfileWorkdir, img.buildxWorkdirLayer, img.ociConfig]
	),
	instruction(
		'd-copy-deps',
		'COPY package.json yarn.lock ./',
		'layer',
		['→ 레이어: 두 파일', '→ layer: the two files'],
		[
			'빌드 컨텍스트의 두 파일만 /app에 복사하고, 두 파일을 담은 작은 레이어가 됩니다. COPY의 캐시는 명령 문자열뿐 아니라 복사할 파일들의 내용과 메타데이터(권한, 소유자 등)로 계산한 체크섬으로 판정하며, 수정 시각(mtime)은 체크섬에 들어가지 않습니다.',
			'Copies just these two files from the build context into /app: a small layer holding them. COPY’s cache is decided not only by the instruction’s text but by a checksum computed from the copied files’ contents and metadata (permissions, owner…); their modification time (mtime) is not part of it.'
		],
		[img.dockerCacheInvalidation, img.dockerUsingBuildCache, img.buildkitContenthash]
	),
	instruction(
		'd-install',
		'RUN yarn install --production',
		'layer',
		['→ 레이어: node_modules', '→ layer: node_modules'],
		[
			'지금까지의 레이어로 만든 임시 컨테이너에서 명령을 실행하고, 그 명령이 바꾼 파일들(설치된 의존성, node_modules)이 새 레이어가 됩니다. 흔히 가장 크고 오래 걸리는 단계입니다. RUN은 명령 문자열이 같고 그 앞의 모든 단계도 캐시에서 나왔을 때만 캐시를 씁니다. 빌더는 명령이 받아 올 파일은 보지 않습니다.',
			'Runs the command in a container of the layers built so far; the files it changes (the installed dependencies, node_modules) become a new layer, often the largest and slowest one. A RUN step is reused only when its text matches and every step before it was reused too; the builder does not look at what the command would fetch.'
		],
		[img.dockerCacheInvalidation, img.dockerUsingBuildCache]
	),
	instruction(
		'd-copy-src',
		'COPY . .',
		'layer',
		['→ 레이어: 나머지 소스', '→ layer: the rest of the source'],
		[
			'컨텍스트의 나머지 파일을 모두 복사해 레이어를 만듭니다. 소스 파일이 하나만 바뀌어도 체크섬이 달라지므로, 소스를 고칠 때마다 이 단계부터 다시 실행됩니다.',
			'Copies everything else in the context into a layer. Change one source file and the checksum differs, so every source edit runs the build again from this step.'
		]
	),
	instruction(
		'd-cmd',
		'CMD ["node", "src/index.js"]',
		'config',
		['→ 설정만: Cmd', '→ config only: Cmd'],
		[
			'컨테이너를 실행할 때의 기본 명령으로, 설정의 Cmd가 됩니다. 파일시스템을 바꾸지 않으므로 레이어를 만들지 않습니다. 설정의 `history`에는 이 단계의 항목도 있지만 `empty_layer: true`로 표시됩니다.',
			'The default command for running a container: it becomes Cmd in the config. It does not touch the filesystem, so it makes no layer; the config’s `history` still has an entry for it, marked `empty_layer: true`.'
		],
		[img.dockerStorageDrivers, img.ociConfig]
	),
	{
		id: 'built',
		label: L('이미지 app', 'Image app'),
		detail: L('레이어들 + 설정', 'layers + config'),
		tone: 'external',
		about: L(
			'빌드 결과입니다. 기반 이미지의 레이어 위에 WORKDIR, COPY, RUN, COPY가 만든 레이어 넷이 쌓이고, 설정에는 WorkingDir와 Cmd, 레이어 목록 `rootfs.diff_ids`, 기반 이미지의 항목들 뒤에 이 Dockerfile의 명령마다 하나씩 붙는 `history`가 들어갑니다. 파일시스템을 바꾸는 명령만 레이어를 만들고, 각 레이어는 바로 아래 레이어와의 차이만 담습니다.',
			'The result of the build: on top of the base image’s layers, the four that WORKDIR, COPY, RUN and COPY made; in the config, WorkingDir and Cmd, the list of layers (`rootfs.diff_ids`) and `history`: the base image’s entries, then one per instruction of this Dockerfile. Only instructions that change the filesystem make a layer, and each layer holds only the differences from the one below.'
		),
		sources: [img.dockerStorageDrivers, img.ociConfig, img.buildkitConvert, img.buildxWorkdirLayer],
		related: [{ diagram: 'images', view: 'layers', node: 'image' }]
	}
];
