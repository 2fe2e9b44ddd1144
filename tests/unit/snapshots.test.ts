/**
 * Every diagram × view × step rendered to SVG on the server (as prerendering does, from the page's
 * data: the view's own nodes and edges) and compared
 * with a committed, normalised snapshot. On a difference the new rendering is written beside the
 * snapshot as *-changed.svg for a reviewer to open. A missing snapshot fails like a changed one,
 * here as in CI: writing or rewriting snapshots is always explicit, `UPDATE_SNAPSHOTS=1`.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Diagram from '../../src/lib/render/Diagram.svelte';
import { buildScene } from '../../src/lib/layout/scene';
import { MotionSettings } from '../../src/lib/motion.svelte';
import { diagrams } from '../../src/lib/content/diagrams';
import { loadView } from '../../src/lib/server/loadView';
import type { Lang } from '../../src/lib/content/types';

const dir = new URL('./__snapshots__/', import.meta.url);
mkdirSync(dir, { recursive: true });

function normalise(html: string): string {
	return (
		html
			.replace(/<!--[^]*?-->/g, '')
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
			.replace(/></g, '>\n<')
			.trim() + '\n'
	);
}

const cases = diagrams.flatMap((def) =>
	def.views.flatMap((view) =>
		// Step 0 is the overview; 1..N the walkthrough.
		[0, ...view.steps.map((_, i) => i + 1)].flatMap((step) =>
			(
				[
					['en', 'wide'],
					['ko', 'narrow'],
					// Presentation and small embeds: the overview, in the language whose titles wrap.
					...(step === 0 ? ([['en', 'compact']] as const) : [])
				] as const
			).map(([lang, format]) => ({ def, view: view.id, step, lang: lang as Lang, format }))
		)
	)
);

const nameOf = (c: (typeof cases)[number]) =>
	`${c.def.id}-${c.view}-${c.step}-${c.lang}-${c.format}`;

describe('SVG snapshots', () => {
	// A snapshot no case renders any more (a renamed view, a removed step) would otherwise lie
	// there unnoticed; UPDATE_SNAPSHOTS=1 removes them.
	it('has no snapshot left over from a case that no longer exists', () => {
		const names = new Set(cases.map(nameOf));
		const stale = readdirSync(dir)
			.filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'))
			.map((f) => f.slice(0, -'.svg'.length))
			.filter((n) => !names.has(n));
		if (process.env.UPDATE_SNAPSHOTS) {
			for (const n of stale) rmSync(new URL(`${n}.svg`, dir));
			return;
		}
		expect(stale, 'snapshots of no case (UPDATE_SNAPSHOTS=1 removes them)').toEqual([]);
	});

	it.each(cases.map((c) => [`${c.def.id}/${c.view}/${c.step} ${c.lang} ${c.format}`, c] as const))(
		'%s',
		(_, c) => {
			const def = loadView({ lang: c.lang, diagram: c.def.id, view: c.view }).def;
			const { body } = render(Diagram, {
				props: {
					// As the page draws it: from its own view's data (server/loadView.ts).
					def,
					view: c.view,
					step: c.step,
					lang: c.lang,
					scene: buildScene(def, c.view, c.step, c.format),
					selected: null,
					settings: new MotionSettings(),
					title: c.def.title[c.lang],
					onselect: () => {}
				}
			});
			const svg = normalise(body);
			const name = nameOf(c);
			const file = new URL(`${name}.svg`, dir);
			const changed = new URL(`${name}-changed.svg`, dir);
			if (process.env.UPDATE_SNAPSHOTS) {
				writeFileSync(file, svg);
				return;
			}
			expect(existsSync(file), `missing snapshot ${name}.svg (run with UPDATE_SNAPSHOTS=1)`).toBe(
				true
			);
			const expected = readFileSync(file, 'utf8');
			if (expected !== svg) writeFileSync(changed, svg);
			else if (existsSync(changed)) rmSync(changed);
			expect(svg, `${name} changed: compare ${name}-changed.svg`).toBe(expected);
		}
	);
});
