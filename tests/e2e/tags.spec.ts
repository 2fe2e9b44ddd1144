/**
 * Packet tags never collide (issue 23): wherever a packet stops — waiting at its origin, pausing
 * at each node of its path, arrived (or stopped at its ✕) — its tag (the label pill, and a blocked
 * packet's reason) covers no node's text (labels, details, facts, container headings, lifetime
 * badges), no column heading or row label, no edge label and no other tag, and it stays inside the
 * diagram and inside the box that holds the edge it is on (the Docker host, one of two hosts).
 *
 * Every view with packets (found in the content, so a new one is covered) in every format: the
 * page at 1366×768 and 1920×1080 (each view in both languages), a 390×844 phone, 480×270 and
 * 960×540 embeds, present mode at 1280×720 and 1920×1080 (the views in turn, one language each). One page load per view and format; its steps are walked
 * with Next under a fake clock, which is moved to the moments the packets pause. What is measured
 * is what the browser drew (getBoundingClientRect), not the layout's estimates.
 *
 * The pauses: a step's packets go one after another, the first `FIRST` ms after the step starts,
 * each hop taking `HOP` ms (eased in and out: the dot stands still at each end), the next packet
 * `GAP` ms after the previous one arrived (render/Diagram.svelte, motion.svelte.ts). The test
 * checks that the dot really stands still at every moment it samples, so a change of that timing
 * fails here instead of sampling packets in mid-flight.
 */
import { expect, test, type Page } from '@playwright/test';
import type { DiagramDef, Lang, ViewDef } from '../../src/lib/content/types';
import { DIAGRAMS, LANGS, viewPath, waitForHydration } from './helpers';

const DURATION = 650;
const HOP = 620;
const FIRST = DURATION * 0.6;
const GAP = DURATION * 0.5;

/**
 * `every`: every view in both languages (the laptop and desktop pages, as issue 23 asks); the
 * other formats take the views in turn, one language each (ko the first, en the next, …), as
 * screens.spec's present mode does: each view and each language is still seen in every format,
 * for half of this spec's time (it was the suite's longest, 260 s of test time).
 */
const FORMATS = [
	{ name: 'page 1366×768', width: 1366, height: 768, kind: 'page', every: true },
	{ name: 'page 1920×1080', width: 1920, height: 1080, kind: 'page', every: true },
	{ name: 'phone 390×844', width: 390, height: 844, kind: 'page', every: false },
	{ name: 'embed 480×270', width: 480, height: 270, kind: 'embed', every: false },
	{ name: 'embed 960×540', width: 960, height: 540, kind: 'embed', every: false },
	{ name: 'present 1280×720', width: 1280, height: 720, kind: 'present', every: false },
	{ name: 'present 1920×1080', width: 1920, height: 1080, kind: 'present', every: false }
] as const;
type Format = (typeof FORMATS)[number];

/** Every view that sends packets, with its steps that do (1-based) and their packets' paths. */
const VIEWS = DIAGRAMS.flatMap((def) =>
	def.views.flatMap((view) => {
		const steps = view.steps.flatMap((s, i) =>
			s.packets?.length ? [{ step: i + 1, paths: s.packets.map((p) => p.path) }] : []
		);
		return steps.length ? [{ def, view, steps }] : [];
	})
);

/** A moment to look at: packet `i` on edge `hop` of its path (the others wait or have arrived). */
interface Sample {
	t: number;
	i: number;
	hop: number;
	what: string;
	/** Another sample of the same pause: the dot must not have moved between the two. */
	pair?: number;
	/** The first of a pair: only the dots are read. */
	probe?: boolean;
}

/** The moments a step's packets stand still, in ms after the step starts, in order. */
function pauses(paths: string[][]): Sample[] {
	const out: Sample[] = [];
	let start = FIRST;
	paths.forEach((path, i) => {
		const n = path.length;
		const add = (a: Omit<Sample, 'pair'>, b: Omit<Sample, 'pair'>) => {
			out.push({ ...a, probe: true }, { ...b, pair: out.length });
		};
		// The first packet waits only while the step's own change is still moving the picture
		// (it starts before that has settled): the others wait in a still picture.
		if (i > 0)
			add(
				{ t: start - 50, i, hop: 0, what: 'waiting' },
				{ t: start - 20, i, hop: 0, what: 'waiting' }
			);
		// Between two hops the dot may jump across the node (one edge ends at its border, the
		// next starts at another): each hop's end and start is a pause of its own.
		for (let k = 1; k < n; k++) {
			const end = start + k * HOP;
			add(
				{ t: end - 50, i, hop: k - 1, what: `at the end of hop ${k}` },
				{ t: end - 20, i, hop: k - 1, what: `at the end of hop ${k}` }
			);
			add(
				{ t: end + 20, i, hop: k, what: `leaving for hop ${k + 1}` },
				{ t: end + 50, i, hop: k, what: `leaving for hop ${k + 1}` }
			);
		}
		add(
			{ t: start + n * HOP + 20, i, hop: n - 1, what: 'arrived' },
			{ t: start + n * HOP + 50, i, hop: n - 1, what: 'arrived' }
		);
		start += n * HOP + GAP;
	});
	return out;
}

