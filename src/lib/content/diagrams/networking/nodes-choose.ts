/**
 * The answer as a decision guide (view `choose`): one node per recommendation of domain.md E2, its
 * detail line the situation it is for.
 */
import type { NodeDef } from '../../types';
import { sources as src } from '../../sources';

export const chooseNodes: NodeDef[] = [
	{
		id: 'pick-bridge',
		label: { ko: '사용자 정의 브리지', en: 'User-defined bridge' },
		detail: {
			ko: '같은 호스트의 컨테이너 간 통신 · 권장',
			en: 'containers on one host · recommended'
		},
		tone: 'bridge',
		about: {
			ko: '같은 호스트의 컨테이너라면 이것이 답입니다. `docker network create app-net`으로 네트워크를 만들고 컨테이너를 `--network app-net`으로 연결하거나, Compose를 쓰십시오. Compose는 앱마다 네트워크 하나를 만들어 모든 서비스를 연결하고 서비스 이름으로 찾을 수 있게 합니다. 컨테이너를 다시 만들면 주소가 바뀔 수 있으므로 이름을 쓰고, 컨테이너 포트(예: 5432)로 접속합니다. 목적별로 네트워크를 나누고(예: frontend, backend), 외부 접근이 필요 없는 네트워크에는 `--internal`을 쓸 수 있습니다. 두 네트워크에 모두 필요한 컨테이너는 `docker network connect`로 둘 다에 연결하고, 그 네트워크에서만 쓸 이름이 더 필요하면 네트워크 별칭(`--alias`)을 줍니다.',
			en: 'For containers on one host, this is the answer. Create a network (`docker network create app-net`) and attach containers with `--network app-net`, or use Compose, which "sets up a single network for your app" where each service is "discoverable by the service\'s name". Use names, since a recreated container\'s address may change, and the container port (5432, say). Segment by purpose (frontend, backend…), and use `--internal` for networks that need no outside access. A container that belongs on both is connected to both (`docker network connect`; "a container can be connected to multiple Docker networks"), and a network alias (`--alias`) gives it one more name on a network.'
		},
		sources: [src.dockerBridge, src.dockerComposeNetworking, src.dockerNetworking]
	},
	{
		id: 'pick-overlay',
		label: { ko: 'overlay', en: 'overlay' },
		detail: { ko: '여러 호스트에 걸쳐', en: 'across several hosts' },
		tone: 'network',
		about: {
			ko: '컨테이너가 여러 호스트에 흩어져 있으면 overlay 네트워크를 씁니다. 호스트들이 스웜에 속해야 하고, 서비스가 아닌 독립 컨테이너를 연결하려면 네트워크를 `--attachable`로 만들어야 합니다. 컨테이너는 호스트가 달라도 이름으로 서로를 찾습니다.',
			en: 'When containers are spread over several hosts, use an overlay network. The hosts must be in a swarm, and for standalone containers (not services) the network must be created `--attachable`. Containers find each other by name across hosts.'
		},
		sources: [src.dockerOverlay]
	},
	{
		id: 'pick-container',
		label: { ko: 'container:<이름>', en: 'container:<name>' },
		detail: { ko: 'localhost를 공유해야', en: 'must share localhost' },
		tone: 'netns',
		about: {
			ko: '사이드카나 디버깅 도구처럼 다른 컨테이너와 네트워크 네임스페이스를 공유해야 할 때 씁니다. 두 컨테이너는 `localhost`로 통신합니다. 이 모드에서는 `--publish`와 `--dns` 같은 옵션을 쓸 수 없습니다.',
			en: "For sidecars or debugging tools that must share another container's network namespace: the two talk over `localhost`. `--publish`, `--dns` and similar flags are not supported in this mode."
		},
		sources: [src.dockerNetworking]
	},
	{
		id: 'pick-macvlan',
		label: { ko: 'macvlan / ipvlan', en: 'macvlan / ipvlan' },
		detail: { ko: 'LAN의 장비처럼 보여야', en: 'look like a LAN machine' },
		tone: 'underlay',
		about: {
			ko: '레거시 애플리케이션이나 트래픽 모니터처럼 컨테이너가 물리 네트워크에 직접 연결된 장비처럼 보여야 할 때 씁니다. macvlan은 컨테이너마다 MAC 주소를 주므로, 네트워크 장비(호스트의 NIC, VM이라면 가상 스위치까지)가 인터페이스 하나에 MAC 주소 여러 개를 허용하는 promiscuous 모드를 처리할 수 있어야 하고, MAC·IP 주소가 고갈될 수 있습니다. ipvlan은 IP 주소와 VLAN을 완전히 통제하게 해 줍니다. 두 드라이버 모두 컨테이너가 Docker 호스트 자신의 인터페이스와는 통신하지 못합니다. macvlan은 Linux 호스트에서만 동작하고(Mac·Windows용 Docker Desktop은 지원하지 않습니다), 대부분의 클라우드 제공자가 막으며, rootless 모드에서는 지원되지 않습니다.',
			en: 'For legacy applications or traffic monitors that must "appear to be a physical network interface directly connected to the physical network". macvlan gives each container its own MAC address, so the "networking equipment needs to be able to handle promiscuous mode" (the host\'s NIC and, in a VM, the virtual switch too), and MAC/IP addresses can run out; ipvlan gives full control of IP addressing and VLANs. With either driver the containers "can NOT ping the underlying host interfaces": they cannot talk to the Docker host itself. macvlan "only works on Linux hosts" (not Docker Desktop for Mac or Windows), "most cloud providers block macvlan networking", and it is not supported in rootless mode.'
		},
		sources: [src.dockerMacvlan, src.dockerIpvlan, src.mobyMacvlanDoc]
	},
	{
		id: 'pick-none',
		label: { ko: 'none', en: 'none' },
		detail: { ko: '네트워크가 필요 없음', en: 'needs no network' },
		tone: 'iface',
		about: {
			ko: '네트워크가 전혀 필요 없는 컨테이너를 완전히 격리할 때 씁니다. 안에는 루프백 장치만 있습니다.',
			en: 'To isolate a container that needs no network at all: only the loopback device exists inside.'
		},
		sources: [src.dockerNoneNetwork]
	},
	{
		id: 'pick-host',
		label: { ko: 'host', en: 'host' },
		detail: { ko: 'NAT 없음 · 넓은 포트 범위', en: 'no NAT · wide port ranges' },
		tone: 'kernel',
		about: {
			ko: 'NAT를 거치지 않는 성능이 필요하거나 아주 넓은 포트 범위를 다뤄야 할 때, Linux에서 씁니다. 대가는 격리입니다. 컨테이너가 호스트의 포트를 그대로 쓰므로 포트가 충돌할 수 있고 `-p`는 무시됩니다.',
			en: "On Linux, for performance without NAT or for a very large range of ports. The price is isolation: the container uses the host's ports directly, so ports can clash, and `-p` is ignored."
		},
		sources: [src.dockerHostNetwork]
	},
	{
		id: 'avoid-default',
		label: { ko: '기본 브리지 (피할 것)', en: 'Default bridge (avoid)' },
		detail: { ko: '아무것도 정하지 않으면', en: 'if you choose nothing' },
		tone: 'external',
		shape: 'ghost',
		about: {
			ko: '`--network` 없이 실행하면 붙는 기본 브리지는 레거시이고 운영 환경에 권하지 않습니다. 컨테이너가 IP로만 서로 통신하고, 관계없는 컨테이너까지 모두 한 네트워크에 모입니다. 이름을 주던 `--link`도 레거시 기능이라 언젠가 제거될 수 있습니다. 사용자 정의 네트워크를 쓰십시오.',
			en: 'The default bridge that containers join without `--network` is legacy and "not recommended for production use": containers reach each other only by IP, and unrelated containers all share one network. `--link`, which gave names, is "a legacy feature" that "may eventually be removed". Use a user-defined network.'
		},
		sources: [src.dockerBridge, src.dockerLinks]
	}
];
