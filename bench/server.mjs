// The bench's own static server, so its numbers do not depend on how the app's scripts/serve.mjs
// is configured: gzip on every response (the `compression` middleware, level 6 as most hosts use),
// no caching (every load in the bench is cold anyway, in a fresh browser context).
//   /…                 the app's build/ (directory index.html; 404.html with status 404)
//   /…?bench-floor     the same HTML page minus its scripts and module preloads: the no-JS floor
//   /bench/mermaid/…   Mermaid's own dist/ from bench/node_modules
//   /bench/pages/…     the Mermaid comparison pages in bench/pages/
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import compression from 'compression';
import serveStatic from 'serve-static';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const mermaidDist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));

/** The page as a browser without JavaScript gets it: no <script>, no modulepreload links. */
export function stripScripts(html) {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
}

export function startServer({ root, port, host = '127.0.0.1' }) {
	const gzip = compression({ level: 6, threshold: 0 });
	const opts = { index: ['index.html'], cacheControl: false, etag: false, lastModified: false };
	const app = serveStatic(root, opts);
	const mermaid = serveStatic(mermaidDist, opts);
	const pages = serveStatic(join(here, 'pages'), opts);
	const notFound = (res) => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		const page = join(root, '404.html');
		res.end(existsSync(page) ? readFileSync(page) : 'Not found');
	};
	const server = createServer((req, res) => {
		res.setHeader('cache-control', 'no-store');
		// gzip only (compression 1.8 would pick brotli for Chromium): the numbers stay comparable
		// with the gzip of most static hosts and with earlier runs.
		if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
			req.headers['accept-encoding'] = 'gzip';
		gzip(req, res, () => {
			const url = new URL(req.url ?? '/', 'http://bench');
			if (url.pathname.startsWith('/bench/mermaid/')) {
				req.url = req.url.slice('/bench/mermaid'.length);
				return mermaid(req, res, () => notFound(res));
			}
			if (url.pathname.startsWith('/bench/pages/')) {
				req.url = req.url.slice('/bench/pages'.length);
				return pages(req, res, () => notFound(res));
			}
			if (url.searchParams.has('bench-floor')) {
				const file = resolve(root, '.' + decodeURIComponent(url.pathname), 'index.html');
				if (!file.startsWith(resolve(root)) || !existsSync(file) || !statSync(file).isFile())
					return notFound(res);
				res.setHeader('content-type', 'text/html; charset=utf-8');
				return res.end(stripScripts(readFileSync(file, 'utf8')));
			}
			app(req, res, () => notFound(res));
		});
	});
	return new Promise((ok, fail) => {
		server.once('error', (err) => fail(new Error(`Cannot serve on port ${port}: ${err.message}`)));
		server.listen(port, host, () => ok(server));
	});
}
