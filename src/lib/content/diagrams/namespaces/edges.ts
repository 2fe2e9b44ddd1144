/** Edges of the namespaces diagram: membership, the system calls that make and join namespaces, and cgroup files. */
import type { EdgeDef } from '../../types';
import { sources as src } from '../../sources';

const L = (en: string, ko: string) => ({ en, ko });

export const edges: EdgeDef[] = [
	// types
	{ id: 'host-proc-set', from: 'host-proc', to: 'host-set', label: L('member of', '구성원') },
	{ id: 'nginx-set', from: 'nginx', to: 'ctr-set', label: L('member of', '구성원') },
	{
		id: 'host-proc-handle',
		from: 'host-proc',
		to: 'ns-handle',
		label: L('/proc/1/ns/*', '/proc/1/ns/*'),
		style: 'dashed'
	},
	{
		id: 'nginx-handle',
		from: 'nginx',
		to: 'ns-handle',
		label: L('/proc/4242/ns/*', '/proc/4242/ns/*'),
		style: 'dashed'
	},
	// pid (tree)
	{ id: 'pid-host-systemd', from: 'pidns-host', to: 'host-systemd', label: L('member', '구성원') },
	{ id: 'pid-systemd-shim', from: 'host-systemd', to: 'host-shim', label: L('parent', '부모') },
	{
		id: 'pid-host-ctr',
		from: 'pidns-host',
		to: 'pidns-ctr',
		label: L('child', '자식')
	},
	{ id: 'pid-ctr-nginx', from: 'pidns-ctr', to: 'nginx', label: L('init', 'init') },
	{ id: 'pid-nginx-worker', from: 'nginx', to: 'nginx-worker', label: L('fork()', 'fork()') },
	// lifecycle
	{
		id: 'lc-clone',
		from: 'runc-init',
		to: 'ctr-set',
		label: L('unshare(CLONE_NEW*) → clone', 'unshare(CLONE_NEW*) → clone'),
		about: L(
			'nsexec calls `unshare(2)` with the `CLONE_NEW*` flags from `config.json`, then forks the init with `clone(2)` (`CLONE_PARENT`, no new namespaces): the child is PID 1 of the new PID namespace.',
			'nsexec이 `config.json`의 `CLONE_NEW*` 플래그로 `unshare(2)`를 호출한 뒤 `clone(2)`(`CLONE_PARENT`, 새 네임스페이스 없음)으로 init을 fork합니다. 그 자식이 새 PID 네임스페이스의 PID 1입니다.'
		),
		sources: [src.runcNsexec, src.runcNsenterStages, src.manUnshare, src.manClone]
	},
	{
		id: 'lc-unshare',
		from: 'unshare-proc',
		to: 'unshare-child',
		label: L('unshare, then fork()', 'unshare 뒤 fork()'),
		sources: [src.manUnshare, src.manPidNamespaces]
	},
	{
		id: 'lc-handle',
		from: 'ns-handle',
		to: 'ctr-set',
		label: L('refers to', '가리킴'),
		style: 'dashed'
	},
	{
		id: 'lc-setns',
		from: 'exec-proc',
		to: 'ns-handle',
		label: L('open() + setns(fd)', 'open() + setns(fd)'),
		sources: [src.manSetns, src.runcNsenter]
	},
	{
		id: 'lc-pin',
		from: 'ns-pin',
		to: 'ns-handle',
		label: L('keeps it alive', '살려 둠'),
		style: 'dashed',
		sources: [src.manNamespaces, src.manIpNetns]
	},
	// cgroups
	{ id: 'cg-root-slice', from: 'cg-root', to: 'cg-slice', label: L('child', '자식') },
	{ id: 'cg-slice-scope', from: 'cg-slice', to: 'cg-scope', label: L('child', '자식') },
	{
		id: 'cg-flags-scope',
		from: 'cg-flags',
		to: 'cg-scope',
		label: L('linux.resources → runc', 'linux.resources → runc'),
		sources: [src.ociLinux]
	},
	{ id: 'cg-nginx-scope', from: 'nginx', to: 'cg-scope', label: L('cgroup.procs', 'cgroup.procs') },
	{ id: 'cg-scope-memory', from: 'cg-scope', to: 'cg-memory', label: L('file', '파일') },
	{ id: 'cg-scope-cpu', from: 'cg-scope', to: 'cg-cpu', label: L('file', '파일') },
	{ id: 'cg-scope-pids', from: 'cg-scope', to: 'cg-pids', label: L('file', '파일') },
	{ id: 'cg-memory-oom', from: 'cg-memory', to: 'cg-oom', label: L('at the limit', '한도에서') },
	{
		id: 'cg-cpu-throttle',
		from: 'cg-cpu',
		to: 'cg-throttle',
		label: L('at the limit', '한도에서')
	},
	{ id: 'cg-pids-eagain', from: 'cg-pids', to: 'cg-eagain', label: L('at the limit', '한도에서') }
];
