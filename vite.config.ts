import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	build: { sourcemap: !!process.env.SOURCEMAP },
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node'
	}
});
