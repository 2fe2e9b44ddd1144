/**
 * The questions as the check page and the note page list them, in one language: prompt, topic and
 * the deep link that opens each in answer mode. The answers stay out (build time only).
 */
import { findDiagram } from '$lib/content/diagrams';
import { noteSources } from '$lib/content/notes';
import { questions } from '$lib/content/quiz';
import type { QuizTopic } from '$lib/content/quiz/types';
import type { Lang } from '$lib/content/types';
import { viewPath } from '$lib/state/url';

export interface QuizItem {
	id: string;
	topic: QuizTopic;
	prompt: string;
	/** Under `base`: `/{lang}/{diagram}/{view}/?quiz={id}`. */
	href: string;
}

export function quizList(lang: Lang, base: string): QuizItem[] {
	return questions.map((q) => {
		const def = findDiagram(q.diagram)!;
		return {
			id: q.id,
			topic: q.topic,
			prompt: q.prompt[lang],
			href: `${viewPath(base, lang, def, q.view)}?quiz=${q.id}`
		};
	});
}

/** The author's own rating in the note's 🤔 section, as written ("⭐⭐⭐⭐⭐ (5/5)"), or null. */
export function authorRating(lang: Lang): string | null {
	return noteSources[lang].match(/⭐+\s*\(\d+\/\d+\)/)?.[0] ?? null;
}
