/**
 * `docker build`: each instruction of a Dockerfile and what it leaves in the image (a layer, or
 * the config only), then two rebuilds that show what the build cache reuses and what invalidates
 * it, and the rule for RUN (Docker's build-cache, cache-invalidation and "Using the build cache"
 * pages, the Dockerfile reference, docker/buildx#1910 for WORKDIR's layer).
 *
 * Every format draws the same ten boxes: the Dockerfile's six lines in two columns of three on
 * desktops and in landscape frames (a slide, a 480×270 embed), where six rows would shrink the type
 * under the embed's 10 px, and in one column on phones, which scroll. In a landscape frame each
 * line shows its instruction only: what it leaves, and CACHED on a rebuild, is the detail line
 * taller boxes have room for, and the narration says it in every format.
 */
import type { L10n, NodeRelabel, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

const instructions = ['d-from', 'd-workdir', 'd-copy-deps', 'd-install', 'd-copy-src', 'd-cmd'];

const cached: NodeRelabel = { detail: L('CACHED (재사용)', 'CACHED (reused)') };
// FROM is not a cached step: BuildKit's output lists it without CACHED; the local base image is used.
const baseReused: NodeRelabel = { detail: L('기반 이미지 재사용', 'base image reused') };
const rebuilt: NodeRelabel = { detail: L('다시 실행', 'runs again') };
// CMD runs nothing at build time: after a miss its step only writes the config again.
const rewritten: NodeRelabel = { detail: L('설정을 다시 씀', 'config written again') };
/** How each instruction reads after a rebuild: the first `hits` from the cache, the rest run again. */
const rebuild = (hits: number): Record<string, NodeRelabel> =>
	Object.fromEntries(
		instructions.map((id, i) => [
			id,
			id === 'd-from' ? baseReused : i < hits ? cached : id === 'd-cmd' ? rewritten : rebuilt
		])
	);

export const buildView: ViewDef = {
	id: 'build',
	title: L('build: 명령에서 레이어로', 'build: instructions to layers'),
	summary: L(
		'Dockerfile의 명령마다 이미지에 무엇이 남는지(레이어, 또는 설정만), 그리고 다시 빌드할 때 빌드 캐시가 무엇을 재사용하고 무엇이 캐시를 무효로 만드는지 보여 줍니다.',
		'What each Dockerfile instruction leaves in the image (a layer, or the config only), and on a rebuild, what the build cache reuses and what invalidates it.'
	),
	layout: {
		kind: 'boxes',
		// The context, BuildKit and the image in a row over the Dockerfile, whose six lines take two
		// columns of three (read down, then the next column): four boxes high, so that a laptop
		// shows the type large and a 480×270 embed keeps it at 10 px with each line on one line.
		place: {
			context: { col: 0, row: 0 },
			buildkit: { col: 1, row: 0 },
			built: { col: 2, row: 0 },
			dockerfile: { col: 0, row: 1, cols: 3, grid: { cols: 2 } },
			'd-from': { in: 'dockerfile', col: 0, row: 0 },
			'd-workdir': { in: 'dockerfile', col: 0, row: 1 },
			'd-copy-deps': { in: 'dockerfile', col: 0, row: 2 },
			'd-install': { in: 'dockerfile', col: 1, row: 0 },
			'd-copy-src': { in: 'dockerfile', col: 1, row: 1 },
			'd-cmd': { in: 'dockerfile', col: 1, row: 2 }
		},
		// Phones, which scroll: one column, top to bottom as the build goes, the Dockerfile's lines
		// in their own order.
		narrow: {
			context: { col: 0, row: 0, cols: 3 },
			buildkit: { col: 0, row: 1, cols: 3 },
			dockerfile: { col: 0, row: 2, cols: 3, grid: { cols: 1 } },
			built: { col: 0, row: 3, cols: 3 },
			'd-install': { col: 0, row: 3 },
			'd-copy-src': { col: 0, row: 4 },
			'd-cmd': { col: 0, row: 5 }
		}
	},
	// Three short boxes over two columns of lines: in the default 1200-unit frame a laptop drew
	// them small with room to spare beside them.
	frameWidth: { wide: 900 },
	steps: [
		{
			narration: L(
				'`docker build -t app .`: CLI(Buildx)가 빌드 요청을 BuildKit에 보내고, BuildKit은 빌드 컨텍스트(`.` 디렉터리에서 `.dockerignore`가 제외한 것을 뺀 파일들)에서 필요한 파일을 받아 옵니다. 리눅스의 Docker Engine 23.0부터 기본 빌더는 dockerd에 내장된 BuildKit입니다. BuildKit은 Dockerfile의 명령을 위에서부터 실행하면서, 명령마다 빌드 캐시를 재사용할 수 있는지 확인합니다.',
				'`docker build -t app .`: the CLI (Buildx) sends the build request to BuildKit, which loads the files it needs from the build context (the directory `.`, minus what `.dockerignore` excludes); since Docker Engine 23.0 on Linux the default builder is the BuildKit inside dockerd. It runs the Dockerfile’s instructions from the top, checking for each whether it can reuse the build cache.'
			),
			highlight: ['context', 'buildkit', 'dockerfile'],
			edges: ['context-buildkit', 'buildkit-dockerfile'],
			tokens: [{ edge: 'context-buildkit' }]
		},
		{
			narration: L(
				'`FROM node:22-alpine`: 기반 이미지의 레이어들이 새 이미지의 맨 아래가 됩니다. 로컬에 없으면 pull 보기처럼 받아 옵니다. `WORKDIR /app`은 이후 명령의 작업 디렉터리를 정해 설정의 WorkingDir로 남기고, 없는 /app을 만듭니다. BuildKit에서는 그 빈 디렉터리가 작은 레이어 하나가 됩니다.',
				'`FROM node:22-alpine`: the base image’s layers become the bottom of the new one, pulled as in the pull view if they are not here. `WORKDIR /app` sets the working directory for what follows, which ends up as WorkingDir in the config, and creates the missing /app: with BuildKit that empty directory is a small layer of its own.'
			),
			highlight: ['d-from', 'd-workdir', 'buildkit']
		},
		{
			narration: L(
				'`COPY package.json yarn.lock ./`는 두 파일만 담은 레이어를 만듭니다. 이어서 `RUN yarn install --production`은 지금까지의 레이어로 만든 임시 컨테이너에서 실행되고, 그 명령이 쓴 파일(node_modules)이 다음 레이어가 됩니다.',
				'`COPY package.json yarn.lock ./` makes a layer holding just those two files. Then `RUN yarn install --production` runs in a container of the layers so far, and the files it writes (node_modules) become the next layer.'
			),
			highlight: ['d-copy-deps', 'd-install', 'context']
		},
		{
			narration: L(
				'`COPY . .`은 나머지 소스를 담은 레이어를 만듭니다. `CMD`는 파일을 바꾸지 않으므로 레이어 없이 설정의 Cmd만 정합니다. 이미지 app은 이 레이어들과 설정입니다. 설정의 `history`에는 기반 이미지의 항목들 뒤에 명령마다 항목이 하나씩 붙고, 레이어를 만들지 않은 CMD의 항목에는 `empty_layer: true`가 붙습니다.',
				'`COPY . .` makes a layer with the rest of the source. `CMD` changes no file, so it sets Cmd in the config and makes no layer. The image app is these layers plus the config, whose `history` adds an entry per instruction to the base image’s, the CMD’s marked `empty_layer: true`.'
			),
			highlight: ['d-copy-src', 'd-cmd', 'built'],
			edges: ['dockerfile-built'],
			tokens: [{ edge: 'dockerfile-built' }]
		},
		{
			narration: L(
				'`src/static/index.html`만 고치고 다시 빌드합니다. 명령 문자열이 같고 COPY할 package.json과 yarn.lock의 체크섬도 같으므로 기반 이미지는 그대로 쓰이고 WORKDIR부터 `yarn install`까지는 CACHED입니다. `COPY . .`은 복사할 파일의 체크섬이 달라져 다시 실행되고, 그 뒤의 모든 단계도 다시 실행됩니다. 캐시가 한 번 무효가 되면 그 뒤의 명령은 캐시를 쓰지 않습니다.',
				'Edit only `src/static/index.html` and build again. The instructions’ text is the same and so are the checksums of package.json and yarn.lock, so the base image is reused and WORKDIR through `yarn install` are CACHED. `COPY . .` copies files whose checksum changed, so it runs again, and so does every step after it: "once the cache is invalidated, all subsequent Dockerfile commands generate new images".'
			),
			highlight: ['d-copy-src', 'd-cmd', 'context'],
			relabel: rebuild(4)
		},
		{
			narration: L(
				'이번에는 package.json에 의존성을 하나 더합니다. `COPY package.json yarn.lock ./`의 체크섬이 달라지므로 여기서부터 캐시가 무효가 되어, 오래 걸리는 `yarn install`도 다시 실행됩니다. 그래서 의존성 목록을 소스보다 먼저 복사합니다. `COPY . .`을 먼저 했다면 소스를 고칠 때마다 설치를 다시 했을 것입니다.',
				'Now add a dependency to package.json. The checksum for `COPY package.json yarn.lock ./` changes, so the cache is invalid from there on and the slow `yarn install` runs again. That is why the dependency lists are copied before the source: with `COPY . .` first, every source edit would reinstall.'
			),
			highlight: ['d-copy-deps', 'd-install', 'd-copy-src', 'd-cmd', 'context'],
			relabel: rebuild(2)
		},
		{
			narration: L(
				'RUN 단계는 명령 문자열이 같고 그 앞의 모든 단계도 캐시에서 나왔을 때만 캐시를 씁니다. 빌더는 명령이 받아 올 파일을 보지 않으므로, `yarn install`이나 `apt-get update`는 저장소가 바뀌어도 이 두 조건이 맞으면 캐시에서 나옵니다. 다시 실행하려면 그 앞의 단계를 바꾸거나 `docker build --no-cache`를 씁니다. COPY와 ADD는 복사할 파일의 내용과 메타데이터(권한, 소유자 등)로 계산한 체크섬을 보되, 수정 시각(mtime)은 보지 않습니다.',
				'A RUN step is reused only when its text matches and every step before it was reused too. The builder does not look at what the command would fetch, so `yarn install` or `apt-get update` comes from the cache even when the packages upstream changed, as long as both hold. To run it again, change a step before it or use `docker build --no-cache`. COPY and ADD look at a checksum of the copied files’ contents and metadata (permissions, owner…), but not at their modification time (mtime).'
			),
			highlight: ['d-install', 'd-copy-deps', 'buildkit'],
			// Back to what each instruction leaves, so the overview shows the image, not a rebuild.
			relabel: Object.fromEntries(instructions.map((id) => [id, {}]))
		}
	]
};
