/**
 * A script written inline into every page it is on (src/lib/render/fitFigure.js), as it is sent:
 * minified, so that its comments stay in the source and not in each page's bytes (1,540 → 721 B
 * for fitFigure.js). One function for both users of the text, so they cannot disagree:
 *   - vite.config.ts serves it to `import x from './file.js?inline-script'`;
 *   - svelte.config.js hashes it for the page's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';

/** @param {string} file an absolute path */
export function inlineScript(file) {
	const { code, errors } = minifySync(file, readFileSync(file, 'utf8'));
	if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
	// Inside <script>…</script> in a page: a closing tag in the text would end it early.
	if (/<\/script/i.test(code)) throw new Error(`${file}: "</script" in an inline script`);
	return code;
}
