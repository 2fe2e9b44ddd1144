/**
 * The app's Korean terms: one rendering per concept, for every Korean string Container Atlas writes
 * (diagrams, corrections, UI). The note itself is the author's text and is exempt; so is anything
 * quoted from it. `rejected` lists the variants that must not appear: a unit test scans every Korean
 * string for them. Keep each pattern narrow enough that it only matches the variant it names.
 */

export interface GlossaryEntry {
	/** The concept, in English, as the app says it. */
	en: string;
	/** The one Korean term for it. */
	ko: string;
	/** What the term means here, when readers could confuse it with a neighbour. */
	gloss?: string;
	/** A correct use, when the bare term alone is not one (default: the term). */
	example?: string;
	/** Renderings that must not appear in any Korean string of the app. */
	rejected: RegExp[];
}

export const glossary: GlossaryEntry[] = [
	{
		en: 'hosted (type-2) virtualization / hypervisor',
		ko: '호스트형',
		rejected: [/호스티드/]
	},
	{
		en: 'physical machine',
		ko: '물리 머신',
		gloss: '장치 means a device (저장 장치, 주변 장치), never the machine as a whole',
		rejected: [/물리 장치/, /한 대의 장치/, /장치를 여러 VM/]
	},
	{
		en: 'root filesystem',
		ko: '루트 파일시스템',
		rejected: [/루트 파일 시스템/]
	},
	{
		en: 'cgroup (in prose)',
		ko: 'cgroup',
		rejected: [/cgroups/]
	},
	{
		en: 'Windows',
		ko: 'Windows',
		rejected: [/윈도우/]
	},
	{
		en: 'simulation (what a hypervisor does to hardware)',
		ko: '시뮬레이션',
		rejected: [/모사/, /흉내/]
	},
	{
		en: 'high-level container runtime (containerd)',
		ko: '고수준 컨테이너 런타임',
		gloss: 'containerd: manages images and the container lifecycle, and runs a shim per container',
		rejected: [/고수준 런타임/]
	},
	{
		en: 'low-level container runtime (runc)',
		ko: '저수준 컨테이너 런타임',
		gloss:
			'runc: creates and starts one container from an OCI bundle, then exits; "OCI 런타임" only in "OCI 런타임 스펙"',
		rejected: [/저수준 런타임/, /OCI 런타임(?! 스펙)/]
	},
	{
		en: 'runtime engine (containerd docs’ word for the low-level runtime a shim runs)',
		ko: '런타임 엔진',
		gloss: 'always glossed in parentheses where it appears',
		example: '런타임 엔진(containerd 문서의 용어로, runc 같은 저수준 컨테이너 런타임)',
		rejected: [/런타임 엔진(?!\()/]
	},
	{
		en: 'runtime name (io.containerd.runc.v2)',
		ko: '런타임 이름',
		gloss: 'the name containerd maps to a shim binary, not a runtime of its own',
		rejected: [/런타임 `io\.containerd/, /runc\.v2`? 런타임/]
	},
	{
		en: 'explanation (the app’s side panel and the team’s text in it)',
		ko: '설명',
		gloss: '노트 / 노트 원문 is only ever the author’s note',
		rejected: [/노트 (닫기|열기)/, /노트를 열/, /노드의 노트/, /에 대한 노트/]
	},
	{
		en: 'sandbox (libnetwork)',
		ko: '샌드박스',
		rejected: [/sandbox/]
	},
	{
		en: 'content store (containerd)',
		ko: '콘텐츠 스토어',
		rejected: [/content store/]
	},
	{
		en: 'Docker Engine, Docker docs (product and site names stay in Latin script)',
		ko: 'Docker Engine',
		gloss:
			'도커 alone is the project in prose; its products and its documentation keep their names',
		rejected: [/도커 엔진/, /도커 (공식 )?문서/]
	},
	{
		en: 'holds (stdio) open',
		ko: '열어 둔 채 유지하다',
		rejected: [/붙잡/]
	},
	{
		en: 'bridge network (in prose)',
		ko: '브리지 네트워크',
		gloss:
			'Latin `bridge` only as the driver’s or the default network’s name (`-d bridge`, bridge 드라이버)',
		rejected: [/bridge 네트워크/]
	},
	{
		en: 'container-to-container communication',
		ko: '컨테이너 간 통신',
		gloss: 'the note’s own term, in the question the networking diagram answers',
		rejected: [/컨테이너끼리/]
	},
	{
		en: 'network driver (bridge, host, none, overlay, macvlan, ipvlan)',
		ko: '네트워크 드라이버',
		gloss:
			'the note’s "네트워크 모드" are Docker’s drivers plus the `container:` mode of `--network`; overlay, macvlan, ipvlan and bridge are drivers, never modes (host mode: Docker’s own words)',
		rejected: [/(overlay|macvlan|ipvlan|bridge|브리지) 모드/]
	},
	{
		en: 'publishing a port (`-p`)',
		ko: '포트 게시',
		rejected: [/퍼블리시/, /포트(를)? (공개|노출|발행)/]
	},
	{
		en: 'recreate (a container)',
		ko: '다시 만들다',
		example: '다시 만들면',
		rejected: [/재생성/]
	},
	{
		en: 'reach (a container, a port, an address; a limit)',
		ko: '접속하다 / 통신하다 / 도달하다',
		gloss:
			'by context: 접속 for a client connecting, 통신 for two ends talking, 도달/이르다 for a packet or a usage arriving; 닿다 (to touch) is a calque',
		example: '접속합니다',
		rejected: [/닿/]
	},
	{
		en: 'what a namespace isolates: what a process can see',
		ko: '보이는 것',
		gloss: 'say what is visible (보이는 경로, 보이는 프로세스), not 시야 (a calque of "view")',
		example: '격리하는 것은 보이는 경로뿐이고',
		rejected: [/시야/]
	},
	{
		en: 'limit (a cgroup’s, e.g. memory.max)',
		ko: '한도',
		rejected: [/리밋/]
	},
	{
		en: 'listens on (an address the server waits at)',
		ko: '수신 대기 주소',
		rejected: [/(?<!수신 )대기 주소/]
	}
];
