/**
 * A test environment that is Node.js but loads modules as the browser does (Vite's client
 * environment: Svelte's client runtime, so `$effect` runs, and `.svelte.ts` modules compiled for
 * the browser). It provides no DOM: a test stubs the few browser globals its code reads.
 * Use: `// @vitest-environment ./tests/unit/env/client.ts` at the top of a test file.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'client',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
