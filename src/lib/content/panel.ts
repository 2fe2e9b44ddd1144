/**
 * What the note panel (and the print handout on a diagram page) shows for one view, apart from
 * what the diagram draws: a diagram page's data leaves it out and the panel fetches it on first
 * use as /panel/{lang}/{diagram}/{view}.json (server/loadView.ts `panelContent`, render/panel.ts).
 * Pure and small: the panel's code imports it.
 */
import type { Correction, L10n, NodeDef } from './types';
import type { Passage } from './notes';
import type { RelatedLink } from './related';
import type { Localized } from './page';

/** What the panel adds to a page's node (content/page.ts `PageNode`), in the page's language. */
export type PanelNode = Localized<Pick<NodeDef, 'about' | 'sources' | 'notes'>>;
export type PanelCorrection = Localized<Correction>;
export type PanelLink = Localized<RelatedLink>;

export interface PanelContent {
	/** Per node id: the team's description, its sources and the keys of its note passages. */
	nodes: Record<string, PanelNode>;
	/** Note passages the view's nodes refer to, resolved for this language. */
	passages: Record<string, Passage>;
	corrections: Record<string, PanelCorrection>;
	/** Per node id: where else the atlas draws it. */
	related: Record<string, PanelLink[]>;
	/** The view's "check yourself" questions, answers lightly encoded (state/quiz.ts). */
	quiz: QuizEntry[];
	/** Every question's id, in the note's order: the reader's stored results keep only these. */
	quizIds: string[];
	/** The view's predictions (content/quiz/types.ts `PredictionDef`), answers lightly encoded. */
	predict: PredictEntry[];
}

/**
 * One prediction as a page reads it: asked before `step` plays. `answer` is
 * `encodeAnswer(predictKey(view, step), ids)`: the marks to pick, or the right outcome's index
 * ("0" or "1").
 */
export interface PredictEntry {
	step: number;
	prompt: string;
	/** The two outcomes to choose between; absent: pick marks on the picture. */
	outcomes?: [string, string];
	answer: string;
}

/** The key a prediction's answer is encoded with. */
export const predictKey = (view: string, step: number) => `${view}/${step}`;

/** One question as answer mode reads it (content/quiz/types.ts `QuestionDef`, for one view). */
export interface QuizEntry {
	id: string;
	step: number;
	prompt: string;
	why: string;
	/** `encodeAnswer(id, answer)`: not plain text in what the site serves. */
	answer: string;
}

/** The path of one view's panel content, under the site's base path. */
export const panelPath = (base: string, lang: string, diagram: string, view: string) =>
	`${base}/panel/${lang}/${diagram}/${view}.json`;

/**
 * `node` with its description, sources and passage keys from `content` (a page's nodes lack
 * them); as it is when the content has nothing for it.
 */
export function withPanel<N extends { id: string }>(
	node: N,
	content: PanelContent
): N & Partial<PanelNode> {
	const more: PanelNode | undefined = content.nodes[node.id];
	return more ? { ...node, ...more } : node;
}
