/**
 * The scene's nodes: each node's rectangles, visibility and emphasis at this step, and its text
 * fitted to its box (label, detail, facts), plus the order to draw them in.
 */
import type { PageDef, PageFact, PageRelabel } from '../../content/page';
import { relabelled } from '../../content/query';
import type { BaseLayout } from '../base';
import { BOLD, LINE_HEIGHT, fitText, type Format, type Rect } from '../geometry';
import { METRICS, ROUNDING_SLACK, TEXT_LINES, TEXT_PAD, type FormatMetrics } from './metrics';
import type { Emphasis, SceneNode } from './types';
import { copyCounts, within } from './visibility';

/**
 * The nodes at one step. Plain arguments rather than an options object: their names would stay
 * in every page's JavaScript (the minifier cannot shorten property names).
 */
export function sceneNodes(
	def: PageDef,
	base: BaseLayout,
	format: Format,
	inView: Set<string>,
	shown: Set<string>,
	highlight: Set<string>,
	relabels: Map<string, PageRelabel>,
	rectsOf: (id: string) => Rect[]
): SceneNode[] {
	const m = METRICS[format];
	const type = m.type;
	const counts = copyCounts(def, base);
	return def.nodes.map((defNode) => {
		const n = relabelled(defNode, relabels.get(defNode.id));
		const rects = rectsOf(n.id);
		const isShown = inView.has(n.id) && shown.has(n.id);
		const frame = n.shape === 'frame';
		const labelAt = base.labelAt?.[n.id] ?? (frame ? 'bottom' : 'center');
		const full = rects[0].w - m.labelInset + ROUNDING_SLACK;
		const w = labelAt === 'top' ? bandRoom(rects[0], n.id, base.nodes, inView, full) : full;
		const { lines: labelLines, scale } = fitText(
			n.label + (counts.has(n.id) ? ` ×${counts.get(n.id)}` : ''),
			w / BOLD,
			type.label,
			// Two lines where the box is tall enough for them (not in a compact row).
			frame || rects[0].h < 2 * type.label * LINE_HEIGHT - 1 ? 1 : 2,
			m.minScale
		);
		// As many detail lines as the box has height for (in a frame: the format's).
		const detailLines = frame
			? m.frameDetail
			: Math.min(
					TEXT_LINES - labelLines.length,
					Math.floor(
						((rects[0].h - TEXT_PAD) / (LINE_HEIGHT * scale) - labelLines.length * type.label) /
							type.detail
					)
				);
		// A detail cut down to its first word ("the…") says nothing, and compact frames (slides,
		// small embeds) show less detail anyway: such a detail is left off (the panel has it).
		const fitted =
			n.detail && detailLines > 0
				? legible(n.detail, fitText(n.detail, w, type.detail * scale, detailLines).lines)
				: [];
		const kept = fitted.join(' ');
		const detail = kept.endsWith('…') && (!m.keepCutDetail || !kept.includes(' ')) ? [] : fitted;
		const emphasis: Emphasis =
			!isShown || highlight.size === 0 ? 'normal' : highlight.has(n.id) ? 'active' : 'dim';
		return {
			id: n.id,
			rects,
			shown: isShown,
			emphasis,
			tone: n.tone,
			shape: n.shape ?? 'block',
			lifetime: n.lifetime,
			label: labelLines,
			detail,
			facts: factLines(
				n.facts,
				{ ...rects[0], w: rects[0].w - (full - w) },
				labelAt,
				labelLines.length,
				detail.length,
				type,
				scale
			),
			scale,
			labelAt
		};
	});
}

/**
 * A detail cut down to a stub before its ellipsis ("e.g. a…" for "e.g. a browser", "예:…") says
 * nothing and reads as a glitch: drop it (the note panel has the whole text). Fewer than four
 * letters or digits left is a stub.
 */
function legible(text: string, lines: string[]): string[] {
	const squeeze = (t: string) => t.replace(/\s/g, '');
	if (squeeze(lines.join('')) === squeeze(text)) return lines;
	return (lines.join('').match(/[\p{L}\p{N}]/gu) ?? []).length < 4 ? [] : lines;
}

/** Monospace glyphs are about 0.6 em wide. */
const MONO = 0.6;

/**
 * The fact lines that fit on a node: below the label and detail in a block, on the band's second
 * line in a container (top label), none in a bottom-labelled frame. A fact is one token, never
 * wrapped nor cut: "key value" where it fits, else the value alone (the panel names the key),
 * else nothing — a cut address ("172.17.0.…") would read as a different, wrong one.
 */
export function factLines(
	facts: PageFact[] | undefined,
	r: Rect,
	labelAt: SceneNode['labelAt'],
	labelLines: number,
	detailLines: number,
	type: FormatMetrics['type'],
	scale: number
): string[] {
	const shown = (facts ?? []).filter((f) => !f.panelOnly);
	if (!shown.length || labelAt === 'bottom') return [];
	const size = type.fact;
	const room =
		labelAt === 'top'
			? detailLines
				? 0
				: 1
			: Math.floor(
					(r.h - 8 - (labelLines * type.label + detailLines * type.detail) * scale * 1.25) /
						(size * 1.25)
				);
	const max = Math.floor((r.w - 12) / (size * MONO));
	return shown
		.map((f) => [`${f.key} ${f.value}`, f.value].find((t) => t.length <= max))
		.filter((t): t is string => t !== undefined)
		.slice(0, Math.max(0, room));
}

/**
 * How wide a container's top band text may run (it reads from the top-left corner): up to the
 * first node docked on its top border, which straddles the band, else `full`.
 */
export function bandRoom(
	r: Rect,
	id: string,
	rects: Record<string, Rect[]>,
	inView: Set<string>,
	full: number
): number {
	const start = r.x + 10;
	let end = start + full;
	for (const [other, [d]] of Object.entries(rects)) {
		if (other === id || !inView.has(other) || !d) continue;
		if (d.y < r.y && d.y + d.h > r.y && d.x > start && d.x < end) end = d.x - 6;
	}
	return end - start;
}

/**
 * The order to draw nodes in: containers (a box, a frame, a stack's outer layer) under what they
 * contain, whatever order the definition lists them in — a highlighted frame must not cover the
 * dimmed nodes inside it. A node's depth is how many other nodes' rectangles enclose its own;
 * nodes of the same depth keep definition order. Identical rectangles (a hidden node parked
 * inside the box it splits from) do not count as enclosing.
 */
export function drawOrder<T extends { id: string; rects: Rect[] }>(nodes: T[]): T[] {
	const encloses = (b: Rect, a: Rect) =>
		b.w > 0 && b.h > 0 && within(a, b) && (a.w < b.w || a.h < b.h);
	const depth = new Map(
		nodes.map((n) => [
			n.id,
			nodes.filter((o) => o !== n && encloses(o.rects[0], n.rects[0])).length
		])
	);
	return nodes
		.map((n, i) => ({ n, i }))
		.sort((p, q) => depth.get(p.n.id)! - depth.get(q.n.id)! || p.i - q.i)
		.map((p) => p.n);
}
