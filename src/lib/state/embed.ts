/**
 * Embeds: their extra query options and the versioned postMessage protocol (v1). Everything here
 * is pure and never throws: a malformed option falls back to its default, a malformed message is
 * ignored. Nothing from a message is ever evaluated or rendered as HTML.
 */
import type { Lang } from '../content/types';
import type { PageDef } from '../content/page';
import {
	clamp,
	embedPath,
	parseInteger,
	queryContext,
	readParams,
	serializeQuery,
	type QueryState
} from './url';

export const PROTOCOL = 'container-atlas';
export const VERSION = 1;

export const THEMES = ['auto', 'light', 'dark', 'transparent'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	controls: boolean;
	/**
	 * Slide use (`slide=1`, set by the reveal.js plugin): the compact layout — type large for the
	 * frame, no detail lines, only the step's own edge labels — and no controls unless `controls=1`.
	 */
	slide: boolean;
	theme: Theme;
	/** Steps the slide shows, inclusive, 1-based. */
	from: number;
	to: number;
	/** Lowest step reachable: 0 (the overview) unless `from` says where the slide starts. */
	start: number;
	/** Seconds per step when playing on its own; null: no autoplay. */
	autoplay: number | null;
	/** Who handles ←/→/PageUp/PageDown/Home/End: the host (forwarded, default) or the embed. */
	keys: 'host' | 'embed';
}

export function parseEmbedOptions(search: string, steps: number): EmbedOptions {
	const p = readParams(search);
	// Same integer rule as `step`: any size, clamped to the nearest valid step.
	let from = clamp(parseInteger(p.get('from')) ?? 1, 1, steps);
	let to = clamp(parseInteger(p.get('to')) ?? steps, 1, steps);
	if (from > to) [from, to] = [to, from];
	const seconds = Number(p.get('autoplay'));
	const theme = p.get('theme');
	const slide = p.get('slide') === '1';
	return {
		controls: p.has('controls') ? p.get('controls') !== '0' : !slide,
		slide,
		theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'auto',
		from,
		to,
		start: parseInteger(p.get('from')) === null ? 0 : from,
		autoplay:
			p.get('autoplay') && Number.isFinite(seconds) && seconds >= 0.5
				? Math.min(seconds, 120)
				: null,
		keys: p.get('keys') === 'embed' ? 'embed' : 'host'
	};
}

/**
 * The canonical query of an embed's options (after the view's own `step`/`node`): only values
 * that differ from the defaults, in a fixed order, as `parseEmbedOptions` understood them.
 */
export function serializeEmbedOptions(o: EmbedOptions, steps: number): string {
	const p = new URLSearchParams();
	if (o.slide) p.set('slide', '1');
	// Controls differ from what `slide` implies only when asked for.
	if (o.controls === o.slide) p.set('controls', o.controls ? '1' : '0');
	if (o.theme !== 'auto') p.set('theme', o.theme);
	// An explicit `from`, even 1, starts the slide there instead of on the overview.
	if (o.start !== 0) p.set('from', String(o.from));
	if (o.to !== steps) p.set('to', String(o.to));
	if (o.autoplay !== null) p.set('autoplay', String(o.autoplay));
	if (o.keys !== 'host') p.set('keys', o.keys);
	return p.toString();
}

