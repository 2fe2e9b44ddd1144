// The engine smoke suite (tests/engines/smoke.ts): `npm run test:engines`. Engines run one after
// another (a file each), never in parallel: browsers on a 2-core machine.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		include: ['tests/engines/*.test.ts'],
		globalSetup: ['tests/engines/server.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
