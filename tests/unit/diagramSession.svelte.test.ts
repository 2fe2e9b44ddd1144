// @vitest-environment ./tests/unit/env/client.ts
// DiagramSession (src/lib/state/diagramSession.svelte.ts), the state and behaviour both the site's
// diagram page and the embed are built on, run with Svelte's client runtime (its effects run) and
// SvelteKit's `$app/*` replaced by a fake address bar. Timers are fake: the test says when time
// passes. Expected steps and nodes come from the view's content as written (runtime/restart:
// 6 steps, tokens on step 3), not from the code under test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, tick } from 'svelte';
import { loadPage } from '../../src/lib/server/loadView';
import { travelling } from '../../src/lib/render/lazy.svelte';
import {
	DiagramSession,
	PLAY_STEP,
	type SessionOptions
} from '../../src/lib/state/diagramSession.svelte';
import type { Lang } from '../../src/lib/content/types';

const nav = vi.hoisted(() => ({
	writes: [] as string[],
	page: { url: new URL('https://atlas.test/en/runtime/restart/'), state: {} }
}));
vi.mock('$app/state', () => ({ page: nav.page }));
vi.mock('$app/paths', () => ({ base: '' }));
vi.mock('$app/navigation', () => ({
	beforeNavigate: () => {},
	afterNavigate: () => {},
	goto: () => {},
	replaceState: (href: string) => {
		nav.writes.push(href);
		setLocation(href);
	}
}));
// The panel's code: its content loader resolves when the test says (see `contentArrives`).
const panel = vi.hoisted(() => ({ loads: [] as string[], release: () => {} }));
vi.mock('../../src/lib/render/panel', () => ({
	default: {
		Panel: {},
		Handout: {},
		load: (lang: string, diagram: string, view: string) => {
			panel.loads.push(`${lang}/${diagram}/${view}`);
			return new Promise<void>((r) => (panel.release = r));
		}
	}
}));

// The panel content the predictions read (render/panelContent.svelte.ts), as the build writes it.
vi.mock('../../src/lib/render/panelContent.svelte', async () => {
	const { panelContent } = await import('../../src/lib/server/loadView');
	return {
		contentAt: (path: string) => {
			const [, , lang, diagram, view] = path.replace(/\.json$/, '').split('/');
			return panelContent({ lang, diagram, view });
		},
		loadContent: () => Promise.resolve()
	};
});

function setLocation(href: string) {
	const url = new URL(href, 'https://atlas.test');
	Object.assign(globalThis.location, {
		href: url.href,
		pathname: url.pathname,
		search: url.search,
		hash: url.hash
	});
}

