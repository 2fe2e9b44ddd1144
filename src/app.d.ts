// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** SITE_URL's origin, or '' when the build was not given one (vite.config.ts). */
	const __SITE_ORIGIN__: string;
}

declare module '*.md?raw' {
	const text: string;
	export default text;
}

export {};
