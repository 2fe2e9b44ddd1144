// `npm run bench` from the repository root: makes sure the bench can run, then runs it.
// Uses only Node's own modules, since bench/'s dependencies may not be installed yet:
//   - bench/node_modules missing → `npm --prefix bench ci` (Lighthouse, an optional dependency,
//     only with --lighthouse: it is large and most runs do not need it);
//   - build/ missing → `npm run build`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = resolve(bench, '..');
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, cmdArgs, cwd = root) {
	console.log(`[bench] ${cmd} ${cmdArgs.join(' ')}`);
	const r = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const lighthouse = args.includes('--lighthouse');
if (
	!existsSync(join(bench, 'node_modules', 'playwright-core')) ||
	(lighthouse && !existsSync(join(bench, 'node_modules', 'lighthouse')))
)
	run(npm, [
		'--prefix',
		'bench',
		'ci',
		'--no-audit',
		'--no-fund',
		...(lighthouse ? [] : ['--omit=optional'])
	]);
if (!args.some((a) => a.startsWith('--build=')) && !existsSync(join(root, 'build', 'index.html')))
	run(npm, ['run', 'build']);
run(process.execPath, [join(bench, 'run.mjs'), ...args]);
