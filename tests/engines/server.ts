/**
 * The engine suite's server: `scripts/serve.mjs` serves the build exactly as the e2e tests see it
 * (headers, 404 page), and a small proxy in front of it puts `probe.js` first into every HTML
 * page, so that every engine reports errors the same way. It also serves a host page that
 * embeds a view and talks to it over the postMessage API (docs/embedding.md).
 *   ENGINES_PORT  the proxy's port (default 5209); serve.mjs listens on the next one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');
const host = readFileSync(new URL('host.js', import.meta.url), 'utf8');
const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engine suite host</title><link rel="icon" href="data:,">
<script src="/__engines/probe.js"></script></head>
<body><iframe id="atlas" title="embedded diagram" width="960" height="600"></iframe>
<script src="/__engines/host.js"></script></body></html>`;

declare module 'vitest' {
	export interface ProvidedContext {
		engineBase: string;
	}
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`serve.mjs exited with ${child.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} did not answer within 30 s`);
}

export default async function setup(project: TestProject) {
	const port = Number(process.env.ENGINES_PORT ?? 5209);
	const upstream = port + 1;
	// The build itself, at the root (not the repository, not under a base path).
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(upstream) };
	delete env.ROOT;
	delete env.BASE_PATH;
	const serve = spawn(process.execPath, ['scripts/serve.mjs'], {
		cwd: root,
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitForServer(`http://127.0.0.1:${upstream}/`, serve);

	const proxy: Server = createServer((req, res) => {
		const path = req.url ?? '/';
		const own: Record<string, [string, string]> = {
			'/__engines/probe.js': ['text/javascript', probe],
			'/__engines/host.js': ['text/javascript', host]
		};
		if (own[path]) {
			res.writeHead(200, { 'Content-Type': own[path][0], 'Cache-Control': 'no-store' });
			return res.end(own[path][1]);
		}
		if (path.startsWith('/__engines/host.html')) {
			res.writeHead(200, {
				'Content-Type': 'text/html;charset=utf-8',
				'Cache-Control': 'no-store'
			});
			return res.end(hostPage);
		}
		const headers = { ...req.headers, 'accept-encoding': 'identity' };
		delete headers['if-none-match'];
		const up = request(
			{ host: '127.0.0.1', port: upstream, path, method: req.method, headers },
			(upRes) => {
				const type = String(upRes.headers['content-type'] ?? '');
				if (!type.startsWith('text/html')) {
					res.writeHead(upRes.statusCode ?? 500, upRes.headers);
					return upRes.pipe(res);
				}
				const chunks: Buffer[] = [];
				upRes.on('data', (c: Buffer) => chunks.push(c));
				upRes.on('end', () => {
					const html = Buffer.concat(chunks)
						.toString('utf8')
						.replace(/<head[^>]*>/i, (tag) => `${tag}<script src="/__engines/probe.js"></script>`);
					const out = { ...upRes.headers };
					delete out['content-length'];
					delete out['etag'];
					res.writeHead(upRes.statusCode ?? 500, out);
					res.end(html);
				});
			}
		);
		up.on('error', (e) => {
			res.writeHead(502);
			res.end(String(e));
		});
		req.pipe(up);
	});
	await new Promise<void>((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(port, '127.0.0.1', () => resolve());
	});
	project.provide('engineBase', `http://127.0.0.1:${port}`);

	return async () => {
		await new Promise((r) => proxy.close(r));
		serve.kill();
	};
}
