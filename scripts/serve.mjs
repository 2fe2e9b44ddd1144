// Serves the static build the way a static host does, with sirv (the server behind `vite
// preview`): files and directory index.html, precompressed .br/.gz files when the browser takes
// them, ETags, and build/404.html with status 404 for anything else. Headers come from the
// build's `_headers` file (static/_headers), as Netlify and Cloudflare Pages send them; whatever
// sets no Cache-Control is revalidated on every use (`no-cache`), hashed assets are immutable.
//   PORT       port (default 5178)
//   ROOT       folder to serve instead of build/ (the e2e tests serve the repository for the deck)
//   BASE_PATH  serve the folder under this path, for a build made with the same BASE_PATH;
//              anything outside it gets the 404 page, as on a shared host
import sirv from 'sirv';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFor, parseHeaders } from './headers.mjs';

const port = Number(process.env.PORT ?? 5178);
const root = resolve(process.env.ROOT ?? 'build');
const base = process.env.BASE_PATH ?? '';
if (!process.env.ROOT && !existsSync(join(root, 'index.html'))) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const rules = existsSync(join(root, '_headers'))
	? parseHeaders(readFileSync(join(root, '_headers'), 'utf8'))
	: [];
function setHeaders(res, pathname) {
	res.setHeader('Cache-Control', 'no-cache');
	for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
}

const files = sirv(root, {
	// Files are looked up per request (not indexed at start), so a rebuild needs no restart and
	// the repository (with node_modules) is not walked. Headers are ours either way.
	dev: true,
	etag: true,
	gzip: true,
	brotli: true,
	setHeaders
});

const notFoundPage = join(root, '404.html');
function notFound(res) {
	res.statusCode = 404;
	setHeaders(res, '/404.html');
	if (!existsSync(notFoundPage)) return res.end('Not found');
	res.setHeader('Content-Type', 'text/html;charset=utf-8');
	res.end(readFileSync(notFoundPage));
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base + '/')) return notFound(res);
	const path = url.pathname.slice(base.length);
	// The host's own config is not a page.
	if (path === '/_headers') return notFound(res);
	// A page's file name in the address is redirected to its folder (/en/index.html → /en/), as
	// hosts with pretty URLs do: the app addresses pages by folder only.
	const index = /^(.*\/)index\.html\/?$/.exec(path);
	if (index) {
		res.writeHead(301, { Location: base + index[1] + url.search });
		return res.end();
	}
	// A folder without its trailing slash is redirected to it, as static hosts do.
	if (!path.endsWith('/') && !/\.\w+$/.test(path)) {
		let folder = null;
		try {
			const abs = resolve(root, '.' + decodeURIComponent(path));
			if (abs.startsWith(root)) folder = statSync(abs);
		} catch {
			/* missing or malformed: left to the lookup below */
		}
		if (folder?.isDirectory()) {
			res.writeHead(301, { Location: url.pathname + '/' + url.search });
			return res.end();
		}
	}
	req.url = path + url.search;
	files(req, res, () => notFound(res));
});
server.on('error', (err) => {
	console.error(`Cannot serve on port ${port}: ${err.message}`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
	console.log(`Serving ${process.env.ROOT ?? 'build'}/ at http://localhost:${port}${base}/`)
);
