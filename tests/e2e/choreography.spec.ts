/**
 * Label changes are choreographed (issue 23): at no frame of a step change or a view change do two
 * different labels overlap on screen while both are more than 30 % opaque. A label leaving fades
 * out before the one taking its place fades in, or the two are apart.
 *
 * Every view of every diagram in the index, in both languages at 1366×768: from the overview, →
 * to the last step (each step change), then the next view's tab (a view change). One page load
 * per diagram and language; the whole walk runs in the page.
 *
 * Frames are sampled on a clock of the test's own, not on the wall's: in the page,
 * requestAnimationFrame and performance.now are replaced (once the page has started) by a clock
 * that moves 1/60 s a frame when the test says so, and every Web Animation (the camera's move, a
 * CSS fade) is paused and set to the same time. So each transition is sampled at every frame of
 * its duration, the same frames on every run whatever the machine's load, and in a fraction of the
 * duration's real time (395 transitions of 0.65 s each would take more than four minutes). What a
 * frame shows is what the page's own code computed for that time: the tweens read the clock, the
 * test only moves it.
 *
 * A label is a <text> of the diagram (node label and detail lines, an edge's label, a heading, a
 * row label, a badge; not the halo under an edge label, nor a travelling packet's tag, which
 * packets.spec holds), each line measured with getBoundingClientRect; its opacity on screen is the
 * product of its own and its ancestors' computed opacity (0 when hidden). Two lines are of
 * different labels when their <text> elements differ and so do the texts they say (the same words
 * drawn twice, a node and its counterpart meeting in a morph, read as one).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './shared-page';
import type { DiagramDef, Lang } from '../../src/lib/content/types';
import { DIAGRAMS, LANGS, viewPath, waitForHydration } from './helpers';
import { DURATION } from '../../src/lib/motion.svelte';

test.use({ reducedMotion: 'no-preference', viewport: { width: 1366, height: 768 } });

/** Both lines above this opacity and overlapping: a collision. */
const OPAQUE = 0.3;
/** How far two line boxes must run into each other (px, both ways) to count: not a touch. */
const EPS = 1;

export interface Collision {
	frame: number;
	/** The two marks, e.g. "edge curl-fw × node host". */
	marks: string;
	a: string;
	b: string;
	opacity: [number, number];
}
export interface Transition {
	name: string;
	frames: number;
	collisions: Collision[];
}

/**
 * In the page: walks every view of the diagram (→ from the overview to the last step, then the
 * next view's tab) on the test's clock and returns, per transition, every frame's collisions.
 */