interface Drawn {
	/** Centre of each packet's dot (or ✕), in the diagram's units. */
	dots: [number, number][];
	problems: string[];
}

/**
 * What covers what in the drawing as it is now. `edges[i]`: the edge packet `i` is on. Screen
 * pixels; a glyph's box has some air above and below, so 2 px of overlap is no cover.
 */
function look(page: Page, edges: string[], full = true): Promise<Drawn> {
	return page.evaluate(
		([edges, full]) => {
			type R = { x: number; y: number; w: number; h: number };
			const svg = document.querySelector<SVGSVGElement>('svg[data-diagram]')!;
			const box = (e: Element): R => {
				const r = e.getBoundingClientRect();
				return { x: r.x, y: r.y, w: r.width, h: r.height };
			};
			// The marks' opacity is an attribute their tweens write (DiagramNode, DiagramEdge).
			const opacity = (el: Element) => {
				let a = 1;
				for (let e: Element | null = el; e && e !== svg; e = e.parentElement)
					a *= Number(e.getAttribute('opacity') ?? 1);
				return a;
			};
			// Drawn and more than faint (a dimmed node, at a third, still shows its words).
			const seen = (e: Element) =>
				e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
				opacity(e) > 0.3 &&
				box(e).w > 0;
			const covers = (a: R, b: R) =>
				Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 2 &&
				Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 2;
			const inside = (a: R, b: R, e = 1.5) =>
				a.x >= b.x - e &&
				a.y >= b.y - e &&
				a.x + a.w <= b.x + b.w + e &&
				a.y + a.h <= b.y + b.h + e;
			const words: { name: string; r: R }[] = [];
			const add = (sel: string, name: (e: Element) => string) => {
				for (const e of svg.querySelectorAll(sel))
					if (e.textContent?.trim() && seen(e)) words.push({ name: name(e), r: box(e) });
			};
			add('[data-node] tspan, [data-node] text.lifetime', (e) => {
				const id = e.closest('[data-node]')!.getAttribute('data-node');
				return `${id}'s ${e.getAttribute('class') ?? 'text'} "${e.textContent}"`;
			});
			add('.edge text.edge-label tspan', (e) => `the edge label "${e.textContent}"`);
			add('.group-header tspan, .row-label', (e) => `the heading "${e.textContent}"`);
			const frames = [...svg.querySelectorAll(full ? '[data-node] rect.box' : 'none')]
				.filter(seen)
				.map((r) => ({ id: r.closest('[data-node]')!.getAttribute('data-node'), r: box(r) }));
			const area = box(svg);
			const unit = svg.getScreenCTM()!.a;
			const screen = { x: 0, y: 0, w: innerWidth, h: Infinity };
			const problems: string[] = [];
			const tags: { name: string; r: R }[] = [];
			const dots: [number, number][] = [];
			const packets = [...svg.querySelectorAll('g[data-token]')];
			packets.forEach((g, i) => {
				// In the diagram's units: the camera (a Web Animation, on the real clock) may still
				// be moving the whole picture.
				const mark = g.querySelector<SVGGraphicsElement>('circle.token, path.cross');
				const m = mark ? mark.getBBox() : { x: 0, y: 0, width: 0, height: 0 };
				dots.push([m.x + m.width / 2, m.y + m.height / 2]);
				const line = svg.querySelector(`[data-edge="${CSS.escape(edges[i])}"] path.line`);
				const route = line && box(line);
				if (full)
					for (const rect of g.querySelectorAll('.packet-label rect, .packet-block rect')) {
						if (!seen(rect)) continue;
						const r = box(rect);
						const name = `tag "${rect.parentElement!.querySelector('text')?.textContent}"`;
						for (const w of words) if (covers(r, w.r)) problems.push(`${name} covers ${w.name}`);
						for (const t of tags) if (covers(r, t.r)) problems.push(`${name} covers ${t.name}`);
						if (!inside(r, area) || !inside(r, screen))
							problems.push(`${name} leaves the diagram (${[r.x, r.y, r.w, r.h].map(Math.round)})`);
						// A box holds the edge when it holds its whole route; the tag stays inside the
						// outermost one (the Docker host, one of two hosts) where it fits there (with 3
						// units to spare each side). An inner box (a container's namespace) may be too
						// full of its own boxes and words to take a tag: layout/tags.ts then puts it in
						// the next box out.
						const holding = route ? frames.filter((f) => inside(route, f.r, 1)) : [];
						const outer = holding.sort((p, q) => q.r.w * q.r.h - p.r.w * p.r.h)[0];
						if (
							outer &&
							outer.r.w >= r.w + 6 * unit &&
							outer.r.h >= r.h + 6 * unit &&
							!inside(r, outer.r)
						)
							problems.push(`${name} leaves ${outer.id}, which holds its edge ${edges[i]}`);
						tags.push({ name, r });
					}
			});
			if (packets.length !== edges.length)
				problems.push(`${packets.length} packets drawn, ${edges.length} expected`);
			return { dots, problems };
		},
		[edges, full] as const
	);
}

