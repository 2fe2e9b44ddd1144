/**
 * Column headings of a stacks layout: the column's precise name (bold, wrapped, shrunk to fit)
 * and the note's own name for it under it. The layout reserves room for them and the scene
 * draws them, so both go through `groupHeading`: a title that wraps to a second line (an English
 * title in a compact frame) pushes the columns down instead of running into the first frame.
 */
import type { GroupDef, Lang } from '../content/types';
import { BOLD, MIN_SCALE, TYPE, fitText, type Format } from './geometry';

/** The note's own name for a column. Here, not in ui.ts: headings are drawn on the server only. */
const NOTE_CALLS: Record<Lang, (name: string) => string> = {
	en: (name) => `note: “${name}”`,
	ko: (name) => `노트 표현: “${name}”`
};

export interface GroupHeading {
	title: string[];
	noteName: string[];
	scale: number;
	/** From the top of the heading to the bottom of its last line, in frame units. */
	height: number;
}

export function groupHeading(group: GroupDef, w: number, format: Format, lang: Lang): GroupHeading {
	const type = TYPE[format];
	const title = fitText(
		group.label[lang],
		w / BOLD,
		type.title,
		format === 'narrow' ? 3 : 2,
		MIN_SCALE[format]
	);
	// Compact frames (a slide thumbnail, a link card) have room for the titles only.
	const note =
		group.noteName && format !== 'compact'
			? fitText(NOTE_CALLS[lang](group.noteName[lang]), w, type.small * title.scale, 2).lines
			: [];
	// Baselines as StackHeaders sets them: title lines 1.2 apart from one line down, the note's
	// lines after one more title line; the last line's descenders reach ~0.3 em below it.
	const t = type.title * title.scale;
	const s = type.small * title.scale;
	const height = note.length
		? t * (1 + 1.2 * title.lines.length) + s * (0.35 + 1.2 * (note.length - 1)) + 0.3 * s
		: t * (1 + 1.2 * (title.lines.length - 1)) + 0.3 * t;
	return { title: title.lines, noteName: note, scale: title.scale, height };
}
