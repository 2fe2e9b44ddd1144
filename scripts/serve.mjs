// Serves the static build the way a static host does: files and directory index.html, and
// build/404.html with status 404 for anything else. PORT overrides the port (default 5178).
import { createServer } from 'http-server';
import { existsSync } from 'node:fs';

const port = Number(process.env.PORT ?? 5178);
if (!existsSync('build/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}
const server = createServer({
	root: 'build',
	cache: -1,
	showDir: false,
	autoIndex: false,
	gzip: false
});
server.server.on('error', (err) => {
	console.error(`Cannot serve on port ${port}: ${err.message}`);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Container Atlas: http://localhost:${port}/`));