/** Waits until no Web Animation (the camera's move) is running. */
const settled = (page: Page) =>
	page.waitForFunction(
		() => document.getAnimations().every((a) => a.playState !== 'running'),
		undefined,
		{ polling: 50 }
	);

async function openView(page: Page, format: Format, def: DiagramDef, view: ViewDef, lang: Lang) {
	const url =
		format.kind === 'embed'
			? `/embed/${lang}/${def.id}/${view.id}/?predict=off`
			: `${viewPath(lang, def, view.id)}?predict=off`;
	await page.goto(url);
	await waitForHydration(page);
	if (format.kind === 'present') {
		await page.keyboard.press('f');
		await expect(page.locator('.diagram-page.presenting')).toHaveCount(1);
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	}
}

for (const format of FORMATS)
	for (const lang of LANGS)
		test(`${format.name}, ${lang}${format.every ? '' : ', every other view'}: tags clear of every text and of each other, inside their frames, at every pause`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width: format.width, height: format.height });
			// Runs at the real pace until paused; then only runFor moves it.
			await page.clock.install();
			const problems: string[] = [];
			let open: DiagramDef | undefined;
			for (const [k, { def, view, steps }] of VIEWS.entries()) {
				if (!format.every && k % LANGS.length !== LANGS.indexOf(lang)) continue;
				// A page loads and hydrates at the real pace (the clock stays paused across loads).
				await page.clock.resume();
				if (format.kind === 'page' && open === def) {
					// Another view of the diagram on the page: its tab (a page load each cost a third
					// of the run).
					await page.locator(`[data-view-link="${view.id}"]`).click();
					await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-view', view.id);
					await expect(page.locator('svg[data-diagram]')).toHaveAttribute('data-step', '0');
					await settled(page);
				} else await openView(page, format, def, view, lang);
				open = def;
				await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
				const last = steps[steps.length - 1].step;
				for (let step = 1; step <= last; step++) {
					await page.evaluate(() =>
						document.querySelector<HTMLButtonElement>('[data-step-next]')!.click()
					);
					await expect(page.locator('svg[data-diagram]')).toHaveAttribute(
						'data-step',
						String(step)
					);
					const sending = steps.find((s) => s.step === step);
					if (!sending) {
						await page.clock.runFor(DURATION + 100);
						continue;
					}
					const { paths } = sending;
					// The camera moves on the real clock (a Web Animation): the tags are measured
					// against the diagram's box once it has settled.
					await settled(page);
					await expect(page.locator('svg[data-diagram] g[data-token]')).toHaveCount(paths.length);
					let now = 0;
					const seen: Drawn[] = [];
					for (const s of pauses(paths)) {
						await page.clock.runFor(s.t - now);
						now = s.t;
						const edges = paths.map((p, j) =>
							j < s.i ? p[p.length - 1] : j > s.i ? p[0] : p[s.hop]
						);
						const drawn = await look(page, edges, !s.probe);
						seen.push(drawn);
						const where = `${lang} ${def.id}/${view.id} step ${step}, packet ${s.i + 1} ${s.what}`;
						if (s.pair !== undefined) {
							const [ax, ay] = seen[s.pair].dots[s.i] ?? [0, 0];
							const [bx, by] = drawn.dots[s.i] ?? [0, 0];
							// The timing above is wrong if the dot moves at a moment it should pause.
							expect(Math.hypot(ax - bx, ay - by), `${where}: the dot moves`).toBeLessThan(1);
						}
						problems.push(...drawn.problems.map((p) => `${where}: ${p}`));
					}
					await page.clock.runFor(DURATION + 100);
				}
			}
			// One line per fault is enough: the same pill on the same text at several pauses is one.
			const unique = [...new Set(problems)];
			console.log(`${format.name} ${lang}: ${unique.length} collisions`);
			expect(unique).toEqual([]);
		});
