// Serves the static build the way a static host does: files and directory index.html, and
// build/404.html with status 404 for anything else. PORT overrides the port (default 5178);
// ROOT serves another folder instead (the e2e tests serve the repository for the example deck).
import { createServer } from 'http-server';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const port = Number(process.env.PORT ?? 5178);
const root = process.env.ROOT ?? 'build';
if (root === 'build' && !existsSync('build/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}
const server = createServer({
	root: resolve(root),
	cache: -1,
	showDir: false,
	autoIndex: false,
	gzip: false
});
server.server.on('error', (err) => {
	console.error(`Cannot serve on port ${port}: ${err.message}`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
	console.log(`Serving ${root}/ at http://localhost:${port}/`)
);
