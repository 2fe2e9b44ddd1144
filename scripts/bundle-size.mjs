// Reports the gzipped JavaScript a page loads: every module the prerendered HTML preloads or
// imports, plus what those import in turn (static imports only). Usage: node scripts/bundle-size.mjs [page …]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, normalize } from 'node:path';

const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['en/virtualization/', 'ko/runtime/docker-run/'];
for (const page of pages) {
	const html = readFileSync(join('build', page, 'index.html'), 'utf8');
	const start = [...html.matchAll(/(?:href|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map(
		(m) => m[1]
	);
	const seen = new Set();
	const queue = start.map((p) => normalize(join('build', p.startsWith('/') ? p : join(page, p))));
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
			queue.push(normalize(join(dirname(file), m[1])));
	}
	let raw = 0;
	let gz = 0;
	for (const f of seen) {
		const buf = readFileSync(f);
		raw += buf.length;
		gz += gzipSync(buf, { level: 9 }).length;
	}
	console.log(
		`${page}: ${seen.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`
	);
}
