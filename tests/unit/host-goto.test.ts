// The embed's answer to a host's `goto` (state/embed.ts `applyHostGoto`) and the embed and print
// paths beside `viewPath` (state/url.ts), against the runtime diagram's page data as the embed has
// it (restart: 6 steps; architecture: 5 steps and its own node list). Expected URLs are written out by hand.
import { describe, expect, it } from 'vitest';
import { applyHostGoto } from '../../src/lib/state/embed';
import { embedPath, printPath, viewPath } from '../../src/lib/state/url';
import { loadView } from '../../src/lib/server/loadView';

const { def } = loadView({ lang: 'en', diagram: 'runtime', view: 'restart' });
const at = {
	base: '/atlas',
	lang: 'en' as const,
	def,
	view: 'restart',
	search: '?step=2&controls=0&theme=dark&from=2',
	state: { step: 2, node: 'nginx' },
	range: { start: 2, to: 5 }
};

describe('applyHostGoto', () => {
	it('opens another view at its embed URL, keeping the options, the step clamped', () => {
		expect(applyHostGoto({ command: 'goto', view: 'architecture', step: 99 }, at)).toEqual({
			href: '/atlas/embed/en/runtime/architecture/?step=5&controls=0&theme=dark&from=2'
		});
		expect(applyHostGoto({ command: 'goto', view: 'architecture' }, { ...at, search: '' })).toEqual(
			{ href: '/atlas/embed/en/runtime/architecture/' }
		);
	});

	it('keeps a node the other view has and drops one it lacks', () => {
		const go = (node: string) =>
			applyHostGoto({ command: 'goto', view: 'architecture', node }, { ...at, search: '' });
		expect(go('containerd')).toEqual({
			href: '/atlas/embed/en/runtime/architecture/?node=containerd'
		});
		expect(go('no-such-node')).toEqual({ href: '/atlas/embed/en/runtime/architecture/' });
	});

	it('refuses an unknown view, a step outside the range and an unknown node', () => {
		expect(applyHostGoto({ command: 'goto', view: 'nope' }, at)).toEqual({
			error: 'Unknown view "nope"'
		});
		expect(applyHostGoto({ command: 'goto', step: 1 }, at)).toEqual({
			error: 'Step 1 is outside 2–5'
		});
		expect(applyHostGoto({ command: 'goto', step: 6 }, at)).toEqual({
			error: 'Step 6 is outside 2–5'
		});
		expect(applyHostGoto({ command: 'goto', node: 'nope' }, at)).toEqual({
			error: 'Unknown node "nope"'
		});
	});

	it('changes step and node within the view, keeping what is left out', () => {
		expect(applyHostGoto({ command: 'goto', step: 5 }, at)).toEqual({
			state: { step: 5, node: 'nginx' }
		});
		expect(applyHostGoto({ command: 'goto', node: 'containerd' }, at)).toEqual({
			state: { step: 2, node: 'containerd' }
		});
		expect(applyHostGoto({ command: 'goto', node: null, view: 'restart' }, at)).toEqual({
			state: { step: 2, node: null }
		});
	});
});

describe('paths beside viewPath', () => {
	it('address every view by its id, the default one too', () => {
		expect(viewPath('', 'ko', def, 'architecture')).toBe('/ko/runtime/');
		expect(embedPath('', 'ko', def, 'architecture')).toBe('/embed/ko/runtime/architecture/');
		expect(embedPath('/atlas', 'en', def, 'restart', '?step=3')).toBe(
			'/atlas/embed/en/runtime/restart/?step=3'
		);
		expect(printPath('', 'ko', def, 'architecture')).toBe('/ko/runtime/architecture/print/');
		expect(printPath('/atlas', 'en', def, 'restart')).toBe('/atlas/en/runtime/restart/print/');
	});
});
