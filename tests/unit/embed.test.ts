import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	embedUsesKey,
	parseEmbedOptions,
	parseHostMessage,
	serializeEmbedOptions
} from '../../src/lib/state/embed';

describe('embed options', () => {
	it.each([
		[
			'',
			{
				controls: true,
				slide: false,
				theme: 'auto',
				from: 1,
				to: 14,
				start: 0,
				autoplay: null,
				keys: 'host'
			}
		],
		// Slide use drops the controls unless they are asked for.
		['?slide=1', { slide: true, controls: false }],
		['?slide=1&controls=1', { slide: true, controls: true }],
		['?slide=yes', { slide: false, controls: true }],
		[
			'?controls=0&theme=transparent&from=3&to=6&autoplay=2.5&keys=embed',
			{
				controls: false,
				theme: 'transparent',
				from: 3,
				to: 6,
				start: 3,
				autoplay: 2.5,
				keys: 'embed'
			}
		],
		['?from=9&to=4', { from: 4, to: 9, start: 4 }],
		['?to=4', { from: 1, to: 4, start: 0 }],
		['?from=0&to=99', { from: 1, to: 14 }],
		['?theme=<b>&autoplay=0.1&controls=yes', { theme: 'auto', autoplay: null, controls: true }],
		['?autoplay=abc&from=x', { autoplay: null, from: 1, start: 0 }],
		// Any size clamps to the nearest valid step (at most 6 digits were read before).
		['?from=99999999999&to=99999999999', { from: 14, to: 14, start: 14 }],
		['?from=-5&to=' + '9'.repeat(300), { from: 1, to: 14, start: 1 }],
		['?from=3&from=5&theme=dark&theme=light', { from: 3, theme: 'dark', start: 3 }]
	])('%s', (search, expected) => {
		expect(parseEmbedOptions(search, 14)).toMatchObject(expected);
	});

	it('never throws and always gives a valid range', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 30 }), (s, steps) => {
				const o = parseEmbedOptions(s, steps);
				expect(1 <= o.from && o.from <= o.to && o.to <= steps).toBe(true);
			})
		);
	});
});

describe('canonical embed options', () => {
	it('writes only non-default options, and reads back what it wrote', () => {
		expect(serializeEmbedOptions(parseEmbedOptions('', 14), 14)).toBe('');
		expect(
			serializeEmbedOptions(parseEmbedOptions('?keys=embed&from=2&x=1&theme=&theme=dark', 14), 14)
		).toBe('from=2&keys=embed');
		// Slide use keeps its parameter; controls only when they differ from what it implies.
		expect(serializeEmbedOptions(parseEmbedOptions('?slide=1&controls=0&theme=dark', 14), 14)).toBe(
			'slide=1&theme=dark'
		);
		expect(serializeEmbedOptions(parseEmbedOptions('?controls=1&slide=1', 14), 14)).toBe(
			'slide=1&controls=1'
		);
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 30 }), (s, steps) => {
				const o = parseEmbedOptions(s, steps);
				const canonical = serializeEmbedOptions(o, steps);
				expect(parseEmbedOptions(canonical, steps)).toEqual(o);
			})
		);
	});
});

describe('host messages', () => {
	it.each([
		[{ type: 'container-atlas', command: 'next' }, { command: 'next' }],
		['{"type":"container-atlas","command":"prev","id":"a"}', { command: 'prev', id: 'a' }],
		[
			{ type: 'container-atlas', version: 1, command: 'goto', step: 3, node: 'runc' },
			{ command: 'goto', step: 3, node: 'runc' }
		],
		[
			{ type: 'container-atlas', command: 'goto', node: null },
			{ command: 'goto', node: null }
		],
		[
			{ type: 'container-atlas', command: 'setTheme', theme: 'dark' },
			{ command: 'setTheme', theme: 'dark' }
		],
		[{ type: 'container-atlas', command: 'getState', id: 'x'.repeat(101) }, { command: 'getState' }]
	])('accepts %j', (data, expected) => {
		expect(parseHostMessage(data)).toMatchObject(expected);
	});

	it.each([
		null,
		undefined,
		7,
		'next',
		'{"type":"container-atlas"',
		[],
		{ command: 'next' },
		{ type: 'container-atlas', version: 2, command: 'next' },
		{ type: 'container-atlas', command: 'run', code: 'x' },
		{ type: 'container-atlas', command: 'goto' },
		{ type: 'container-atlas', command: 'goto', step: '3' },
		{ type: 'container-atlas', command: 'goto', step: 2.5 },
		{ type: 'container-atlas', command: 'setTheme', theme: 'neon' }
	])('ignores %j', (data) => {
		expect(parseHostMessage(data)).toBeNull();
	});

	it('reads goto’s predict flag (a deck’s prediction fragment) only as true, with a step', () => {
		expect(
			parseHostMessage({ type: 'container-atlas', command: 'goto', step: 4, predict: true })
		).toEqual({ command: 'goto', step: 4, predict: true, id: undefined });
		for (const predict of ['true', 1, false])
			expect(
				parseHostMessage({ type: 'container-atlas', command: 'goto', step: 4, predict })
			).not.toHaveProperty('predict');
		// No step: nothing to ask about.
		expect(
			parseHostMessage({ type: 'container-atlas', command: 'goto', node: 'runc', predict: true })
		).not.toHaveProperty('predict');
	});

	it('never throws on anything', () => {
		fc.assert(fc.property(fc.anything(), (v) => void parseHostMessage(v)));
		fc.assert(fc.property(fc.string(), (v) => void parseHostMessage(v)));
		fc.assert(fc.property(fc.json(), (v) => void parseHostMessage(v)));
	});
});

describe('keys in an embed', () => {
	it.each([
		['ArrowRight', 'host', false, false],
		['ArrowRight', 'embed', false, true],
		['ArrowRight', 'host', true, true],
		['PageDown', 'host', false, false],
		['Escape', 'host', false, true],
		['Tab', 'host', false, true],
		['f', 'embed', false, false]
	] as const)('%s with keys=%s, on a node: %s → used: %s', (key, keys, onNode, used) => {
		expect(embedUsesKey({ key }, keys, onNode)).toBe(used);
	});
});
