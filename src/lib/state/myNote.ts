/**
 * The note handed back, in the browser: the reader's results written into the Markdown the build
 * made (server/noteMarkdown.ts), and its links made absolute. Pure, so the tests run it too.
 */
import { checkUi } from '$lib/content/ui-check';
import type { Lang } from '$lib/content/types';

/** The line the note page replaces with the reader's results (an HTML comment: invisible if left). */
export const RESULTS_MARKER = '<!-- container-atlas:results -->';

export interface ResultLine {
	id: string;
	prompt: string;
	href: string;
	right: boolean;
}

/**
 * The results block that replaces RESULTS_MARKER: a score and the questions to revisit, each
 * linked. Pure, shared by the page (the download) and the tests.
 */
export function resultsMarkdown(lang: Lang, answered: ResultLine[], total: number): string {
	const t = checkUi[lang];
	const right = answered.filter((r) => r.right).length;
	const revisit = answered.filter((r) => !r.right);
	return [
		`- **${t.mdResultsHeading}**:`,
		`    - ${answered.length ? t.mdResults(right, answered.length, total) : t.mdNoResults}`,
		...(revisit.length
			? [`    - ${t.mdRevisit}:`, ...revisit.map((r) => `        - [${r.prompt}](${r.href})`)]
			: [])
	].join('\n');
}

/**
 * The downloaded file: the build's Markdown with the results in place of the marker and every
 * root-relative link (under `base`) made absolute with the downloading page's origin.
 */
export function fillNote(markdown: string, results: string, origin: string, base: string): string {
	return markdown
		.replace(RESULTS_MARKER, () => results)
		.replaceAll(`](${base}/`, `](${origin}${base}/`);
}
