/**
 * `docker build`: each instruction of a Dockerfile and what it leaves in the image (a layer, or
 * the config only), then two rebuilds that show what the build cache reuses and what invalidates
 * it (Docker's build-cache and cache-invalidation pages, the storage-driver page).
 */
import type { L10n, NodeRelabel, ViewDef } from '../../types';

const L = (ko: string, en: string): L10n => ({ ko, en });

const results = ['r-base', 'r-workdir', 'r-deps', 'r-modules', 'r-src', 'r-cmd'];
const instructions = ['d-from', 'd-workdir', 'd-copy-deps', 'd-install', 'd-copy-src', 'd-cmd'];
const makes = instructions.map((d) => `${d}-makes`);

const cached: NodeRelabel = { detail: L('CACHED', 'CACHED') };
const rebuilt: NodeRelabel = { detail: L('다시 실행', 'run again') };
/** How each result reads after a rebuild: the first `hits` from the cache, the rest run again. */
const rebuild = (hits: number): Record<string, NodeRelabel> =>
	Object.fromEntries(results.map((id, i) => [id, i < hits ? cached : rebuilt]));

export const buildView: ViewDef = {
	id: 'build',
	// A wider compact frame wraps the Dockerfile's lines less: a 480×270 embed's labels reach 10 px.
	frameWidth: { compact: 520 },
	title: L('build: 명령에서 레이어로', 'build: instructions to layers'),
	summary: L(
		'Dockerfile의 명령마다 이미지에 무엇이 남는지(레이어, 또는 설정만), 그리고 다시 빌드할 때 빌드 캐시가 무엇을 재사용하고 무엇이 캐시를 무효로 만드는지 보여 줍니다.',
		'What each Dockerfile instruction leaves in the image (a layer, or the config only), and on a rebuild, what the build cache reuses and what invalidates it.'
	),
	layout: {
		kind: 'boxes',
		place: {
			context: { col: 0, row: 0 },
			buildkit: { col: 1, row: 0 },
			dockerfile: { col: 0, row: 1 },
			'd-from': { in: 'dockerfile', col: 0, row: 0 },
			'd-workdir': { in: 'dockerfile', col: 0, row: 1 },
			'd-copy-deps': { in: 'dockerfile', col: 0, row: 2 },
			'd-install': { in: 'dockerfile', col: 0, row: 3 },
			'd-copy-src': { in: 'dockerfile', col: 0, row: 4 },
			'd-cmd': { in: 'dockerfile', col: 0, row: 5 },
			built: { col: 1, row: 1 },
			'r-base': { in: 'built', col: 0, row: 0 },
			'r-workdir': { in: 'built', col: 0, row: 1 },
			'r-deps': { in: 'built', col: 0, row: 2 },
			'r-modules': { in: 'built', col: 0, row: 3 },
			'r-src': { in: 'built', col: 0, row: 4 },
			'r-cmd': { in: 'built', col: 0, row: 5 }
		},
		// A 480×270 embed or a slide: the context and BuildKit beside the two frames instead of over
		// them, one row less for a landscape frame.
		compact: {
			context: { col: 2, row: 0 },
			buildkit: { col: 2, row: 1 },
			dockerfile: { col: 0, row: 0, rows: 2 },
			built: { col: 1, row: 0, rows: 2 },
			// Two instructions (and two results) a row: half as tall, for a landscape frame.
			'd-from': { in: 'dockerfile', col: 0, row: 0 },
			'd-workdir': { in: 'dockerfile', col: 1, row: 0 },
			'd-copy-deps': { in: 'dockerfile', col: 0, row: 1 },
			'd-install': { in: 'dockerfile', col: 1, row: 1 },
			'd-copy-src': { in: 'dockerfile', col: 0, row: 2 },
			'd-cmd': { in: 'dockerfile', col: 1, row: 2 },
			'r-base': { in: 'built', col: 0, row: 0 },
			'r-workdir': { in: 'built', col: 1, row: 0 },
			'r-deps': { in: 'built', col: 0, row: 1 },
			'r-modules': { in: 'built', col: 1, row: 1 },
			'r-src': { in: 'built', col: 0, row: 2 },
			'r-cmd': { in: 'built', col: 1, row: 2 }
		}
	},
	steps: [
		{
			narration: L(
				'`docker build -t app .`: CLI(Buildx)가 빌드 요청을 빌드 컨텍스트(`.` 디렉터리)와 함께 BuildKit에 보냅니다. 리눅스의 Docker Engine 23.0부터 기본 빌더는 dockerd에 내장된 BuildKit입니다. BuildKit은 Dockerfile의 명령을 위에서부터 실행하면서, 명령마다 빌드 캐시를 재사용할 수 있는지 확인합니다.',
				'`docker build -t app .`: the CLI (Buildx) sends the build request with the build context (the directory `.`) to BuildKit; since Docker Engine 23.0 on Linux the default builder is the BuildKit inside dockerd. It runs the Dockerfile’s instructions from the top, checking for each whether it can reuse the build cache.'
			),
			highlight: ['context', 'buildkit', 'dockerfile'],
			edges: ['context-buildkit'],
			tokens: [{ edge: 'context-buildkit' }]
		},
		{
			narration: L(
				'`FROM node:22-alpine`: 기반 이미지의 레이어들이 새 이미지의 맨 아래가 됩니다. 로컬에 없으면 pull 보기처럼 받아 옵니다. `WORKDIR /app`은 이후 명령의 작업 디렉터리를 정하며 설정의 WorkingDir로 남습니다.',
				'`FROM node:22-alpine`: the base image’s layers become the bottom of the new one, pulled as in the pull view if they are not here. `WORKDIR /app` sets the working directory for what follows and ends up as WorkingDir in the config.'
			),
			highlight: ['d-from', 'r-base', 'd-workdir', 'r-workdir'],
			edges: ['d-from-makes', 'd-workdir-makes']
		},
		{
			narration: L(
				'`COPY package.json yarn.lock ./`는 두 파일만 담은 레이어를 만듭니다. 이어서 `RUN yarn install --production`은 지금까지의 레이어로 만든 임시 컨테이너에서 실행되고, 그 명령이 쓴 파일(node_modules)이 다음 레이어가 됩니다.',
				'`COPY package.json yarn.lock ./` makes a layer holding just those two files. Then `RUN yarn install --production` runs in a container of the layers so far, and the files it writes (node_modules) become the next layer.'
			),
			highlight: ['d-copy-deps', 'r-deps', 'd-install', 'r-modules'],
			edges: ['d-copy-deps-makes', 'd-install-makes'],
			tokens: [{ edge: 'd-copy-deps-makes' }, { edge: 'd-install-makes' }]
		},
		{
			narration: L(
				'`COPY . .`은 나머지 소스를 담은 레이어를 만듭니다. `CMD`는 파일시스템을 바꾸지 않으므로 레이어 없이 설정의 Cmd만 정합니다. 이미지는 이 레이어들과 설정입니다. 파일시스템을 바꾸는 명령만 레이어를 만듭니다.',
				'`COPY . .` makes a layer with the rest of the source. `CMD` changes no file, so it sets Cmd in the config and makes no layer. The image is these layers plus the config: "commands that modify the filesystem create a new layer".'
			),
			highlight: ['d-copy-src', 'r-src', 'd-cmd', 'r-cmd', 'built'],
			edges: ['d-copy-src-makes', 'd-cmd-makes']
		},
		{
			narration: L(
				'`src/index.js`만 고치고 다시 빌드합니다. 명령 문자열이 같고 COPY할 package.json과 yarn.lock의 체크섬도 같으므로 FROM부터 `yarn install`까지는 CACHED입니다. `COPY . .`은 복사할 파일의 체크섬이 달라져 다시 실행되고, 그 뒤의 모든 단계도 다시 실행됩니다. 한 레이어가 바뀌면 그 아래쪽 단계는 모두 다시 빌드해야 합니다.',
				'Edit only `src/index.js` and build again. The instructions’ text is the same and so are the checksums of package.json and yarn.lock, so FROM through `yarn install` are CACHED. `COPY . .` copies files whose checksum changed, so it runs again, and so does every step after it: "once a layer changes, then all downstream layers need to be rebuilt".'
			),
			highlight: ['d-copy-src', 'r-src', 'd-cmd', 'r-cmd'],
			edges: makes.slice(4),
			relabel: rebuild(4)
		},
		{
			narration: L(
				'이번에는 package.json에 의존성을 하나 더합니다. `COPY package.json yarn.lock ./`의 체크섬이 달라지므로 여기서부터 캐시가 무효가 되어, 오래 걸리는 `yarn install`도 다시 실행됩니다. 그래서 의존성 목록을 소스보다 먼저 복사합니다. `COPY . .`을 먼저 했다면 소스를 고칠 때마다 설치를 다시 했을 것입니다.',
				'Now add a dependency to package.json. The checksum for `COPY package.json yarn.lock ./` changes, so the cache is invalid from there on and the slow `yarn install` runs again. That is why the dependency lists are copied before the source: with `COPY . .` first, every source edit would reinstall.'
			),
			highlight: ['d-copy-deps', 'r-deps', 'd-install', 'r-modules', 'r-src', 'r-cmd'],
			edges: makes.slice(2),
			relabel: rebuild(2)
		},
		{
			narration: L(
				'RUN의 캐시는 명령 문자열로만 판정합니다. 빌더는 명령이 받아 올 파일을 보지 않으므로, `RUN apt-get update` 같은 명령은 저장소가 바뀌어도 문자열이 같으면 캐시에서 나옵니다. 캐시 없이 다시 실행하려면 `docker build --no-cache`를 씁니다. COPY와 ADD는 파일 메타데이터의 체크섬을 보되 수정 시각(mtime)은 보지 않습니다.',
				'RUN’s cache is decided by the instruction’s text alone: the builder does not look at what the command would fetch, so `RUN apt-get update` comes from the cache even when the package lists upstream changed. `docker build --no-cache` runs everything again. COPY and ADD look at a checksum of the files’ metadata, but not at their modification time (mtime).'
			),
			highlight: ['d-install', 'd-copy-deps', 'd-copy-src', 'buildkit'],
			// Back to what each instruction makes, so the overview shows the image, not a rebuild.
			relabel: Object.fromEntries(results.map((id) => [id, {}]))
		}
	]
};
