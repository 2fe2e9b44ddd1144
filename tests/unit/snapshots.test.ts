/**
 * Every diagram × view × step rendered to SVG on the server (as prerendering does, from the page's
 * data: the view's own nodes and edges) and compared
 * with a committed, normalised snapshot. On a difference the new rendering is written beside the
 * snapshot as *-changed.svg for a reviewer to open. UPDATE_SNAPSHOTS=1 rewrites them; outside CI
 * a missing snapshot is written, in CI it fails.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Diagram from '../../src/lib/render/Diagram.svelte';
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

describe('SVG snapshots', () => {
	it.each(cases.map((c) => [`${c.def.id}/${c.view}/${c.step} ${c.lang} ${c.format}`, c] as const))(
		'%s',
		(_, c) => {
			const { body } = render(Diagram, {
				props: {
					// As the page draws it: from its own view's data (server/loadView.ts).
					def: loadView({ lang: c.lang, diagram: c.def.id, view: c.view }).def,
					view: c.view,
					step: c.step,
					lang: c.lang,
					format: c.format,
					selected: null,
					settings: new MotionSettings(),
					title: c.def.title[c.lang],
					onselect: () => {}
				}
			});
			const svg = normalise(body);
			expect(svg).toContain(`data-step="${c.step}"`);
			const name = `${c.def.id}-${c.view}-${c.step}-${c.lang}-${c.format}`;
			const file = new URL(`${name}.svg`, dir);
			const changed = new URL(`${name}-changed.svg`, dir);
			if (process.env.UPDATE_SNAPSHOTS || (!existsSync(file) && !process.env.CI)) {
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
