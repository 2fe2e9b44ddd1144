const STYLESHEET = /<link href="[^"]*" rel="stylesheet">\s*/g;
const MODULEPRELOAD = /<link href="[^"]*" rel="modulepreload">/;

/**
 * SvelteKit writes a page's <link rel="modulepreload"> tags (20-odd on a diagram page) first in
 * <head> and its stylesheets last. The browser requests them in that order, so over HTTP/1.1 (six
 * connections to a host: `npm run serve`, the bench, many small hosts) the stylesheets the first
 * paint waits for queued behind scripts only hydration needs. Here they come first.
 */
export function stylesheetsFirst(html: string): string {
	const end = html.indexOf('</head>');
	const head = html.slice(0, Math.max(0, end));
	const sheets = head.match(STYLESHEET);
	const at = head.search(MODULEPRELOAD);
	if (!sheets || at < 0 || at > head.indexOf(sheets[0])) return html;
	const rest = head.slice(0, at) + head.slice(at).replace(STYLESHEET, '');
	return rest.slice(0, at) + sheets.join('') + rest.slice(at) + html.slice(end);
}