export function walk(
	page: Page,
	views: { id: string; steps: number }[],
	opts: { duration: number; opaque: number; eps: number; debug?: boolean }
): Promise<Transition[]> {
	return page.evaluate(
		async ({ views, opts }) => {
			const FRAME = 1000 / 60;
			const svg = () => document.querySelector<SVGSVGElement>('svg[data-diagram]')!;

			// ── The test's clock ──────────────────────────────────────────────────────────────
			// Off (between transitions) it runs with the wall, shifted so that it never goes back;
			// on, it stands still but for frame().
			const realNow = performance.now.bind(performance);
			const realRaf = window.requestAnimationFrame.bind(window);
			const clock = { on: false, t: 0, offset: 0 };
			const queue = new Map<number, FrameRequestCallback>();
			let nextId = 1;
			let pumping = false;
			const runQueue = (t: number) => {
				const due = [...queue.values()];
				queue.clear();
				for (const cb of due) cb(t);
			};
			const pump = () => {
				if (pumping || clock.on || !queue.size) return;
				pumping = true;
				realRaf(() => {
					pumping = false;
					if (!clock.on) runQueue(performance.now());
					pump();
				});
			};
			performance.now = () => (clock.on ? clock.t : realNow() + clock.offset);
			window.requestAnimationFrame = (cb) => {
				queue.set(nextId, cb);
				pump();
				return nextId++;
			};
			window.cancelAnimationFrame = (id) => void queue.delete(id);
			// Web Animations: paused when first seen, then set to the clock's time since then.
			const began = new Map<Animation, number>();
			const driveAnimations = () => {
				for (const a of document.getAnimations()) {
					if (!began.has(a)) {
						began.set(a, clock.t - Number(a.currentTime ?? 0));
						a.pause();
					}
					a.currentTime = clock.t - began.get(a)!;
				}
			};
			const start = () => {
				clock.t = performance.now();
				clock.on = true;
			};
			const stop = () => {
				clock.offset = Math.max(clock.offset, clock.t - realNow());
				clock.on = false;
				for (const a of began.keys()) a.finish();
				began.clear();
				pump();
			};
			// A task of its own (not a timer: nested timers are held to 4 ms), after Svelte's flush.
			const task = () =>
				new Promise<void>((resolve) => {
					const ch = new MessageChannel();
					ch.port1.onmessage = () => resolve();
					ch.port2.postMessage(0);
				});
			const frame = async () => {
				clock.t += FRAME;
				runQueue(clock.t);
				driveAnimations();
				await task();
			};

			// ── One frame's labels ────────────────────────────────────────────────────────────
			interface Line {
				owner: number;
				mark: string;
				info: string;
				text: string;
				say: string;
				op: number;
				r: DOMRect;
			}
			const measure = (): Line[] => {
				const root = svg();
				const opacityOf = new Map<Element, number>();
				const effective = (el: Element): number => {
					if (el === root.parentElement || !el) return 1;
					let o = opacityOf.get(el);
					if (o === undefined) {
						o = Number(getComputedStyle(el).opacity) * effective(el.parentElement!);
						opacityOf.set(el, o);
					}
					return o;
				};
				const lines: Line[] = [];
				[...root.querySelectorAll<SVGTextElement>('text')].forEach((t, owner) => {
					if (t.classList.contains('edge-halo') || t.closest('.tokens')) return;
					const style = getComputedStyle(t);
					if (style.visibility !== 'visible' || style.display === 'none') return;
					const op = effective(t);
					if (op <= opts.opaque) return;
					const say = t.textContent!.replace(/\s+/g, ' ').trim();
					const m = t.closest('[data-node], [data-edge], [data-group], [data-row]');
					const mark = m
						? [...m.attributes]
								.filter((a) => a.name.startsWith('data-'))
								.map((a) => `${a.name.slice(5)} ${a.value}`)[0]
						: t.getAttribute('class') || 'text';
					const spans = t.querySelectorAll('tspan');
					for (const l of spans.length ? [...spans] : [t]) {
						const text = l.textContent?.trim();
						if (!text) continue;
						const r = l.getBoundingClientRect();
						if (r.width && r.height)
							lines.push({
								owner,
								mark,
								text,
								say,
								op,
								r,
								info: opts.debug
									? `fs=${getComputedStyle(l).fontSize} top=${t.getAttribute('opacity')} x=${l.getAttribute('x')} y=${l.getAttribute('y')} view=${root.dataset.view} vb=${root.getAttribute('viewBox')} T=${getComputedStyle(root).transform}`
									: ''
							});
					}
				});
				return lines;
			};
			const collisions = (lines: Line[], frameNo: number) => {
				const out: {
					frame: number;
					marks: string;
					a: string;
					b: string;
					opacity: [number, number];
				}[] = [];
				for (let i = 0; i < lines.length; i++)
					for (let j = i + 1; j < lines.length; j++) {
						const [a, b] = [lines[i], lines[j]];
						if (a.owner === b.owner || a.say === b.say) continue;
						const ix = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
						const iy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
						if (ix > opts.eps && iy > opts.eps)
							out.push({
								frame: frameNo,
								a: `${a.text} (${a.mark})`,
								b: `${b.text} (${b.mark})`,
								marks: [a.mark, b.mark].sort().join(' × '),
								opacity: [Math.round(a.op * 100) / 100, Math.round(b.op * 100) / 100],
								...(opts.debug && {
									info: [a, b].map((l) => l.info),
									rects: [a.r, b.r].map((r) =>
										[r.x, r.y, r.width, r.height].map(Math.round).join(' ')
									)
								})
							});
					}
				return out;
			};

			// ── One transition: click, then every frame until it has ended ────────────────────
			const results: {
				name: string;
				frames: number;
				collisions: ReturnType<typeof collisions>;
			}[] = [];
			const transition = async (name: string, button: HTMLElement, reached: () => boolean) => {
				// The transition's duration from when the page shows it began (a view change
				// fetches the next view's data first, and may redraw before), and whatever Web
				// Animation of the diagram it started (the camera) until that ends.
				const moving = () =>
					svg()
						.getAnimations({ subtree: true })
						.some((a) => {
							const target = (a.effect as KeyframeEffect | null)?.target;
							return (
								!target?.closest('.tokens') &&
								Number(a.currentTime) < Number(a.effect?.getComputedTiming().endTime)
							);
						});
				start();
				const found: ReturnType<typeof collisions> = [];
				// Frame 0: the step before, at rest; every frame from the click on.
				found.push(...collisions(measure(), 0));
				const asked = realNow();
				button.click();
				await task();
				let from = reached() ? clock.t : NaN;
				let n = 1;
				for (; !(clock.t - from >= opts.duration + 2 * FRAME && !moving()); n++) {
					if (realNow() - asked > 20_000)
						throw new Error(
							`${name}: did not end (view ${svg().dataset.view}, step ${svg().dataset.step})`
						);
					found.push(...collisions(measure(), n));
					await frame();
					if (Number.isNaN(from) && reached()) from = clock.t;
				}
				found.push(...collisions(measure(), n));
				// The rest (tokens, packets travelling) jumps to its end.
				clock.t += 60_000;
				runQueue(clock.t);
				await task();
				stop();
				results.push({ name, frames: n + 1, collisions: found });
			};

			const tabs = () => [...document.querySelectorAll<HTMLElement>('[data-view-link]')];
			for (const [v, view] of views.entries()) {
				for (let step = 1; step <= view.steps; step++)
					await transition(
						`${view.id} ${step - 1}→${step}`,
						document.querySelector<HTMLElement>('[data-step-next]')!,
						() => svg().dataset.step === String(step)
					);
				const next = views[v + 1];
				if (next)
					await transition(
						`${view.id} → ${next.id}`,
						tabs()[v + 1],
						() => svg().dataset.view === next.id && svg().dataset.step === '0'
					);
			}
			return results;
		},
		{ views, opts }
	);
}

