/**
 * Nodes of the `build` view: a build context, BuildKit, the Dockerfile of Docker's own "Using the
 * build cache" guide (in its cache-friendly order) and what each instruction leaves in the image,
 * one row per instruction as `docker image history` lists them: a layer, or a change to the
 * config only.
 */
import type { NodeDef } from '../../types';
import { imageSources as img } from './sources';

const L = (ko: string, en: string) => ({ ko, en });

/** One line of the Dockerfile. */
const instruction = (
	id: string,
	code: string,
	detail: [ko: string, en: string],
	about: [ko: string, en: string],
	sources = [img.dockerCacheInvalidation]
): NodeDef => ({
	id,
	label: L(code, code),
	detail: L(...detail),
	tone: 'file',
	about: L(...about),
	sources
});

/** What one instruction left in the image: a layer (`file`) or config only (`userland`). */
const result = (
	id: string,
	kind: 'layer' | 'config',
	label: [ko: string, en: string],
	about: [ko: string, en: string],
	sources = [img.dockerStorageDrivers]
): NodeDef => ({
	id,
	label: L(...label),
	detail: kind === 'layer' ? L('레이어', 'layer') : L('설정만 바뀜', 'config only'),
	tone: kind === 'layer' ? 'external' : 'userland',
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
			'`docker build .`의 `.`이 가리키는 디렉터리로, COPY가 이미지에 넣을 수 있는 파일은 여기 있는 것뿐입니다. 빌드 요청과 함께 빌더에 보내집니다.',
			'The directory `docker build .` names: the only files COPY can put into the image. It is sent to the builder with the build request.'
		),
		sources: [img.dockerBuildOverview, img.dockerUsingBuildCache]
	},
	{
		id: 'buildkit',
		label: L('BuildKit', 'BuildKit'),
		detail: L('dockerd에 내장된 빌더', 'the builder inside dockerd'),
		tone: 'engine',
		notes: ['cli.api'],
		about: L(
			'노트가 말하는 build를 실제로 하는 빌더입니다. `docker build`는 Buildx를 감싼 명령이고, Buildx가 빌드 요청을 BuildKit에 보냅니다. 기본 빌더는 dockerd에 묶여 있는 BuildKit이며, 리눅스의 Docker Engine에서는 23.0부터 기본값입니다. 명령을 순서대로 실행하면서 명령마다 캐시를 재사용할 수 있는지 확인합니다.',
			'What actually does the note’s "build". `docker build` wraps Buildx, which sends the build request to BuildKit; the default builder is the BuildKit bundled with dockerd, the default on Linux since Docker Engine 23.0. It runs the instructions in order, checking for each whether it can reuse the build cache.'
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
			'Docker 문서의 "빌드 캐시 사용하기" 예제를, 캐시에 유리한 순서로 고친 판입니다. 의존성 목록(package.json, yarn.lock)을 소스보다 먼저 복사하므로 소스만 고치면 의존성 설치를 다시 하지 않습니다.',
			'The Dockerfile of Docker’s "Using the build cache" guide, in its cache-friendly order: the dependency lists (package.json, yarn.lock) are copied before the rest of the source, so editing the source alone does not reinstall the dependencies.'
		),
		sources: [img.dockerUsingBuildCache]
	},
	instruction(
		'd-from',
		'FROM node:22-alpine',
		['기반 이미지', 'the base image'],
		[
			'기반 이미지입니다. 로컬에 없으면 pull 보기처럼 받아 오고, 그 레이어들이 새 이미지의 맨 아래가 됩니다. 빌더는 먼저 기반 이미지가 캐시에 있는지 확인합니다.',
			'The base image: pulled as in the pull view if it is not here, its layers become the bottom of the new image. The builder begins by checking whether the base image is cached.'
		],
		[img.dockerCacheInvalidation, img.dockerStorageDrivers]
	),
	instruction(
		'd-workdir',
		'WORKDIR /app',
		['이후 명령의 작업 디렉터리', 'working directory from here on'],
		[
			'이후 명령(RUN, COPY, CMD…)이 쓰는 작업 디렉터리를 정하고, 설정의 WorkingDir로 남습니다. 디렉터리가 없으면 만들어집니다.',
			'Sets the working directory for the instructions after it (RUN, COPY, CMD…) and ends up as WorkingDir in the config; the directory is created if it is missing.'
		],
		[img.ociConfig, img.dockerUsingBuildCache]
	),
	instruction(
		'd-copy-deps',
		'COPY package.json yarn.lock ./',
		['의존성 목록만 먼저', 'the dependency lists first'],
		[
			'빌드 컨텍스트의 두 파일만 복사합니다. COPY의 캐시는 명령 문자열뿐 아니라 복사할 파일들의 메타데이터로 계산한 체크섬으로 판정하며, 수정 시각(mtime)은 체크섬에 들어가지 않습니다.',
			'Copies just these two files from the build context. COPY’s cache is decided not only by the instruction’s text but by a checksum computed from the copied files’ metadata; their modification time (mtime) is not part of it.'
		]
	),
	instruction(
		'd-install',
		'RUN yarn install --production',
		['여기까지의 레이어 위에서 실행', 'runs on the layers so far'],
		[
			'지금까지의 레이어로 만든 임시 컨테이너에서 명령을 실행하고, 그 명령이 바꾼 파일들이 새 레이어가 됩니다. RUN의 캐시는 명령 문자열로 판정합니다. 빌더는 명령이 받아 올 파일을 보지 않으므로, 바로 위 COPY가 캐시에 맞으면 이 단계도 캐시를 씁니다.',
			'Runs the command in a container of the layers built so far; the files it changes become a new layer. RUN’s cache is decided by the instruction’s text: the builder does not look at what the command would fetch, so when the COPY above is cached, this step is too.'
		]
	),
	instruction(
		'd-copy-src',
		'COPY . .',
		['나머지 소스 전체', 'all the rest of the source'],
		[
			'컨텍스트의 나머지 파일을 모두 복사합니다. 소스 파일이 하나만 바뀌어도 체크섬이 달라져 이 단계부터 다시 실행됩니다.',
			'Copies everything else in the context. Change one source file and the checksum differs, so the build runs again from this step.'
		]
	),
	instruction(
		'd-cmd',
		'CMD ["node", "./src/index.js"]',
		['기본 명령', 'the default command'],
		[
			'컨테이너를 실행할 때의 기본 명령으로, 설정의 Cmd가 됩니다. 파일시스템은 바꾸지 않으므로 레이어를 만들지 않습니다.',
			'The default command for running a container: it becomes Cmd in the config. It does not touch the filesystem, so it makes no layer.'
		],
		[img.dockerStorageDrivers, img.ociConfig]
	),
	{
		id: 'built',
		label: L('이미지 app', 'Image app'),
		detail: L('docker image history 순서', 'in docker image history order'),
		tone: 'external',
		shape: 'frame',
		about: L(
			'빌드 결과입니다. 파일시스템을 바꾸는 명령은 레이어를 하나씩 더하고, 메타데이터만 바꾸는 명령은 설정만 바꿉니다. 각 레이어는 바로 아래 레이어와의 차이만 담습니다.',
			'The result of the build. "Commands that modify the filesystem create a new layer"; commands that only change metadata change only the config. Each layer is "only a set of differences from the layer before it".'
		),
		sources: [img.dockerStorageDrivers, img.ociConfig]
	},
	result(
		'r-base',
		'layer',
		['node:22-alpine의 레이어들', 'node:22-alpine’s layers'],
		[
			'기반 이미지의 레이어들을 그대로 씁니다. 같은 기반으로 만든 다른 이미지와도 공유됩니다.',
			'The base image’s layers, used as they are, and shared with every other image built on the same base.'
		]
	),
	result(
		'r-workdir',
		'config',
		['WorkingDir /app', 'WorkingDir /app'],
		['WORKDIR는 설정의 WorkingDir가 됩니다.', 'WORKDIR ends up as WorkingDir in the image config.'],
		[img.ociConfig]
	),
	result(
		'r-deps',
		'layer',
		['package.json · yarn.lock', 'package.json · yarn.lock'],
		[
			'두 파일만 담은 작은 레이어입니다. 두 파일이 바뀌지 않는 한 다시 빌드해도 캐시에서 나옵니다.',
			'A small layer with just the two files; as long as they do not change, a rebuild takes it from the cache.'
		]
	),
	result(
		'r-modules',
		'layer',
		['node_modules', 'node_modules'],
		[
			'`yarn install`이 쓴 파일, 곧 설치된 의존성입니다. 흔히 가장 크고 가장 오래 걸리는 레이어여서, 캐시에서 나오느냐가 빌드 시간을 좌우합니다.',
			'The files `yarn install` wrote: the installed dependencies. Often the largest and slowest layer, so whether it comes from the cache decides the build’s time.'
		],
		[img.dockerUsingBuildCache, img.dockerStorageDrivers]
	),
	result(
		'r-src',
		'layer',
		['소스 파일', 'the source files'],
		[
			'애플리케이션 소스를 담은 레이어로, 소스를 고칠 때마다 새로 만들어집니다.',
			'The layer with the application’s source: made anew whenever the source changes.'
		]
	),
	result(
		'r-cmd',
		'config',
		['Cmd node ./src/index.js', 'Cmd node ./src/index.js'],
		['CMD는 설정의 Cmd가 되며 레이어는 없습니다.', 'CMD ends up as Cmd in the config; no layer.'],
		[img.dockerStorageDrivers, img.ociConfig]
	)
];
