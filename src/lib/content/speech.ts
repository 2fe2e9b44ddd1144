/**
 * What a screen reader hears: edges as "from → to: label", and a step as "Step n of N", its
 * narration as plain text (no Markdown) and what it highlights. Pure; no DOM.
 */
import type { Lang } from './types';
import type { PageDef, PageEdge, PageNode, PageRelabel } from './page';
import { relabelled, relabelsAtStep } from './query';
import { ui } from './ui';

/** Narration without Markdown: `code` spans keep their text, the backticks go. */
export const plainText = (md: string): string => md.replace(/`([^`]*)`/g, '$1');

/** "containerd → containerd-shim: exec shim · ttrpc task API" (↔ for two-way edges). */
export function edgeName(
	edge: PageEdge,
	nodeOf: (id: string) => PageNode,
	relabels: Map<string, PageRelabel>
): string {
	const end = (id: string) => relabelled(nodeOf(id), relabels.get(id)).label;
	return `${end(edge.from)} ${edge.both ? '↔' : '→'} ${end(edge.to)}: ${edge.label}`;
}

/** The parts of a step's announcement around its (visible) narration. */
export function stepSpeech(
	def: PageDef,
	viewId: string,
	step: number,
	lang: Lang
): { before: string; after: string } {
	const view = def.views.find((v) => v.id === viewId) ?? def.views[0];
	const s = view.steps[step - 1];
	const t = ui[lang];
	// Step 0 is the overview: "Overview · N steps." before the view's summary.
	const before = s || step === 0 ? `${t.step(step, view.steps.length)}.` : '';
	if (!s) return { before, after: '' };
	const relabels = relabelsAtStep(view, step);
	const nodes = new Map(def.nodes.map((n) => [n.id, n]));
	const nodeOf = (id: string) => nodes.get(id)!;
	const names = [
		...(s.highlight ?? []).map((id) => relabelled(nodeOf(id), relabels.get(id)).label),
		...(s.edges ?? []).flatMap((id) => {
			const e = def.edges.find((x) => x.id === id);
			return e ? [edgeName(e, nodeOf, relabels)] : [];
		})
	];
	return { before, after: names.length ? `${t.highlighted} ${names.join('; ')}.` : '' };
}
