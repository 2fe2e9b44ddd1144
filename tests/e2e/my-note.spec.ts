/**
 * The note handed back (issue 25): the note page shows the author's own rating beside "Download my
 * note", whose Markdown holds every line of the note as written, links every drawn bullet to its
 * drawing on this site, and carries the corrections as footnotes.
 */
import { test, expect } from '@playwright/test';
import { LANGS, collectErrors, downloadMyNote } from './helpers';

for (const lang of LANGS) {
	test(`${lang}: "Download my note" hands back every line of the note, linked`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/${lang}/note/`);
		await expect(page.locator('[data-my-note]')).toContainText('(5/5)');
		const file = await downloadMyNote(page, lang);
		// Links are absolute, to this site: a downloaded file has no page to be relative to.
		const origin = new URL(page.url()).origin;
		expect(file).toContain(`](${origin}/${lang}/runtime/?node=containerd-shim)`);
		expect(file).toMatch(/^\[\^1\]: \*\*/m);
		expect(file).not.toContain('container-atlas:results');
		expect(errors).toEqual([]);
	});
}
