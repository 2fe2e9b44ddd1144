/**
 * The note handed back (issue 25): the note page shows the author's own rating beside "Download my
 * note", whose Markdown holds every line of the note as written, links every drawn bullet to its
 * drawing on this site, and carries the corrections as footnotes.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGS, collectErrors } from './helpers';

for (const lang of LANGS) {
	test(`${lang}: "Download my note" hands back every line of the note, linked`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/${lang}/note/`);
		await expect(page.locator('[data-my-note]')).toContainText('(5/5)');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-note-download]').click()
		]);
		expect(download.suggestedFilename()).toBe(`docker-ch2.${lang}.md`);
		const file = readFileSync((await download.path())!, 'utf8');
		// Oracle: the note file itself. Every non-empty line appears, in order, as written.
		const note = readFileSync(
			new URL(`../../src/lib/content/notes/docker-ch2.${lang}.md`, import.meta.url),
			'utf8'
		);
		const out = file.split('\n');
		let at = 0;
		for (const line of note
			.replace(/\r\n?/g, '\n')
			.split('\n')
			.filter((l) => l.trim())) {
			while (at < out.length && !out[at].startsWith(line)) at++;
			expect(at, line).toBeLessThan(out.length);
			at++;
		}
		// Links are absolute, to this site: a downloaded file has no page to be relative to.
		const origin = new URL(page.url()).origin;
		expect(file).toContain(`](${origin}/${lang}/runtime/?node=containerd-shim)`);
		expect(file).toMatch(/^\[\^1\]: \*\*/m);
		expect(file).not.toContain('container-atlas:results');
		expect(errors).toEqual([]);
	});
}
