// No import or export here: the declaration is global (in app.d.ts, a module, it would not be).
/** The file's minified text, for an inline <script> (vite.config.ts). */
declare module '*?inline-script' {
	const text: string;
	export default text;
}