const classes = new Set<string>();
beforeEach(() => {
	vi.useFakeTimers();
	nav.writes = [];
	panel.loads = [];
	classes.clear();
	classes.add('restoring');
	vi.stubGlobal('location', {});
	vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => setTimeout(() => f(0), 16));
	vi.stubGlobal('document', {
		documentElement: {
			classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) }
		},
		getElementById: () => null,
		hasFocus: () => false,
		activeElement: null
	});
	vi.spyOn(travelling, 'load').mockResolvedValue({} as never);
});
let stop = () => {};
afterEach(() => {
	stop();
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const page = (view: string, lang: Lang = 'en') => loadPage({ lang, diagram: 'runtime', view }).def;

/** A session as a page makes one, on `url`; `props` changes as a navigation would. */
function open(url: string, options: Partial<SessionOptions> = {}) {
	setLocation(url);
	nav.page.url = new URL(url, 'https://atlas.test');
	const view = new URL(url, 'https://atlas.test').pathname.split('/')[3] || 'architecture';
	const props = $state({ def: page(view), view, lang: 'en' as Lang });
	let s!: DiagramSession;
	stop = $effect.root(() => {
		s = new DiagramSession(() => props, { format: () => 'wide', ...options });
	});
	flushSync();
	return { s, props };
}

/** Mounts and waits for the restore to end (the first step of which is a task). */
async function mount(s: DiagramSession) {
	const restored = s.mount();
	await wait();
	await restored;
}

/** Lets timers, promises and effects run for `ms` of fake time. */
async function wait(ms = 0) {
	await vi.advanceTimersByTimeAsync(ms);
	flushSync();
}

describe('restore', () => {
	it('shows the URL state only once mounted, and turns motion on after it is drawn', async () => {
		const { s } = open('/en/runtime/restart/?step=2');
		// The prerendered state: the overview, whatever the URL says.
		expect(s.vs.step).toBe(0);
		const restored = s.mount();
		flushSync();
		expect(s.vs.step).toBe(2);
		expect(s.drawn.step).toBe(2);
		expect(s.settings.instant).toBe(true);
		expect(classes.has('restoring')).toBe(true);
		await wait();
		await restored;
		expect(s.ready).toBe(true);
		expect(s.settings.instant).toBe(false);
		expect(classes.has('restoring')).toBe(false);
		// Step 2 sends nothing: the travelling marks' code is not waited for.
		expect(travelling.load).not.toHaveBeenCalled();
		// Nothing to correct: the address bar is never written.
		await wait(300);
		expect(nav.writes).toEqual([]);
	});

	it('shows a note’s picture without waiting for its content, and fetches the content', async () => {
		const { s } = open('/en/runtime/restart/?step=1&node=containerd');
		// The content is held until the test releases it.
		await mount(s);
		expect(s.vs.node).toBe('containerd');
		expect(s.node?.id).toBe('containerd');
		expect(panel.loads).toContain('en/runtime/restart');
		expect(s.settings.instant).toBe(false);
		expect(classes.has('restoring')).toBe(false);
		// What the text will push down waits for it.
		expect(classes.has('note-pending')).toBe(true);
		panel.release();
		await wait();
		expect(classes.has('note-pending')).toBe(false);
	});

	it('fetches the panel and the view’s content once idle, with no note open', async () => {
		const { s } = open('/en/runtime/restart/?step=1');
		await mount(s);
		expect(panel.loads).toEqual([]);
		await wait(3000);
		expect(panel.loads).toEqual(['en/runtime/restart']);
	});

	it('waits for the travelling marks when the step sends tokens', async () => {
		const { s } = open('/en/runtime/restart/?step=3');
		await mount(s);
		expect(travelling.load).toHaveBeenCalled();
	});

	it('corrects a bad URL to the nearest state, with a notice', async () => {
		const { s } = open('/en/runtime/restart/?step=99&node=nope&x=1');
		void s.mount();
		await wait(300);
		expect(s.vs.step).toBe(6);
		expect(s.vs.node).toBe(null);
		expect(s.vs.notices.map((n) => n.kind).sort()).toEqual(['bad-step', 'unknown-node']);
		expect(nav.writes.at(-1)).toBe('/en/runtime/restart/?step=6');
	});
});

describe('view change', () => {
	it('draws the new view after the old one, and fetches its panel content', async () => {
		const { s, props } = open('/en/runtime/restart/?step=2');
		await mount(s);
		s.panel.load();
		await wait();
		setLocation('/en/runtime/architecture/');
		nav.page.url = new URL('https://atlas.test/en/runtime/architecture/');
		props.def = page('architecture');
		props.view = 'architecture';
		flushSync();
		// Still the old view (merged with the new one's nodes), at the step it was at.
		expect(s.drawn.view).toBe('restart');
		expect(s.drawn.step).toBe(2);
		// In tasks of their own (render/drawnView.svelte.ts), the new view.
		let settled = false;
		void s.drawn.settled.then(() => (settled = true));
		await wait(1);
		await wait(1);
		expect(settled).toBe(true);
		expect(s.drawn.view).toBe('architecture');
		expect(s.drawn.step).toBe(0);
		expect(s.scene.nodes.some((n) => n.id === 'dockerd')).toBe(true);
		expect(panel.loads.at(-1)).toBe('en/runtime/architecture');
	});

	it('starts afresh in another language', async () => {
		const { s, props } = open('/en/runtime/restart/');
		await mount(s);
		props.def = page('restart', 'ko');
		props.lang = 'ko';
		flushSync();
		expect(s.drawn.def).toBe(props.def);
	});
});

describe('play', () => {
	it('plays from the overview to the last step, then stops', async () => {
		// Predictions off: playing would stop at step 2's (see 'predictions' below).
		const { s } = open('/en/runtime/restart/?predict=off');
		await mount(s);
		s.togglePlay();
		flushSync();
		expect(s.vs.step).toBe(1);
		expect(s.playing).toBe(true);
		await wait(PLAY_STEP - 1);
		expect(s.vs.step).toBe(1);
		await wait(1);
		expect(s.vs.step).toBe(2);
		for (let i = 0; i < 6; i++) await wait(PLAY_STEP);
		expect(s.vs.step).toBe(6);
		expect(s.playing).toBe(false);
	});

	it('stops when stepped by hand or by a step key', async () => {
		const { s } = open('/en/runtime/restart/?step=2');
		await mount(s);
		s.togglePlay();
		flushSync();
		expect(s.vs.step).toBe(2);
		expect(s.stepKey('ArrowLeft')).toBe(true);
		flushSync();
		expect(s.vs.step).toBe(1);
		expect(s.playing).toBe(false);
		await wait(2 * PLAY_STEP);
		expect(s.vs.step).toBe(1);
		expect(s.stepKey('x')).toBe(false);
		expect(s.stepKey('End')).toBe(true);
		flushSync();
		expect(s.vs.step).toBe(6);
	});

	it('autoplays an embed’s range once, at its own pace', async () => {
		const { s } = open('/en/runtime/restart/', {
			range: () => [2, 4],
			autoplay: () => 0.5
		});
		await mount(s);
		expect(s.vs.step).toBe(2);
		expect(s.playing).toBe(true);
		await wait(500);
		expect(s.vs.step).toBe(3);
		await wait(500);
		expect(s.vs.step).toBe(4);
		await wait(5000);
		expect(s.vs.step).toBe(4);
		expect(s.playing).toBe(false);
	});
});

it('toggles a node’s note and reads the node as it is at this step', async () => {
	const { s } = open('/en/runtime/restart/?step=1');
	await mount(s);
	s.toggle('nginx');
	flushSync();
	expect(s.vs.node).toBe('nginx');
	expect(s.node?.id).toBe('nginx');
	s.toggle('nginx');
	flushSync();
	expect(s.vs.node).toBe(null);
	await tick();
});

describe('predictions (issue 25)', () => {
	// runtime/restart asks before step 2 (content/quiz/predictions.ts): "containerd restarts…".
	/** Lets the prediction's code (a real import) and the panel's content arrive. */
	async function arrive(s?: DiagramSession) {
		await wait();
		await s?.predictions.load();
		panel.release();
		await wait();
		await wait();
	}

	it('a step forward into a step with a prediction asks it first, once per visit', async () => {
		const { s } = open('/en/runtime/restart/?step=1');
		await mount(s);
		expect(s.def.predict).toEqual([2]);
		s.go(2);
		await arrive(s);
		// The picture waits at step 1 with the prediction open.
		expect(s.vs.step).toBe(1);
		const p = s.answer as import('../../src/lib/render/quiz/predict.svelte').PredictMode;
		expect(p?.id).toBe('runtime/restart/2');
		expect(p.phase).toBe('ask');
		// The right outcome plays the step and holds.
		const right = p.answer[0] === '0' ? 0 : 1;
		const told: [number, boolean | null][] = [];
		s.onpredict = (step, r) => told.push([step, r]);
		p.choose(right);
		flushSync();
		expect(s.vs.step).toBe(2);
		expect(p.phase).toBe('right');
		expect(told).toEqual([[2, true]]);
		// The next step closes the verdict; back and forward again does not ask again.
		s.go(3);
		s.go(2);
		s.go(1);
		s.go(2);
		await arrive(s);
		expect(s.answer).toBe(null);
		expect(s.vs.step).toBe(2);
	});

	it('grades the wrong outcome wrong; Skip plays the step; a second → reveals', async () => {
		const { s } = open('/en/runtime/restart/?step=1');
		await mount(s);
		s.go(2);
		await arrive(s);
		const p = s.answer as import('../../src/lib/render/quiz/predict.svelte').PredictMode;
		p.choose(p.answer[0] === '0' ? 1 : 0);
		flushSync();
		expect(p.phase).toBe('wrong');
		expect(s.vs.step).toBe(2);

		// A new visit: Skip plays the step with no panel.
		const again = open('/en/runtime/restart/?step=1').s;
		await mount(again);
		again.go(2);
		await arrive(again);
		(again.answer as typeof p).skip();
		flushSync();
		expect(again.answer).toBe(null);
		expect(again.vs.step).toBe(2);

		// Another: → while it asks reveals (the step plays, the answer is shown, no verdict);
		// ← while it asks takes the question back and stays.
		const third = open('/en/runtime/restart/?step=1').s;
		await mount(third);
		third.stepKey('ArrowRight');
		await arrive(third);
		expect(third.vs.step).toBe(1);
		third.stepKey('ArrowLeft');
		flushSync();
		expect(third.answer).toBe(null);
		expect(third.vs.step).toBe(1);
	});

	it('a second step key reveals the step without a verdict', async () => {
		const { s } = open('/en/runtime/restart/?step=1');
		await mount(s);
		s.stepKey('ArrowRight');
		await arrive(s);
		const p = s.answer as import('../../src/lib/render/quiz/predict.svelte').PredictMode;
		s.stepKey('ArrowRight');
		flushSync();
		expect(s.vs.step).toBe(2);
		expect(p.phase).toBe('shown');
	});

	it('stops playing at a prediction', async () => {
		const { s } = open('/en/runtime/restart/');
		await mount(s);
		s.togglePlay();
		flushSync();
		expect(s.vs.step).toBe(1);
		await wait(PLAY_STEP);
		await arrive(s);
		expect(s.playing).toBe(false);
		expect(s.vs.step).toBe(1);
		expect(s.answer).not.toBe(null);
	});

	it('never asks with ?predict=off (kept in the URL), on a deep link, a jump or a step back', async () => {
		const { s } = open('/en/runtime/restart/?step=1&predict=off');
		await mount(s);
		s.go(2);
		await arrive(s);
		expect(s.vs.step).toBe(2);
		expect(s.answer).toBe(null);
		await wait(300);
		expect(location.search).toBe('?step=2&predict=off');

		const deep = open('/en/runtime/restart/?step=2').s;
		await mount(deep);
		expect(deep.vs.step).toBe(2);
		deep.go(3);
		deep.go(2);
		deep.go(0);
		deep.stepKey('End');
		await arrive();
		expect(deep.answer).toBe(null);
		expect(deep.vs.step).toBe(6);
		// From the overview, → shows step 1 (nothing is asked before step 1).
		deep.go(0);
		deep.go(1);
		await arrive();
		expect(deep.vs.step).toBe(1);
	});

	it('an embed’s autoplay never asks', async () => {
		const { s } = open('/en/runtime/restart/', { range: () => [1, 3], autoplay: () => 0.5 });
		await mount(s);
		await wait(500);
		await arrive();
		expect(s.vs.step).toBe(2);
		expect(s.answer).toBe(null);
	});
});