export type HostCommand =
	| { command: 'next'; id?: string }
	| { command: 'prev'; id?: string }
	| {
			command: 'goto';
			view?: string;
			step?: number;
			node?: string | null;
			/** Ask the step's prediction first (a deck's prediction fragment): step − 1 shows meanwhile. */
			predict?: true;
			id?: string;
	  }
	| { command: 'getState'; id?: string }
	| { command: 'setTheme'; theme: Theme; id?: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const shortString = (v: unknown, max = 100): v is string =>
	typeof v === 'string' && v.length > 0 && v.length <= max;

/**
 * Reads a message from the host page. Accepts the object form, or the same object as a JSON
 * string (for hosts that stringify, as reveal.js does). Returns null for anything else.
 */
export function parseHostMessage(data: unknown): HostCommand | null {
	let msg: unknown = data;
	if (typeof data === 'string') {
		if (data.length > 10_000) return null;
		try {
			msg = JSON.parse(data);
		} catch {
			return null;
		}
	}
	if (!isRecord(msg) || msg.type !== PROTOCOL) return null;
	if (msg.version !== undefined && msg.version !== VERSION) return null;
	const id = shortString(msg.id) ? msg.id : undefined;
	switch (msg.command) {
		case 'next':
		case 'prev':
		case 'getState':
			return { command: msg.command, id };
		case 'setTheme':
			return (THEMES as readonly string[]).includes(msg.theme as string)
				? { command: 'setTheme', theme: msg.theme as Theme, id }
				: null;
		case 'goto': {
			const out: HostCommand = { command: 'goto', id };
			if (shortString(msg.view)) out.view = msg.view;
			if (typeof msg.step === 'number' && Number.isInteger(msg.step)) out.step = msg.step;
			if (msg.node === null) out.node = null;
			else if (shortString(msg.node)) out.node = msg.node;
			if (msg.predict === true && out.step !== undefined) out.predict = true;
			return out.view === undefined && out.step === undefined && out.node === undefined
				? null
				: out;
		}
		default:
			return null;
	}
}

export interface EmbedState {
	diagram: string;
	view: string;
	step: number;
	steps: number;
	node: string | null;
	from: number;
	to: number;
}

export type EmbedEvent =
	| ({ event: 'ready' } & EmbedState)
	| ({ event: 'statechange' } & EmbedState)
	| ({ event: 'state'; id?: string } & EmbedState)
	| {
			event: 'keydown';
			key: string;
			code: string;
			shiftKey: boolean;
			altKey: boolean;
			ctrlKey: boolean;
			metaKey: boolean;
	  }
	| { event: 'resize'; height: number }
	| { event: 'answer'; id: string; right: boolean }
	| ({ event: 'predict'; diagram: string; view: string; step: number } & (
			{ right: boolean } | { skipped: true }
	  ))
	| { event: 'error'; message: string; id?: string };

/** The envelope every message to the host carries. */
export function envelope(
	e: EmbedEvent
): { type: typeof PROTOCOL; version: typeof VERSION } & EmbedEvent {
	return { type: PROTOCOL, version: VERSION, ...e };
}

/** Keys the embed acts on itself when it has focus; every other key is forwarded to the host. */
export function embedUsesKey(
	e: { key: string; target?: EventTarget | null },
	keys: 'host' | 'embed',
	onNode: boolean
): boolean {
	if (['Tab', 'Enter', ' ', 'Escape'].includes(e.key)) return true;
	if (onNode && e.key.startsWith('Arrow')) return true;
	if (
		keys === 'embed' &&
		['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'].includes(e.key)
	)
		return true;
	return false;
}

/** What a host's `goto` asks of the embed: another view's URL, a new state, or why it cannot. */
export type GotoOutcome =
	{ href: string } | { state: { step: number; node: string | null } } | { error: string };

/**
 * The embed's answer to a host's `goto`, decided without touching the page: another view is a
 * navigation to its embed URL (step clamped to that view, a node it lacks dropped, the embed's
 * other options kept); within the view, a step outside the slide's range or an unknown node is
 * refused with the message the host receives, else the new step and node (either kept when left out).
 */
export function applyHostGoto(
	cmd: Extract<HostCommand, { command: 'goto' }>,
	at: {
		base: string;
		lang: Lang;
		def: Pick<PageDef, 'id' | 'tabs'>;
		view: string;
		/** The embed's current query: its options survive a view change. */
		search: string;
		state: QueryState;
		range: { start: number; to: number };
	}
): GotoOutcome {
	if (cmd.view !== undefined && cmd.view !== at.view) {
		if (!at.def.tabs.some((v) => v.id === cmd.view)) return { error: `Unknown view "${cmd.view}"` };
		const ctx = queryContext(at.def, cmd.view);
		const params = readParams(at.search);
		params.delete('step');
		params.delete('node');
		const q = serializeQuery({
			step: clamp(cmd.step ?? 0, 0, ctx.steps),
			node: cmd.node && ctx.nodes.has(cmd.node) ? cmd.node : null
		});
		const rest = params.toString();
		return {
			href: embedPath(at.base, at.lang, at.def, cmd.view, q + (rest ? (q ? '&' : '?') + rest : ''))
		};
	}
	if (cmd.step !== undefined && (cmd.step < at.range.start || cmd.step > at.range.to))
		return { error: `Step ${cmd.step} is outside ${at.range.start}–${at.range.to}` };
	if (cmd.node && !queryContext(at.def, at.view).nodes.has(cmd.node))
		return { error: `Unknown node "${cmd.node}"` };
	return {
		state: {
			step: cmd.step ?? at.state.step,
			node: cmd.node === undefined ? at.state.node : cmd.node
		}
	};
}
