import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { findChromium } from './scripts/chromium.mjs';

// An unusual fixed port, strict: on a shared machine a busy port must fail loudly, never let the
// tests run against someone else's server.
const PORT = Number(process.env.E2E_PORT ?? 5199);
const HOST_PORT = PORT - 1;
// The base-path build (404 tests outside and inside BASE_PATH).
const BASE_PORT = PORT + 1;
const chromium = findChromium();
// The fuzz tests' seed: fixed in CI, random locally (printed by tests/e2e/fuzz.spec.ts), the same
// in every worker of a run. FUZZ_SEED=<n> replays one.
process.env.FUZZ_SEED ??= process.env.CI ? '152026' : String(Math.floor(Math.random() * 2 ** 31));

// The base-path build is a second full `vite build` whenever build/ is newer. Only these specs use
// it: a run given spec files that include none of them (`playwright test tests/e2e/motion.spec.ts`)
// starts without it. A run with no files, or with any other filter, starts it as before.
const BASE_SPECS = /(^|\/)(hostile|unfurl)\.spec\.ts$/;
const args = process.argv.slice(process.argv.indexOf('test') + 1);
const files = args.filter((a) => !a.startsWith('-'));
const optionValues = args.some(
	(a, i) => a.startsWith('-') && !a.includes('=') && args[i + 1] && !args[i + 1].startsWith('-')
);
const needsBase =
	files.length === 0 ||
	optionValues ||
	!files.every((f) => f.endsWith('.spec.ts')) ||
	files.some((f) => BASE_SPECS.test(f));

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Playwright's default is half the cores: one worker on a 2-core machine, so `npm test` outside
	// CI ran the end-to-end tests one at a time there. CI has always run two on such a machine:
	// two is the floor.
	workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
	retries: 0,
	// In CI also a JSON report (each test's duration) for finding where the run's time goes.
	reporter: process.env.CI
		? [['line'], ['json', { outputFile: 'test-results/e2e-report.json' }]]
		: 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromium?.path,
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			command: `node scripts/serve.mjs`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		...(needsBase
			? [
					{
						// The same site built under a base path (scripts/build-base.mjs), served so
						// that paths outside it get its 404 page, as on a shared host.
						command: `node scripts/build-base.mjs && node scripts/serve.mjs`,
						env: { PORT: String(BASE_PORT), ROOT: 'build-base', BASE_PATH: '/atlas' },
						url: `http://127.0.0.1:${BASE_PORT}/atlas/`,
						reuseExistingServer: false,
						// A build (when build/ is newer) on a loaded 2-core machine.
						timeout: 240_000
					}
				]
			: []),
		{
			// The repository itself, on another origin: the reveal.js example deck and test host pages
			// embed the app cross-origin, as real decks do.
			command: `node scripts/serve.mjs`,
			env: { PORT: String(HOST_PORT), ROOT: '.' },
			url: `http://127.0.0.1:${HOST_PORT}/examples/reveal/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
