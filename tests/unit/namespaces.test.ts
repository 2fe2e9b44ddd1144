/** The namespaces diagram says what issue 9 asks of it, checked on the definition and its scenes. */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { viewNodeIds } from '../../src/lib/content/query';
import { sceneOf } from './scenes';

const def = diagrams.find((d) => d.id === 'namespaces')!;
const FLAGS = {
	'ns-cgroup': 'CLONE_NEWCGROUP',
	'ns-ipc': 'CLONE_NEWIPC',
	'ns-net': 'CLONE_NEWNET',
	'ns-mnt': 'CLONE_NEWNS',
	'ns-pid': 'CLONE_NEWPID',
	'ns-time': 'CLONE_NEWTIME',
	'ns-user': 'CLONE_NEWUSER',
	'ns-uts': 'CLONE_NEWUTS'
};

describe('the namespaces diagram', () => {
	it('has the five views of the URL contract, types first', () => {
		expect(def.views.map((v) => v.id)).toEqual(['types', 'pid', 'lifecycle', 'cgroups', 'docker']);
		expect(def.defaultView).toBe('types');
	});

	it('draws the eight namespace types as nodes of `types`, each with its CLONE_NEW* flag', () => {
		const inTypes = viewNodeIds(def, 'types');
		for (const [id, flag] of Object.entries(FLAGS)) {
			expect(inTypes).toContain(id);
			const node = def.nodes.find((n) => n.id === id)!;
			for (const lang of ['en', 'ko'] as const) expect(node.detail?.[lang]).toContain(flag);
		}
	});

	it('shows the note’s two namespace bullets on this diagram', () => {
		const notes = def.nodes.flatMap((n) => n.notes ?? []);
		expect(notes).toContain('namespace.separate');
		expect(notes).toContain('namespace.identify');
	});

	it('shows one nginx node under two PIDs in the PID view, changing with the point of view', () => {
		const label = (step: number) => {
			const scene = sceneOf(def, 'pid', step, 'wide', 'en');
			const nodes = scene.nodes.filter((n) => n.id === 'nginx');
			expect(nodes).toHaveLength(1);
			return nodes[0].label.join(' ');
		};
		expect(label(1)).toContain('4242');
		expect(label(3)).toContain('PID 1');
		expect(label(3)).not.toContain('4242');
	});

	it('hides the host’s processes when the view moves inside the container', () => {
		const shown = (step: number) =>
			sceneOf(def, 'pid', step, 'wide', 'en')
				.nodes.filter((n) => n.shown)
				.map((n) => n.id);
		expect(shown(1)).toContain('host-systemd');
		expect(shown(3)).not.toContain('host-systemd');
		expect(shown(3)).toContain('nginx');
	});
});
