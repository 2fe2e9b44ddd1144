import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	canonicalSearch,
	parseInteger,
	parseQuery,
	queryContext,
	serializeQuery,
	viewPath
} from '../../src/lib/state/url';
import { diagrams } from '../../src/lib/content/diagrams';
import { localize } from '../../src/lib/content/page';

const ctx = { steps: 5, nodes: new Set(['hardware', 'host-os', 'ctr-kernel']) };

describe('parseQuery', () => {
	it.each([
		['', { step: 0, node: null }, []],
		['?step=3', { step: 3, node: null }, []],
		['?step=3&node=host-os', { step: 3, node: 'host-os' }, []],
		['?step=9', { step: 5, node: null }, ['bad-step']],
		['?step=0', { step: 0, node: null }, ['bad-step']],
		['?step=abc', { step: 0, node: null }, ['bad-step']],
		['?step=2.5', { step: 0, node: null }, ['bad-step']],
		['?step=-1', { step: 0, node: null }, ['bad-step']],
		['?node=nope', { step: 0, node: null }, ['unknown-node']],
		[
			'?node=<script>alert(1)</script>&step=99',
			{ step: 5, node: null },
			['bad-step', 'unknown-node']
		],
		['?step=1', { step: 1, node: null }, []],
		['?node=', { step: 0, node: null }, []],
		// Numbers of any size clamp to the nearest valid step (the parser once took 9 digits at most).
		['?step=99999999999', { step: 5, node: null }, ['bad-step']],
		['?step=' + '9'.repeat(400), { step: 5, node: null }, ['bad-step']],
		['?step=-99999999999', { step: 0, node: null }, ['bad-step']],
		['?step=0004', { step: 4, node: null }, []],
		['?step=1e3', { step: 0, node: null }, ['bad-step']],
		// Repeated parameters: the first value counts (and the canonical URL keeps only it).
		['?step=2&node=host-os&step=4&node=hardware', { step: 2, node: 'host-os' }, []],
		// Malformed percent-encoding is read leniently, never thrown.
		['?step=%E0%A4%A&node=%ZZ', { step: 0, node: null }, ['bad-step', 'unknown-node']]
	])('%s', (search, state, kinds) => {
		const r = parseQuery(search, ctx);
		expect(r.state).toEqual(state);
		expect(r.notices.map((n) => n.kind)).toEqual(kinds);
	});

	it('echoes at most 40 characters of a bad value', () => {
		const r = parseQuery('?node=' + 'x'.repeat(500), ctx);
		expect(r.notices[0]).toEqual({ kind: 'unknown-node', value: 'x'.repeat(40) + '…' });
	});
});

describe('serializeQuery', () => {
	it('leaves step out only for the overview, so ?step=1 stays step 1', () => {
		expect(serializeQuery({ step: 0, node: null })).toBe('');
		expect(serializeQuery({ step: 1, node: null })).toBe('?step=1');
		expect(serializeQuery({ step: 0, node: 'host-os' })).toBe('?node=host-os');
	});
});

describe('URL state properties', () => {
	const anyQuery = fc.oneof(
		fc.string(),
		fc
			.record({
				step: fc.oneof(fc.string(), fc.integer().map(String)),
				node: fc.oneof(fc.string(), fc.constantFrom(...ctx.nodes))
			})
			.map(({ step, node }) => '?' + new URLSearchParams({ step, node }).toString())
	);

	it('parsing never throws, whatever the string', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseQuery(s, ctx)));
	});

	it('only known node ids and in-range steps survive', () => {
		fc.assert(
			fc.property(anyQuery, (s) => {
				const { state } = parseQuery(s, ctx);
				expect(state.node === null || ctx.nodes.has(state.node)).toBe(true);
				expect(Number.isInteger(state.step) && state.step >= 0 && state.step <= ctx.steps).toBe(
					true
				);
			})
		);
	});

	it('serialising a parsed state and parsing it again gives the same state, without notices', () => {
		fc.assert(
			fc.property(anyQuery, (s) => {
				const { state } = parseQuery(s, ctx);
				const again = parseQuery(serializeQuery(state), ctx);
				expect(again.state).toEqual(state);
				expect(again.notices).toEqual([]);
			})
		);
	});
});

describe('canonical URLs', () => {
	it('reads integers of any size, and nothing else', () => {
		expect(parseInteger(' 12 ')).toBe(12);
		expect(parseInteger('-3')).toBe(-3);
		expect(parseInteger('9'.repeat(400))).toBe(Infinity);
		for (const bad of ['', '1.5', '1e2', '0x10', 'abc', '٣', null])
			expect(parseInteger(bad)).toBe(null);
	});

	it('drops repeated, unknown and empty parameters and keeps the given extra ones', () => {
		expect(canonicalSearch({ step: 3, node: 'x' })).toBe('?step=3&node=x');
		expect(canonicalSearch({ step: 0, node: null })).toBe('');
		expect(canonicalSearch({ step: 0, node: null }, 'theme=dark')).toBe('?theme=dark');
		expect(canonicalSearch({ step: 2, node: null }, '?from=2')).toBe('?step=2&from=2');
	});

	it('the canonical query of any query parses to the same state, without notices', () => {
		const junk = fc.array(
			fc.tuple(
				fc.constantFrom('step', 'node', 'utm', '', 'Step', 'node[]'),
				fc.oneof(fc.string(), fc.bigInt().map(String), fc.constantFrom(...ctx.nodes))
			),
			{ maxLength: 6 }
		);
		fc.assert(
			fc.property(junk, (pairs) => {
				const search = '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
				const { state } = parseQuery(search, ctx);
				const canonical = canonicalSearch(state);
				const again = parseQuery(canonical, ctx);
				expect(again.state).toEqual(state);
				expect(again.notices).toEqual([]);
				const names = [...new URLSearchParams(canonical).keys()];
				expect(new Set(names).size).toBe(names.length);
				expect(names.every((n) => n === 'step' || n === 'node')).toBe(true);
				expect(canonicalSearch(again.state)).toBe(canonical);
			})
		);
	});
});

describe('paths', () => {
	const def = diagrams.find((d) => d.id === 'runtime')!;
	it('addresses the default view without its id and others with it, under the base path', () => {
		expect(viewPath('', 'en', def, def.defaultView)).toBe('/en/runtime/');
		expect(viewPath('/atlas', 'ko', def, 'docker-run')).toBe('/atlas/ko/runtime/docker-run/');
	});
	it('builds the query context of a view from its definition', () => {
		const c = queryContext(localize(def, 'en'), 'docker-run');
		expect(c.steps).toBe(def.views.find((v) => v.id === 'docker-run')!.steps.length);
		expect(c.nodes.has('containerd-shim')).toBe(true);
		expect(c.nodes.has('systemd')).toBe(false);
	});
});
