/**
 * Export of one step as a self-contained SVG (styles inlined as attributes, text as SVG text, no
 * foreignObject, no external references) and as PNG at a chosen scale. The step is rendered afresh
 * off-screen with motion off, so an export is always the finished state, whatever is animating.
 */
import { mount, unmount, flushSync } from 'svelte';
import type { Lang } from '$lib/content/types';
import type { PageDef } from '$lib/content/page';
import type { Format } from '$lib/layout/geometry';
import { buildScene } from '$lib/layout/scene';
import { MotionSettings } from '$lib/motion.svelte';
import Diagram from './Diagram.svelte';

// Slide tools and rsvg take the first family they have: Korean faces are named before the generic
// fallback so Hangul never lands in a Latin-only font (Windows: Malgun Gothic; macOS: Apple SD
// Gothic Neo; Linux/LibreOffice: Noto Sans CJK KR).
export const FONT_STACK =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', NanumGothic, Arial, sans-serif";
const MONO_STACK =
	"Consolas, Menlo, 'DejaVu Sans Mono', 'Noto Sans Mono CJK KR', 'Malgun Gothic', monospace";
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'opacity',
	'font-size',
	'font-weight',
	'font-style'
] as const;

export interface ExportRequest {
	def: PageDef;
	view: string;
	step: number;
	lang: Lang;
	title: string;
	/** The layout drawn: the page's ('wide', the default) or the presenting one ('compact'). */
	format?: Format;
}

/** The step as a standalone SVG document (a string), in the page's current theme. */
export function exportSvg(req: ExportRequest): { svg: string; width: number; height: number } {
	const host = document.createElement('div');
	// Off-screen but rendered: hidden elements would compute as hidden and be left out.
	host.style.cssText = 'position:absolute;left:-20000px;top:0;width:1200px';
	document.body.append(host);
	const settings = new MotionSettings();
	const app = mount(Diagram, {
		target: host,
		props: {
			...req,
			scene: buildScene(req.def, req.view, req.step, req.format ?? 'wide'),
			selected: null,
			settings,
			onselect: () => {}
		}
	});
	flushSync();
	try {
		const live = host.querySelector('svg')!;
		const out = live.cloneNode(true) as SVGSVGElement;
		inlineStyles(live, out);
		const [x, y, w, h] = (live.getAttribute('viewBox') ?? '0 0 1200 800').split(/\s+/).map(Number);
		out.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		out.setAttribute('width', String(Math.round(w)));
		out.setAttribute('height', String(Math.round(h)));
		out.setAttribute('font-family', FONT_STACK);
		out.removeAttribute('class');
		out.removeAttribute('role');
		const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
		bg.setAttribute('x', String(x));
		bg.setAttribute('y', String(y));
		bg.setAttribute('width', String(w));
		bg.setAttribute('height', String(h));
		bg.setAttribute('fill', cssColour('--surface'));
		const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
		title.textContent = req.title;
		out.prepend(title, bg);
		return {
			svg: new XMLSerializer().serializeToString(out),
			width: Math.round(w),
			height: Math.round(h)
		};
	} finally {
		unmount(app);
		host.remove();
	}
}

/** A colour token of the page's current theme, resolved (e.g. '--surface' → 'rgb(255, 255, 255)'). */
export function cssColour(token: string): string {
	const probe = document.createElement('div');
	probe.style.background = `var(${token})`;
	document.body.append(probe);
	const colour = getComputedStyle(probe).backgroundColor;
	probe.remove();
	return colour;
}

/** Copies the computed look of every element onto the clone; drops what is hidden or interactive. */
function inlineStyles(live: Element, clone: Element): void {
	const liveAll = [live, ...live.querySelectorAll('*')];
	const cloneAll = [clone, ...clone.querySelectorAll('*')];
	const drop: Element[] = [];
	liveAll.forEach((el, i) => {
		const c = cloneAll[i];
		const cs = getComputedStyle(el);
		if (
			cs.visibility === 'hidden' ||
			cs.display === 'none' ||
			(el !== live && el.getAttribute('opacity') === '0')
		) {
			drop.push(c);
			return;
		}
		// Monospace text (facts, packet labels) keeps a monospace stack; everything else inherits
		// the root's. paint-order is never copied: slide tools ignore it (see DiagramEdge).
		if (el !== live && /monospace/.test(cs.fontFamily)) c.setAttribute('font-family', MONO_STACK);
		for (const p of STYLE_PROPS) {
			const v = cs.getPropertyValue(p);
			if (v && v !== 'normal' && !(p === 'stroke-dasharray' && v === 'none')) c.setAttribute(p, v);
		}
		for (const a of [...c.attributes]) {
			if (
				a.name === 'class' ||
				a.name === 'tabindex' ||
				a.name === 'role' ||
				a.name.startsWith('aria-') ||
				a.name === 'style'
			) {
				c.removeAttribute(a.name);
			}
		}
	});
	for (const c of drop) c.remove();
}

/** Rasterises an SVG string at `scale` × its own size. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const img = new Image();
	img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

export function download(data: Blob, filename: string): void {
	const url = URL.createObjectURL(data);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
