/**
 * What the build produced, read from build/ itself, so that tests over "every page" follow new
 * diagrams and views without a list to update.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BUILD = 'build';

/** Every built HTML page as [url path, file]: "/en/runtime/" for build/en/runtime/index.html. */
export function builtPages(): { path: string; file: string }[] {
	const out: { path: string; file: string }[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const abs = join(dir, e.name);
			if (e.isDirectory()) {
				if (e.name !== '_app') walk(abs);
			} else if (e.name.endsWith('.html')) {
				const rel = '/' + relative(BUILD, abs).split('\\').join('/');
				out.push({ path: rel.replace(/index\.html$/, ''), file: abs });
			}
		}
	};
	walk(BUILD);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const readPage = (file: string) => readFileSync(file, 'utf8');

/** Diagram views the build has, as paths under `/{lang}/` and `/embed/{lang}/`. */
export function builtViewPaths(): string[] {
	return builtPages()
		.map((p) => p.path)
		.filter((p) => /^\/(embed\/)?(ko|en)\/[^/]+\/([^/]+\/)?$/.test(p));
}
