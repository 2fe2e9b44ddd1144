// The diagram page's fit (render/pageFit.svelte.ts `fittedWidth`), in numbers worked out by hand
// from the page's metrics: figure frame 18, 14 kept under the figure, at least 240 high; the note
// opens over the picture (no column kept for it), except a presenter's, beside it from 900 px.
import { expect, it } from 'vitest';
import { fittedWidth, metricsAttribute, metricsStyle } from '../../src/lib/render/pageFit.svelte';

const page = {
	innerWidth: 1280,
	innerHeight: 800,
	stageWidth: 1200,
	stageTop: 150,
	captionHeight: 100,
	aspect: 1.5,
	presenting: false,
	panel: false
};

it('takes the whole stage: no column is kept for the note, open or not', () => {
	// Width: 1200 − 18 = 1182; height: 800 − 150 − 100 − 14 = 536, × 1.5 = 804.
	expect(fittedWidth(page)).toBe(804);
	expect(fittedWidth({ ...page, aspect: 3 })).toBe(1182);
	expect(fittedWidth({ ...page, aspect: 3, panel: true })).toBe(1182);
});

it('leaves a column for an open question from 900 px (its nodes must stay in reach)', () => {
	// 1200 − 340 − 16 − 18 = 826 wide.
	expect(fittedWidth({ ...page, aspect: 3, panel: true, answering: true })).toBe(826);
	// Below 900 px the question is a sheet: the whole stage again (880 − 18).
	expect(
		fittedWidth({ ...page, innerWidth: 880, stageWidth: 880, aspect: 3, answering: true })
	).toBe(862);
});

it('is never lower than 240 px', () => {
	expect(fittedWidth({ ...page, innerHeight: 300 })).toBe(360);
});

it('takes the whole stage below 900 px and when presenting without a note', () => {
	// 880 − 18 = 862 wide; 536 × 2 = 1072 high.
	expect(fittedWidth({ ...page, innerWidth: 880, stageWidth: 880, aspect: 2 })).toBe(862);
	// Presenting: 24 px of padding, no panel column: 1200 − 24 − 18.
	expect(fittedWidth({ ...page, presenting: true, aspect: 3 })).toBe(1158);
	// With a note: the panel is 30% of the window (384) + 16.
	expect(fittedWidth({ ...page, presenting: true, panel: true, aspect: 3 })).toBe(758);
});

it('gives the inline fit script its numbers in the order it reads them', () => {
	expect(metricsAttribute()).toBe('18 14 240 640');
});

it('gives the stylesheets the panel, gap and frame as custom properties', () => {
	expect(metricsStyle()).toBe('--panel:340px;--gap:16px;--frame:18px');
});
