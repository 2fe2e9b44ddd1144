/**
 * Every source the diagrams and corrections cite, written once. Keys follow the citation tags of
 * shared/reference/domain.md section 0.3 (the tag is in the comment above each entry).
 */
import type { SourceRef } from './types';

export const sources = {
	// ── Docker documentation ─────────────────────────────────────────────────────────────────────
	// [D-overview]
	dockerOverview: {
		label: 'Docker docs: Docker overview',
		url: 'https://docs.docker.com/get-started/docker-overview/'
	},
	// [D-container]
	dockerContainer: {
		label: 'Docker docs: What is a container?',
		url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/'
	},
	// [D-live]
	dockerLiveRestore: {
		label: 'Docker docs: Live restore',
		url: 'https://docs.docker.com/engine/daemon/live-restore/'
	},
	// [D-runtimes]
	dockerRuntimes: {
		label: 'Docker docs: Alternative container runtimes',
		url: 'https://docs.docker.com/engine/daemon/alternative-runtimes/'
	},
	// [D-c8dstore]
	dockerContainerdStore: {
		label: 'Docker docs: containerd image store',
		url: 'https://docs.docker.com/engine/storage/containerd/'
	},
	// [D-multiplat]
	dockerMultiPlatform: {
		label: 'Docker docs: Multi-platform builds',
		url: 'https://docs.docker.com/build/building/multi-platform/'
	},
	// [D-dd-linux]
	dockerDesktopLinux: {
		label: 'Docker docs: Why does Docker Desktop for Linux run a VM?',
		url: 'https://docs.docker.com/desktop/troubleshoot-and-support/faqs/linuxfaqs/'
	},
	// [D-dd-settings]
	dockerDesktopSettings: {
		label: 'Docker docs: Docker Desktop settings (Virtual Machine Manager)',
		url: 'https://docs.docker.com/desktop/settings-and-maintenance/settings/'
	},
	// [D-dd-wsl]
	dockerDesktopWsl: {
		label: 'Docker docs: Docker Desktop WSL 2 backend',
		url: 'https://docs.docker.com/desktop/features/wsl/'
	},

	// ── Docker networking (docs.docker.com, and libnetwork pinned to a moby commit) ─────────────
	// [D-net]
	dockerNetworking: {
		label: 'Docker docs: Networking overview',
		url: 'https://docs.docker.com/engine/network/'
	},
	// [D-bridge]
	dockerBridge: {
		label: 'Docker docs: Bridge network driver',
		url: 'https://docs.docker.com/engine/network/drivers/bridge/'
	},
	// [D-host]
	dockerHostNetwork: {
		label: 'Docker docs: Host network driver',
		url: 'https://docs.docker.com/engine/network/drivers/host/'
	},
	// [D-none]
	dockerNoneNetwork: {
		label: 'Docker docs: None network driver',
		url: 'https://docs.docker.com/engine/network/drivers/none/'
	},
	// [D-overlay]
	dockerOverlay: {
		label: 'Docker docs: Overlay network driver',
		url: 'https://docs.docker.com/engine/network/drivers/overlay/'
	},
	// [D-macvlan]
	dockerMacvlan: {
		label: 'Docker docs: Macvlan network driver',
		url: 'https://docs.docker.com/engine/network/drivers/macvlan/'
	},
	// [D-ipvlan]
	dockerIpvlan: {
		label: 'Docker docs: IPvlan network driver',
		url: 'https://docs.docker.com/engine/network/drivers/ipvlan/'
	},
	// [D-ports]
	dockerPorts: {
		label: 'Docker docs: Port publishing and mapping',
		url: 'https://docs.docker.com/engine/network/port-publishing/'
	},
	// [D-compose-net]
	dockerComposeNetworking: {
		label: 'Docker docs: Networking in Compose',
		url: 'https://docs.docker.com/compose/how-tos/networking/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/network/dns.md (read at 7005c7f4):
	// 127.0.0.11 on UDP and TCP 53, the server runs inside the daemon, default-bridge containers get
	// a copy of the host's resolv.conf and cannot resolve each other by name.
	dockerDns: {
		label: 'Docker docs: DNS resolution in containers',
		url: 'https://docs.docker.com/engine/network/dns/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/network/links.md (read at 0ed71666):
	// `--link` is legacy, writes the source's address into the recipient's /etc/hosts.
	dockerLinks: {
		label: 'Docker docs: Legacy container links',
		url: 'https://docs.docker.com/engine/network/links/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/network/firewall-iptables.md (read at
	// 18e570f6): rules in the host's namespace, nat table for masquerading and port mapping, filter
	// chains (DOCKER-USER, DOCKER-FORWARD, …) jumped to from FORWARD, whose policy Docker sets to DROP.
	dockerIptables: {
		label: 'Docker docs: Docker with iptables',
		url: 'https://docs.docker.com/engine/network/firewall-iptables/'
	},
	// Not in domain.md: docker/docs content/reference (dockerd): `--userland-proxy` "Use userland
	// proxy for loopback traffic (default true)".
	dockerdReference: {
		label: 'Docker docs: dockerd (daemon reference)',
		url: 'https://docs.docker.com/reference/cli/dockerd/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/release-notes/28.md, 28.0.0 §Port
	// publishing in bridge networks: "Direct routed access to container ports that are not exposed
	// using p/-publish is now blocked" (moby#48724); neighbours could reach ports mapped on a
	// loopback address before (moby#49325).
	dockerEngine28Notes: {
		label: 'Docker docs: Engine v28 release notes',
		url: 'https://docs.docker.com/engine/release-notes/28/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/release-notes/29.md, 29.0.0: "Experimental
	// support for nftables" (`firewall-backend`), and under Networking the "removal of the
	// DOCKER-ISOLATION-STAGE-1 and DOCKER-ISOLATION-STAGE-2 chains" (moby#49981).
	dockerEngine29Notes: {
		label: 'Docker docs: Engine v29 release notes',
		url: 'https://docs.docker.com/engine/release-notes/29/'
	},
	// Not in domain.md: docker/docs content/manuals/engine/network/firewall-nftables.md (read at
	// 26932bbd): nftables support "introduced in Docker 29.0.0 is experimental", and "nftables cannot
	// be enabled when the daemon has Swarm enabled".
	dockerNftables: {
		label: 'Docker docs: Docker with nftables',
		url: 'https://docs.docker.com/engine/network/firewall-nftables/'
	},
	// Not in domain.md: moby's generated rule listing for `-p 127.0.0.1:8080:80` with the userland
	// proxy on: `-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER` (the host's own
	// loopback traffic is not DNATed), and a raw-PREROUTING DROP of remote packets for that port.
	mobyRulesLoopback: {
		label: 'moby integration/network/bridge/iptablesdoc: usernet-portmap-lo.md',
		url: 'https://github.com/moby/moby/blob/5b0eecd6c84cf70f2e18f148febe905d611eed14/integration/network/bridge/iptablesdoc/generated/usernet-portmap-lo.md'
	},
	// Not in domain.md: the same listing with `dockerd --userland-proxy=false`: "The jump from the
	// OUTPUT chain to DOCKER happens even for loopback addresses", plus a MASQUERADE of LOCAL sources
	// going out to the bridge.
	mobyRulesNoProxy: {
		label: 'moby integration/network/bridge/iptablesdoc: usernet-portmap-noproxy.md',
		url: 'https://github.com/moby/moby/blob/bf251c33d05af8cb94959a27802ef5f91901e53a/integration/network/bridge/iptablesdoc/generated/usernet-portmap-noproxy.md'
	},
	// Not in domain.md: `docker swarm init --data-path-port`: "Port number to use for data path
	// traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used."
	// (overlay.md's table names `--data-path-addr` but links to this flag.)
	dockerSwarmInit: {
		label: 'Docker docs: docker swarm init',
		url: 'https://docs.docker.com/reference/cli/docker/swarm/init/'
	},
	// Not in domain.md: StartProxy runs one docker-proxy per port binding, with `-host-ip`,
	// `-host-port`, `-container-ip` and `-container-port` (where it listens, where it connects).
	mobyUserlandProxy: {
		label: 'moby libnetwork portmapper/proxy_linux.go',
		url: 'https://github.com/moby/moby/blob/f74e5d48b3a8a83a6b969be2dd2b14af3d9d4d22/daemon/libnetwork/portmapper/proxy_linux.go'
	},
	// Not in domain.md: libnetwork's own macvlan notes (moby daemon/libnetwork/docs/macvlan.md,
	// lines 92-94 at b985e231): with macvlan "the containers can NOT ping the underlying host
	// interfaces", as with ipvlan.
	mobyMacvlanDoc: {
		label: 'moby libnetwork docs/macvlan.md',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/libnetwork/docs/macvlan.md'
	},
	// [M-net] createVeth: "a veth device with one end in the container's network namespace"
	mobyBridgeDriver: {
		label: 'moby libnetwork drivers/bridge/bridge_linux.go',
		url: 'https://github.com/moby/moby/blob/425271e6603394e6b5b6d460f452ebe8bf3442ea/daemon/libnetwork/drivers/bridge/bridge_linux.go'
	},
	// [M-net] DefaultBridgeName = "docker0"
	mobyBridgeInterface: {
		label: 'moby libnetwork drivers/bridge/interface_linux.go',
		url: 'https://github.com/moby/moby/blob/ff14d7edf0a97a82702637509bf511bf56e01c3e/daemon/libnetwork/drivers/bridge/interface_linux.go'
	},
	// [M-net] "Resolver is the embedded DNS server in Docker. It operates by listening on the
	// container's loopback interface for DNS queries."
	mobyResolver: {
		label: 'moby libnetwork resolver.go',
		url: 'https://github.com/moby/moby/blob/81273c461dc22d8fdbe723f130dd9e103752db54/daemon/libnetwork/resolver.go'
	},
	// Not in domain.md: setupSubnetSandbox, "create a bridge and vxlan device for this subnet and
	// move it to the sandbox" (one namespace per overlay network holding a bridge and a VXLAN device).
	mobyOverlayNetwork: {
		label: 'moby libnetwork drivers/overlay/ov_network.go',
		url: 'https://github.com/moby/moby/blob/4b978319922166bab9116b3e60e716a62b9cf130/daemon/libnetwork/drivers/overlay/ov_network.go'
	},

	// ── moby (Docker Engine) and docker/cli ──────────────────────────────────────────────────────
	// [M-client]
	mobyClient: {
		label: 'moby client/client_unix.go',
		url: 'https://github.com/moby/moby/blob/b985e231/client/client_unix.go'
	},
	// [M-swagger]
	mobySwagger: {
		label: 'Docker Engine API (moby api/swagger.yaml)',
		url: 'https://github.com/moby/moby/blob/b985e231/api/swagger.yaml'
	},
	// [M-unit]
	mobySystemdUnit: {
		label: 'moby contrib/init/systemd/docker.service',
		url: 'https://github.com/moby/moby/blob/b985e231/contrib/init/systemd/docker.service'
	},
	// [M-daemon]
	mobyDaemon: {
		label: 'moby daemon/command/daemon.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/command/daemon.go'
	},
	// [M-daemon]
	mobyConfig: {
		label: 'moby daemon/config/config.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/config/config.go'
	},
	// [M-runtime]
	mobyRuntime: {
		label: 'moby daemon/runtime_unix.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/runtime_unix.go'
	},
	// [M-start]
	mobyStart: {
		label: 'moby daemon/start.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/start.go'
	},
	// [M-start]
	mobyStartLinux: {
		label: 'moby daemon/start_linux.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/start_linux.go'
	},
	// [M-ocidef]
	mobyOciLinux: {
		label: 'moby daemon/oci_linux.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/oci_linux.go'
	},
	// restore(): what dockerd does with containers it finds alive when it starts
	mobyDaemonRestore: {
		label: 'moby daemon/daemon.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/daemon.go'
	},
	// [M-libctd]
	mobyLibcontainerdLinux: {
		label: 'moby libcontainerd/remote/client_linux.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/internal/libcontainerd/remote/client_linux.go'
	},
	// [M-net]
	mobyLibnetworkBridge: {
		label: 'moby libnetwork drivers/bridge/bridge_linux.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/libnetwork/drivers/bridge/bridge_linux.go'
	},
	// [CLI]
	cliRun: {
		label: 'docker/cli container/run.go',
		url: 'https://github.com/docker/cli/blob/28f75608/cli/command/container/run.go'
	},

	// ── containerd ───────────────────────────────────────────────────────────────────────────────
	// [C-readme]
	containerdReadme: {
		label: 'containerd README',
		url: 'https://github.com/containerd/containerd/blob/301026e5/README.md'
	},
	// [C-scope]
	containerdScope: {
		label: 'containerd SCOPE.md',
		url: 'https://github.com/containerd/containerd/blob/301026e5/SCOPE.md'
	},
	// [C-rtv2]
	containerdRuntimeV2: {
		label: 'containerd docs: Runtime v2',
		url: 'https://github.com/containerd/containerd/blob/301026e5/docs/runtime-v2.md'
	},
	// [C-lifecycle]
	containerdLifecycle: {
		label: 'containerd design: Container lifecycle',
		url: 'https://github.com/containerd/containerd/blob/301026e5/docs/historical/design/lifecycle.md'
	},
	// [C-ops]
	containerdOps: {
		label: 'containerd docs: ops.md',
		url: 'https://github.com/containerd/containerd/blob/301026e5/docs/ops.md'
	},
	// [C-client]
	containerdClient: {
		label: 'containerd client/client.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/client/client.go'
	},
	// [C-client] handleMounts: rootfs mounts only when the container has a snapshot key
	containerdClientContainer: {
		label: 'containerd client/container.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/client/container.go'
	},
	// the systemd unit: KillMode=process, Delegate=yes
	containerdService: {
		label: 'containerd containerd.service',
		url: 'https://github.com/containerd/containerd/blob/301026e5/containerd.service'
	},
	// [C-defaults]
	containerdDefaults: {
		label: 'containerd defaults/defaults_linux.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/defaults/defaults_linux.go'
	},
	// [C-shim]
	containerdShimClient: {
		label: 'containerd core/runtime/v2/shim.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/core/runtime/v2/shim.go'
	},
	// [C-shim]
	containerdShimPkg: {
		label: 'containerd pkg/shim/shim.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/pkg/shim/shim.go'
	},
	// [C-shim]
	containerdShimLinux: {
		label: 'containerd pkg/shim/shim_linux.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/pkg/shim/shim_linux.go'
	},
	// [C-init]
	containerdShimInit: {
		label: 'containerd-shim-runc-v2 process/init.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/cmd/containerd-shim-runc-v2/process/init.go'
	},
	// [C-shim] the shim mounts bundle/rootfs only when it is given mounts
	containerdShimRuncContainer: {
		label: 'containerd-shim-runc-v2 runc/container.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/cmd/containerd-shim-runc-v2/runc/container.go'
	},
	// [C-shim] Setpgid: the shim gets its own process group
	containerdShimManager: {
		label: 'containerd-shim-runc-v2 manager/manager_linux.go',
		url: 'https://github.com/containerd/containerd/blob/301026e5/cmd/containerd-shim-runc-v2/manager/manager_linux.go'
	},
	// [C-gorunc]
	goRunc: {
		label: 'go-runc runc.go',
		url: 'https://github.com/containerd/go-runc/blob/v1.2.0/runc.go'
	},
	// [C-3200]
	containerdIssue3200: {
		label: 'containerd issue #3200',
		url: 'https://github.com/containerd/containerd/issues/3200'
	},
	// [ttrpc]
	ttrpc: {
		label: 'containerd/ttrpc README',
		url: 'https://github.com/containerd/ttrpc/blob/v1.2.7/README.md'
	},

	// ── OCI: runc and runtime-spec ───────────────────────────────────────────────────────────────
	// [R-readme]
	runcReadme: {
		label: 'runc README',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/README.md'
	},
	// [R-man]
	runcMan: {
		label: 'runc(8)',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/man/runc.8.md'
	},
	// [R-term]
	runcTerminals: {
		label: 'runc docs: terminals and standard IO',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/docs/terminals.md'
	},
	// [R-nsenter]
	runcNsenter: {
		label: 'runc libcontainer/nsenter README',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/libcontainer/nsenter/README.md'
	},
	// nsexec's stages in the code: stage 1 `try_unshare(config.cloneflags, "remaining namespaces")`,
	// then `clone_parent(&env, STAGE_INIT)` (CLONE_PARENT, no CLONE_NEW*), "because of PID namespace,
	// setns(2) or unshare(2) don't change the PID namespace of the calling process" (review S-W1).
	runcNsexec: {
		label: 'runc libcontainer/nsenter/nsexec.c',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/libcontainer/nsenter/nsexec.c'
	},
	// The README rewritten to match the code: stage 1 "joins existing namespaces using setns(2) and
	// creates new ones using unshare(2) … It then clones stage 2"; both clones use CLONE_PARENT.
	// (The README at 76d9cf5d still says nsexec clone(2)s a child with the clone flags: stale.)
	runcNsenterStages: {
		label: 'runc libcontainer/nsenter README (nsexec stages)',
		url: 'https://github.com/opencontainers/runc/blob/01b17c43b65da9e2d8bcd88735ff9a213144b2d7/libcontainer/nsenter/README.md'
	},
	// [R-code] where seccomp is applied, with and without NoNewPrivileges
	// runc's cgroup v2 driver: writes cpu.max as "<quota> <period>" (period defaults to 100000)
	runcCgroupCpu: {
		label: 'runc libcontainer/cgroups/fs2/cpu.go',
		url: 'https://github.com/opencontainers/runc/blob/02b4b5f4/libcontainer/cgroups/fs2/cpu.go'
	},
	runcStandardInit: {
		label: 'runc libcontainer/standard_init_linux.go',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/libcontainer/standard_init_linux.go'
	},
	// prepareRoot: in the new mount namespace runc bind-mounts config.Rootfs onto itself
	// (MS_BIND|MS_REC) and then pivot_root's into it; it does not assemble the image (review S-O2).
	runcRootfs: {
		label: 'runc libcontainer/rootfs_linux.go',
		url: 'https://github.com/opencontainers/runc/blob/76d9cf5d/libcontainer/rootfs_linux.go'
	},
	// [OCI-bundle]
	ociBundle: {
		label: 'OCI runtime spec: bundle.md',
		url: 'https://github.com/opencontainers/runtime-spec/blob/6999a89a/bundle.md'
	},
	// [OCI-bundle] root.path may be absolute
	ociConfig: {
		label: 'OCI runtime spec: config.md',
		url: 'https://github.com/opencontainers/runtime-spec/blob/6999a89a/config.md'
	},
	// [OCI-rt]
	ociRuntime: {
		label: 'OCI runtime spec: runtime.md',
		url: 'https://github.com/opencontainers/runtime-spec/blob/6999a89a/runtime.md'
	},
	// [OCI-linux]
	ociLinux: {
		label: 'OCI runtime spec: Linux container configuration',
		url: 'https://github.com/opencontainers/runtime-spec/blob/6999a89a/config-linux.md'
	},

	// ── Linux man-pages and POSIX ────────────────────────────────────────────────────────────────
	// [man-ns]
	manNamespaces: {
		label: 'namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html'
	},
	// [man-ns] the namespace init process; unshare/setns with CLONE_NEWPID
	manPidNamespaces: {
		label: 'pid_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html'
	},
	// [man-cg]
	manCgroups: {
		label: 'cgroups(7)',
		url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html'
	},
	// [man-sys]
	manSyscalls: {
		label: 'syscalls(2)',
		url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html'
	},
	// [man-libc]
	manLibc: {
		label: 'libc(7)',
		url: 'https://man7.org/linux/man-pages/man7/libc.7.html'
	},
	// Linux man-pages read for the layers and processes diagrams (man-pages 6.03 text, checked
	// against the man7.org pages named here).
	manPty: { label: 'pty(7)', url: 'https://man7.org/linux/man-pages/man7/pty.7.html' },
	manFork: { label: 'fork(2)', url: 'https://man7.org/linux/man-pages/man2/fork.2.html' },
	manExecve: { label: 'execve(2)', url: 'https://man7.org/linux/man-pages/man2/execve.2.html' },
	manWait: { label: 'wait(2)', url: 'https://man7.org/linux/man-pages/man2/wait.2.html' },
	manOpen: { label: 'open(2)', url: 'https://man7.org/linux/man-pages/man2/open.2.html' },
	manGetdents: {
		label: 'getdents(2)',
		url: 'https://man7.org/linux/man-pages/man2/getdents.2.html'
	},
	manWrite: { label: 'write(2)', url: 'https://man7.org/linux/man-pages/man2/write.2.html' },
	manPthreads: {
		label: 'pthreads(7)',
		url: 'https://man7.org/linux/man-pages/man7/pthreads.7.html'
	},
	manSched: { label: 'sched(7)', url: 'https://man7.org/linux/man-pages/man7/sched.7.html' },
	manTermios: {
		label: 'termios(3)',
		url: 'https://man7.org/linux/man-pages/man3/termios.3.html'
	},
	manWait4: { label: 'wait4(2)', url: 'https://man7.org/linux/man-pages/man2/wait4.2.html' },
	manGetcontext: {
		label: 'getcontext(3)',
		url: 'https://man7.org/linux/man-pages/man3/getcontext.3.html'
	},
	// [bash]
	bashWhatIsShell: {
		label: 'Bash Reference Manual §1.2: What is a shell?',
		url: 'https://www.gnu.org/software/bash/manual/html_node/What-is-a-Shell_003f.html'
	},
	bashLineEditing: {
		label: 'Bash Reference Manual §8: Command Line Editing',
		url: 'https://www.gnu.org/software/bash/manual/html_node/Command-Line-Editing.html'
	},
	// Why /usr/bin/ls and not /bin/ls: on a merged-/usr system /bin is a link to /usr/bin.
	debianUsrMerge: { label: 'Debian Wiki: UsrMerge', url: 'https://wiki.debian.org/UsrMerge' },
	// Debian's default PATH: base-files' profile (installed as /etc/profile) sets
	// /usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games for ordinary users (review L-U2;
	// read in the package as installed on Debian 12, base-files 12.4+deb12u11).
	debianProfile: {
		label: 'Debian base-files: /etc/profile',
		url: 'https://sources.debian.org/src/base-files/12.4%2Bdeb12u11/share/profile/'
	},
	// vDSO: a shared library the kernel maps into every process, so some calls need no system call.
	manVdso: { label: 'vdso(7)', url: 'https://man7.org/linux/man-pages/man7/vdso.7.html' },
	bashCommandSearch: {
		label: 'Bash Reference Manual §3.7.2: Command Search and Execution',
		url: 'https://www.gnu.org/software/bash/manual/html_node/Command-Search-and-Execution.html'
	},
	// More pages cited by the namespaces diagram, at their man7.org addresses.
	manTimeNamespaces: {
		label: 'time_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/time_namespaces.7.html'
	},
	manUserNamespaces: {
		label: 'user_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html'
	},
	manCgroupNamespaces: {
		label: 'cgroup_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html'
	},
	manClone: { label: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' },
	manUnshare: { label: 'unshare(2)', url: 'https://man7.org/linux/man-pages/man2/unshare.2.html' },
	manSetns: { label: 'setns(2)', url: 'https://man7.org/linux/man-pages/man2/setns.2.html' },
	// The per-type pages behind the one-line rows of namespaces(7) (review S-U1).
	manNetworkNamespaces: {
		label: 'network_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/network_namespaces.7.html'
	},
	manIpcNamespaces: {
		label: 'ipc_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/ipc_namespaces.7.html'
	},
	manMountNamespaces: {
		label: 'mount_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/mount_namespaces.7.html'
	},
	manUtsNamespaces: {
		label: 'uts_namespaces(7)',
		url: 'https://man7.org/linux/man-pages/man7/uts_namespaces.7.html'
	},
	manIpNetns: {
		label: 'ip-netns(8)',
		url: 'https://man7.org/linux/man-pages/man8/ip-netns.8.html'
	},
	kernelCgroupV2: {
		label: 'Linux kernel docs: Control Group v2',
		url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html'
	},
	kernelPids: {
		label: 'Linux kernel docs: Process Number Controller',
		url: 'https://docs.kernel.org/admin-guide/cgroup-v1/pids.html'
	},
	dockerResources: {
		label: 'Docker docs: Resource constraints',
		url: 'https://docs.docker.com/engine/containers/resource_constraints/'
	},
	dockerRunRef: {
		label: 'Docker docs: docker container run',
		url: 'https://docs.docker.com/reference/cli/docker/container/run/'
	},
	dockerRunning: {
		label: 'Docker docs: Running containers',
		url: 'https://docs.docker.com/engine/containers/run/'
	},
	dockerStop: {
		label: 'Docker docs: docker container stop',
		url: 'https://docs.docker.com/reference/cli/docker/container/stop/'
	},
	manProc: { label: 'proc(5)', url: 'https://man7.org/linux/man-pages/man5/proc.5.html' },
	dockerExec: {
		label: 'Docker docs: docker container exec',
		url: 'https://docs.docker.com/reference/cli/docker/container/exec/'
	},
	dockerRunmetrics: {
		label: 'Docker docs: Runtime metrics',
		url: 'https://docs.docker.com/engine/containers/runmetrics/'
	},
	dockerUserns: {
		label: 'Docker docs: Isolate containers with a user namespace',
		url: 'https://docs.docker.com/engine/security/userns-remap/'
	},
	// "Rootless mode executes the Docker daemon and containers inside a user namespace" (review S-O1)
	dockerRootless: {
		label: 'Docker docs: Rootless mode',
		url: 'https://docs.docker.com/engine/security/rootless/'
	},
	// The official nginx image: ENTRYPOINT ["/docker-entrypoint.sh"], STOPSIGNAL SIGQUIT,
	// CMD ["nginx", "-g", "daemon off;"]; packages nginx, gettext-base and curl, no procps (no `ps`).
	nginxDockerfile: {
		label: 'nginxinc/docker-nginx mainline/debian/Dockerfile',
		url: 'https://github.com/nginxinc/docker-nginx/blob/0215f8f7e23edf761913c61534ca8dcac27740df/mainline/debian/Dockerfile'
	},
	// The entrypoint runs /docker-entrypoint.d/*.sh, then `exec "$@"`: nginx replaces the script as PID 1.
	nginxEntrypoint: {
		label: 'nginxinc/docker-nginx docker-entrypoint.sh',
		url: 'https://github.com/nginxinc/docker-nginx/blob/4370fa1e7c8a2aa66205b26c3fb08beb2c37c1b0/mainline/debian/docker-entrypoint.sh'
	},
	// [M-ocidef]
	mobyOciDefaults: {
		label: 'moby daemon/pkg/oci/defaults.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/pkg/oci/defaults.go'
	},
	// [M-ocidef]: the commit that gave containers a private time namespace (first in docker-v29.5.0)
	mobyTimeNs: {
		label: 'moby commit d5370d34d3 (private time namespace, Engine v29.5.0)',
		url: 'https://github.com/moby/moby/commit/d5370d34d3'
	},
	// [M-daemon]
	mobyConfigLinux: {
		label: 'moby daemon/config/config_linux.go',
		url: 'https://github.com/moby/moby/blob/b985e231/daemon/config/config_linux.go'
	},
	// [POSIX]
	posix: {
		label: 'POSIX.1-2024: Definitions',
		url: 'https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap03.html'
	},

	// ── Virtualization and cloud ─────────────────────────────────────────────────────────────────
	// [NIST-125]
	nist125: { label: 'NIST SP 800-125', url: 'https://doi.org/10.6028/NIST.SP.800-125' },
	// [NIST-145]
	nist145: { label: 'NIST SP 800-145', url: 'https://doi.org/10.6028/NIST.SP.800-145' },
	// [VBox]
	virtualbox: {
		label: 'Oracle VirtualBox User Manual, ch. 1: First Steps',
		url: 'https://www.virtualbox.org/manual/ch01.html'
	},
	// VirtualBox's own source: the Linux host's init script for "VirtualBox Linux kernel module",
	// vboxdrv (review U3: the type-2 "kernel module" claim, which ch. 1 of the manual does not make).
	virtualboxVboxdrv: {
		label: 'VirtualBox source: src/VBox/Installer/linux/vboxdrv.sh',
		url: 'https://github.com/VirtualBox/virtualbox/blob/78d7e32f638660d24514e49999d4edd75c133a2e/src/VBox/Installer/linux/vboxdrv.sh'
	},
	// [Xen]
	xen: { label: 'Xen Project: the hypervisor', url: 'https://xenproject.org/projects/hypervisor/' },
	// [RH]
	redHatVm: {
		label: 'Red Hat: What is a virtual machine?',
		url: 'https://www.redhat.com/en/topics/virtualization/what-is-a-virtual-machine'
	},
	// [IBM]
	ibmHypervisors: {
		label: 'IBM: What are hypervisors?',
		url: 'https://www.ibm.com/topics/hypervisors'
	},
	// [MS-HV]
	msHyperV: {
		label: 'Microsoft Learn: Introduction to Hyper-V on Windows',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/about/'
	},
	// [KVM]
	kvm: { label: 'KVM project: main page', url: 'https://linux-kvm.org/page/Main_Page' }
} satisfies Record<string, SourceRef>;
