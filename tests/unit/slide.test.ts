/** The slide export's caption: the narration as plain text, wrapped into lines that fit. */
import { describe, expect, it } from 'vitest';
import { slideCaption, wrapText } from '../../src/lib/render/exportSlide';
import { runtime } from '../../src/lib/content/diagrams/runtime';
import { localize } from '../../src/lib/content/page';

// Every character 10 units wide: lines of at most `max / 10` characters.
const mono = (s: string) => s.length * 10;

describe('wrapText', () => {
	it('breaks at spaces, each line as full as it can be', () => {
		expect(wrapText('aa bb cc dd', 50, mono)).toEqual(['aa bb', 'cc dd']);
		expect(wrapText('aa bb cc dd', 80, mono)).toEqual(['aa bb cc', 'dd']);
	});
	it('breaks a word longer than a line between characters, keeping every character', () => {
		const lines = wrapText('see /var/run/containerd/containerd.sock now', 100, mono);
		for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(100);
		expect(lines.join('').replace(/ /g, '')).toBe('see/var/run/containerd/containerd.socknow');
	});
	it('keeps Korean words whole', () => {
		expect(wrapText('컨테이너를 실행합니다 지금', 110, mono)).toEqual([
			'컨테이너를 실행합니다',
			'지금'
		]);
	});
});

describe('slideCaption', () => {
	it('is the narration without Markdown, the summary on the overview', () => {
		const view = runtime.views.find((v) => v.id === 'docker-run')!;
		for (const lang of ['en', 'ko'] as const) {
			view.steps.forEach((_, i) =>
				expect(slideCaption(localize(runtime, lang), 'docker-run', i + 1)).not.toContain('`')
			);
			expect(slideCaption(localize(runtime, lang), 'docker-run', 0)).toBe(
				view.summary[lang].replace(/`/g, '').replace(/\s+/g, ' ').trim()
			);
		}
		expect(view.steps.some((s) => s.narration.en.includes('`'))).toBe(true); // the test means something
	});
});
