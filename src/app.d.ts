// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module '*.md?raw' {
	const text: string;
	export default text;
}

declare module '*.js?raw' {
	const text: string;
	export default text;
}

export {};