/**
 * Collisions this test knows and does not hold against the choreography yet, by diagram and
 * transition: the pairs of marks (both languages). Each is a fault still to fix, with why; one
 * that no longer happens fails the test until it is taken off the list.
 */
const KNOWN: Record<string, { marks: string[]; why: string }> = {
	'networking/publish 2→3': {
		marks: ['edge curl-fw × node host'],
		why: 'at rest: the "proxy off:" edge label sits on the Docker host frame\'s title (layout, scene/edges.ts)'
	},
	'networking/publish 3→4': {
		marks: ['edge curl-fw × node host'],
		why: 'the same, in the frame before step 4 hides the label'
	},
	'networking/none 0→1': {
		marks: ['edge nic-internet × node none-lo'],
		why: 'at rest on the overview: the "default route" edge label sits on "lo" (layout, scene/edges.ts)'
	},
	'networking/host → none': {
		marks: ['edge nic-internet × node none-lo'],
		why: "the same, as the none view's overview arrives"
	},
	'networking/user-bridge → compose': {
		marks: ['node web-lo × node web-ns'],
		why: 'web-ns leaves dimmed (0.32) and its title jumps from the top of its frame to the bottom band at once, over web-lo, for 3 frames: not yet found why the redraw is not seen (choreo.ts)'
	},
	'networking/container → overlay': {
		marks: ['node web-lo × node web-ns'],
		why: 'the same'
	},
	'networking/overlay → choose': {
		marks: [
			'node ov1-br0 × node ov1-ns',
			'node ov1-ns × node ov1-vxlan',
			'node ov2-br0 × node ov2-ns',
			'node ov2-ns × node ov2-vxlan'
		],
		why: 'the same, for the two test-net namespaces'
	}
};

/** One line per transition with collisions: the pairs, their first frame and how many frames. */
export function summary(results: Transition[]): string[] {
	return results
		.filter((r) => r.collisions.length)
		.map((r) => {
			const pairs = new Map<string, { first: number; frames: Set<number> }>();
			for (const c of r.collisions) {
				const key = `"${c.a}" × "${c.b}"`;
				const p = pairs.get(key) ?? { first: c.frame, frames: new Set() };
				p.frames.add(c.frame);
				pairs.set(key, p);
			}
			const frames = new Set(r.collisions.map((c) => c.frame)).size;
			return (
				`${r.name}: ${frames}/${r.frames} frames, ` +
				[...pairs]
					.map(([k, p]) => `${k} (from frame ${p.first}, ${p.frames.size} frames)`)
					.join('; ')
			);
		});
}

async function checkDiagram(page: Page, def: DiagramDef, lang: Lang) {
	await page.goto(viewPath(lang, def, def.views[0].id) + '?predict=off');
	await waitForHydration(page);
	const results = await walk(
		page,
		def.views.map((v) => ({ id: v.id, steps: v.steps.length })),
		{ duration: DURATION, opaque: OPAQUE, eps: EPS, debug: !!process.env.CHOREO_DEBUG }
	);
	if (process.env.CHOREO_DEBUG)
		for (const r of results)
			for (const c of r.collisions) console.log(lang, r.name, JSON.stringify(c));
	const transitions = def.views.reduce((n, v) => n + v.steps.length, def.views.length - 1);
	expect(results.length, 'every transition walked').toBe(transitions);
	const problems: string[] = [];
	for (const r of results) {
		const known = KNOWN[`${def.id}/${r.name}`];
		if (!known) continue;
		const seen = new Set(r.collisions.map((c) => c.marks));
		if (![...seen].some((m) => known.marks.includes(m)))
			problems.push(
				`${lang} ${def.id}/${r.name}: known collision no longer seen: take it off KNOWN`
			);
		r.collisions = r.collisions.filter((c) => !known.marks.includes(c.marks));
	}
	return [...problems, ...summary(results).map((s) => `${lang} ${def.id}/${s}`)];
}

for (const def of DIAGRAMS)
	test(`${def.id}: no two labels overlap while both show, at any frame of a step or view change (ko, en)`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		const problems: string[] = [];
		for (const lang of LANGS) problems.push(...(await checkDiagram(page, def, lang)));
		if (problems.length) console.log(problems.join('\n'));
		expect(problems).toEqual([]);
	});
