// Reads a Netlify / Cloudflare Pages `_headers` file and finds the headers for a path, so that
// `npm run serve` (and the tests) send exactly what the deployed site will.
// Rules: a line starting with "/" is a path pattern ("*" matches anything, ":name" one segment);
// indented "Name: value" lines below it are its headers; "#" starts a comment. Every matching
// rule applies.

/** @param {string} text @returns {{ pattern: RegExp, path: string, headers: [string, string][] }[]} */
export function parseHeaders(text) {
	const rules = [];
	let rule = null;
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			const source = path
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
				.join('.*');
			rule = { pattern: new RegExp(`^${source}$`), path, headers: [] };
			rules.push(rule);
		} else if (rule) {
			const at = line.indexOf(':');
			if (at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** Headers for a request path, as [name, value] pairs in file order. */
export function headersFor(rules, pathname) {
	return rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
}
