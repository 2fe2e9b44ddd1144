/** Cross-diagram links (`related` on nodes and edges): validated across the index, resolved for the panel. */
import { describe, expect, it, vi } from 'vitest';
import { diagrams } from '../../src/lib/content/diagrams';
import { DiagramError, validateRelated } from '../../src/lib/content/validate';
import { viewNodeIds } from '../../src/lib/content/query';
import { relatedHref, relatedLinks } from '../../src/lib/content/related';
import { inLang } from '../../src/lib/content/page';
import type { DiagramDef, RelatedRef } from '../../src/lib/content/types';

const copy = () => structuredClone(diagrams) as DiagramDef[];
const [first, second] = diagrams;
const nodeOf = (def: DiagramDef, view: string) => viewNodeIds(def, view)[0];
const view2 = second.views[1] ?? second.views[0];

describe('validateRelated', () => {
	// The real diagrams' links were checked when the registry loaded; what can fail is that the
	// registry runs this check at all: a module with a bad link must stop the import.
	it('runs when the registry loads: a bad link in a diagram module fails the import', async () => {
		const bad = structuredClone(second);
		bad.nodes[0].related = [{ diagram: 'no-such-diagram', node: 'x' }];
		const module = `../../src/lib/content/diagrams/${second.id}/index.ts`;
		vi.resetModules();
		vi.doMock(module, () => ({ [second.id]: bad }));
		try {
			await expect(import('../../src/lib/content/diagrams')).rejects.toThrow(
				new RegExp(
					`related links[^]*diagram "${second.id}" node "${bad.nodes[0].id}": links to unknown diagram "no-such-diagram"`
				)
			);
		} finally {
			vi.doUnmock(module);
			vi.resetModules();
		}
	});

	const withLink = (ref: RelatedRef, on: 'node' | 'edge' = 'node') => {
		const defs = copy();
		if (on === 'node') defs[0].nodes[0].related = [ref];
		else defs[0].edges[0].related = [ref];
		return () => validateRelated(defs);
	};

	it.each([
		[
			'an unknown diagram',
			{ diagram: 'no-such-diagram', node: 'x' },
			/node ".*": links to unknown diagram "no-such-diagram"/
		],
		[
			'an unknown view',
			{ diagram: second.id, view: 'no-such-view', node: nodeOf(second, second.defaultView) },
			/links to unknown view "no-such-view"/
		],
		[
			'an unknown node',
			{ diagram: second.id, view: view2.id, node: 'no-such-node' },
			new RegExp(`links to node "no-such-node", which is not in view "${second.id}/${view2.id}"`)
		]
	])('rejects a link to %s, naming the owner and the bad id', (_, ref, message) => {
		const run = withLink(ref as RelatedRef);
		expect(run).toThrow(DiagramError);
		expect(run).toThrow(message);
		expect(run).toThrow(new RegExp(`diagram "${first.id}" node "${first.nodes[0].id}"`));
	});

	it('rejects a node that exists but is not in the linked view', () => {
		const outside = second.nodes.find(
			(n) => !viewNodeIds(second, second.defaultView).includes(n.id)
		);
		expect(outside, 'a node outside the default view').toBeDefined();
		const run = withLink({ diagram: second.id, node: outside!.id });
		expect(run).toThrow(`not in view "${second.id}/${second.defaultView}"`);
	});

	it('checks links on edges too', () => {
		const run = withLink({ diagram: 'nowhere', node: 'x' }, 'edge');
		expect(run).toThrow(new RegExp(`edge "${first.edges[0].id}": links to unknown diagram`));
	});

	it('reports every bad link at once', () => {
		const defs = copy();
		defs[0].nodes[0].related = [{ diagram: 'a1', node: 'x' }];
		defs[1].nodes[0].related = [{ diagram: 'a2', node: 'x' }];
		expect(() => validateRelated(defs)).toThrow(/"a1"[^]*"a2"/);
	});
});

describe('relatedLinks', () => {
	const target = { diagram: second.id, view: view2.id, node: nodeOf(second, view2.id) };

	it('resolves titles and labels and defaults the view to the target’s default view', () => {
		const defs = copy();
		defs[0].nodes[0].related = [
			target,
			{ diagram: second.id, node: nodeOf(second, second.defaultView) }
		];
		const links = relatedLinks(defs, defs[0])[defs[0].nodes[0].id];
		expect(links).toHaveLength(2);
		expect(links[0]).toMatchObject({
			...target,
			diagramTitle: second.title,
			viewTitle: view2.title
		});
		expect(links[0].nodeLabel).toEqual(second.nodes.find((n) => n.id === target.node)!.label);
		expect(links[1].view).toBe(second.defaultView);
	});

	it('lists an edge’s links in the panels of both nodes it joins, with the edge’s label', () => {
		const defs = copy();
		const edge = defs[0].edges[0];
		edge.related = [target];
		const links = relatedLinks(defs, defs[0]);
		for (const id of [edge.from, edge.to]) {
			expect(links[id]).toEqual([expect.objectContaining({ ...target, via: edge.label })]);
		}
	});

	it('lists the same target once per node', () => {
		const defs = copy();
		const edge = defs[0].edges[0];
		edge.related = [target];
		defs[0].nodes.find((n) => n.id === edge.from)!.related = [target];
		expect(relatedLinks(defs, defs[0])[edge.from]).toHaveLength(1);
	});

	it('builds an address that keeps the language and opens the node’s note', () => {
		const href = relatedHref('/base', 'ko', target);
		expect(href).toBe(`/base/ko/${target.diagram}/${target.view}/?node=${target.node}`);
	});
});

describe('the note panel', () => {
	it('shows a node’s links as “Also in …” in the panel’s language', async () => {
		const { render } = await import('svelte/server');
		const { default: NodeNotes } = await import('../../src/lib/render/NodeNotes.svelte');
		const defs = copy();
		const view = second.views[1] ?? second.views[0];
		defs[0].nodes[0].related = [
			{ diagram: second.id, view: view.id, node: viewNodeIds(second, view.id)[0] }
		];
		const links = relatedLinks(defs, defs[0])[defs[0].nodes[0].id];
		for (const lang of ['ko', 'en'] as const) {
			const { body } = render(NodeNotes, {
				props: {
					node: inLang(defs[0].nodes[0], lang),
					lang,
					passages: {},
					corrections: {},
					related: inLang(links, lang)
				}
			});
			expect(body).toContain(lang === 'ko' ? '다른 다이어그램에서' : 'Also in …');
			expect(body).toContain(
				`href="/${lang}/${second.id}/${view.id}/?node=${viewNodeIds(second, view.id)[0]}"`
			);
			expect(body).toContain(second.title[lang]);
		}
	});
});
