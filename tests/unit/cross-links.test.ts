/**
 * The cross-diagram links issue 12 asks for, as data: each named node (or edge) must link to the
 * named diagram, and the link must resolve (validateRelated, run on load, checks the target).
 * A link whose target diagram is not in the index yet is skipped, saying so.
 */
import { describe, expect, it } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { passageHomes } from '../../src/lib/server/noteMap';

const has = (id: string) => diagrams.some((d) => d.id === id);
const def = (id: string) => diagrams.find((d) => d.id === id)!;

const nodeLinks: [diagram: string, node: string, to: string][] = [
	['virtualization', 'ctr-engine', 'runtime'],
	['virtualization', 'ctr-kernel', 'namespaces'],
	['virtualization', 'ctr-container', 'processes'],
	['runtime', 'kernel', 'namespaces'],
	['runtime', 'nginx', 'processes'],
	// Issue 26: where the runtime and virtualization pictures say "the image", the images diagram.
	['runtime', 'registry', 'images'],
	['runtime', 'bundle', 'images'],
	['virtualization', 'ctr-userland', 'images'],
	['networking', 'compose-net', 'networking']
];
const edgeLinks: [diagram: string, edge: string, to: string][] = [
	['runtime', 'runc-kernel', 'namespaces'],
	['runtime', 'dockerd-registry', 'images']
];

describe('cross-diagram links', () => {
	it.each(nodeLinks)('%s node %s links to %s', (from, node, to) => {
		if (!has(to)) return void console.warn(`skipped: no "${to}" diagram yet`);
		const n = def(from).nodes.find((x) => x.id === node);
		expect(n, `${from}/${node}`).toBeDefined();
		expect(n!.related?.map((r) => r.diagram)).toContain(to);
	});
	it.each(edgeLinks)('%s edge %s links to %s', (from, edge, to) => {
		if (!has(to)) return void console.warn(`skipped: no "${to}" diagram yet`);
		const e = def(from).edges.find((x) => x.id === edge);
		expect(e, `${from}/${edge}`).toBeDefined();
		expect(e!.related?.map((r) => r.diagram)).toContain(to);
	});
	it("the note's wish (docker-compose, docker-image, VM vs Docker) is drawn by images, networking and virtualization", () => {
		const homes = passageHomes().get('wish.compose-image') ?? [];
		expect(homes.map((h) => `${h.diagram}/${h.view}`)).toEqual(
			expect.arrayContaining(['images/layers', 'networking/compose', 'virtualization/compare'])
		);
	});
	it("the note's networking question is answered by the networking diagram", () => {
		if (!has('networking')) return void console.warn('skipped: no "networking" diagram yet');
		expect(
			passageHomes()
				.get('question.networking')
				?.map((h) => h.diagram)
		).toContain('networking');
	});
});
