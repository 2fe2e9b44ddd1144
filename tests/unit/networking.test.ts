/**
 * The networking diagram answers the note's question and follows the sources: the ❓ bullets are
 * drawn (verbatim, on a node of the answer and of the decision guide), packets in the answer cross
 * the hops in order, and the picture never shows what the sources rule out.
 */
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { searchOptions, unpackDocs, type SearchDoc } from '../../src/lib/search/terms';
import { runSearch } from '../../src/lib/search/engine';
import { searchDocsJson } from '../../src/lib/server/searchIndex';
import { diagrams } from '../../src/lib/content/diagrams';
import { bulletPaths, resolvePassage } from '../../src/lib/content/notes';
import { passages, QUESTION_SECTION } from '../../src/lib/content/passages';
import { viewNodeIds } from '../../src/lib/content/query';
import type { DiagramDef, PacketDef, ViewDef } from '../../src/lib/content/types';

const def = diagrams.find((d) => d.id === 'networking') as DiagramDef;
const view = (id: string) => def.views.find((v) => v.id === id) as ViewDef;
const edge = (id: string) => def.edges.find((e) => e.id === id)!;
const packets = (v: ViewDef): PacketDef[] => v.steps.flatMap((s) => s.packets ?? []);

/** The nodes a packet visits, in order (each hop goes to the edge's other end). */
function visits(p: PacketDef): string[] {
	let at = p.from ?? edge(p.path[0]).from;
	const out = [at];
	for (const id of p.path) {
		const e = edge(id);
		at = e.from === at ? e.to : e.from;
		out.push(at);
	}
	return out;
}

describe('the networking diagram answers the note’s question', () => {
	it('exists with the nine views of the URL contract, user-bridge first and default', () => {
		expect(def.views.map((v) => v.id)).toEqual([
			'user-bridge',
			'compose',
			'default-bridge',
			'publish',
			'host',
			'none',
			'container',
			'overlay',
			'choose'
		]);
		expect(def.defaultView).toBe('user-bridge');
	});

	it('draws every bullet of the ❓ section, in both languages', () => {
		const keys = Object.entries(passages).filter(([, l]) => l.section === QUESTION_SECTION);
		const bullets = bulletPaths(QUESTION_SECTION);
		expect(bullets.length).toBeGreaterThan(0);
		for (const b of bullets)
			expect(keys.some(([, l]) => l.path.join() === b.path.join())).toBe(true);
		const shown = new Set(def.nodes.flatMap((n) => n.notes ?? []));
		for (const [key] of keys) {
			expect(shown.has(key)).toBe(true);
			expect(resolvePassage(key, 'ko').text).toMatch(/컨테이너|네트워크/);
			expect(resolvePassage(key, 'en').text).not.toBe('');
		}
	});

	it('shows the question on a node of the answer and of the decision guide', () => {
		const question = def.nodes.find((n) => n.notes?.includes('question.networking.which'))!;
		expect(viewNodeIds(def, 'user-bridge')).toContain(question.id);
		expect(viewNodeIds(def, 'choose')).toContain(question.id);
		expect(view('user-bridge').steps[0].highlight).toContain(question.id);
		// Its second line quotes the note verbatim (a fragment of the bullet the panel shows whole).
		const quoted = question.detail!.ko.replace(/^“|”$/g, '');
		expect(resolvePassage('question.networking.which', 'ko').text).toContain(quoted);
	});

	it('every node cites https sources and says something in both languages', () => {
		for (const n of def.nodes) {
			expect(n.sources.length, n.id).toBeGreaterThan(0);
			for (const s of n.sources) expect(s.url, n.id).toMatch(/^https:\/\//);
			expect(n.about.ko.length, n.id).toBeGreaterThan(20);
			expect(n.about.en.length, n.id).toBeGreaterThan(20);
		}
	});
});

describe('packets follow the real path', () => {
	it('in user-bridge, web reaches db over eth0 → veth → bridge → veth → eth0, by name', () => {
		const steps = view('user-bridge').steps;
		const connect = steps.findIndex((s) => s.packets?.some((p) => visits(p).at(-1) === 'db-app'));
		expect(connect).toBeGreaterThan(0);
		const p = steps[connect].packets!.find((q) => visits(q).at(-1) === 'db-app')!;
		expect(visits(p)).toEqual([
			'web-app',
			'web-eth0',
			'veth-web',
			'br-app',
			'veth-db',
			'db-eth0',
			'db-app'
		]);
		expect(p.label?.en).toMatch(/db:5432/);
		// The name is looked up before the connection, by the embedded DNS.
		const before = steps.slice(0, connect).flatMap((s) => s.packets ?? []);
		expect(before.some((q) => visits(q).includes('dns'))).toBe(true);
	});

	it('a recreated db keeps its name but gets a new address', () => {
		const steps = view('user-bridge').steps;
		const recreate = steps.find((s) => s.relabel?.['db-eth0'])!;
		const oldAddress = def.nodes.find((n) => n.id === 'db-eth0')!.facts![0].value;
		const newAddress = recreate.relabel!['db-eth0'].facts![0].value;
		expect(newAddress).not.toBe(oldAddress);
		expect(recreate.relabel!['db-app'].label).toBeUndefined();
		const answer = recreate.packets!.find((p) => visits(p)[0] === 'dns')!;
		expect(answer.label!.en).toContain(newAddress.split('/')[0]);
	});

	it('the default bridge cannot reach a user-defined network: blocked at the firewall', () => {
		const blocked = packets(view('default-bridge')).filter((p) => p.blocked);
		expect(blocked.some((p) => visits(p).at(-1) === 'fw' && visits(p)[0] === 'old-app')).toBe(true);
	});

	it('publish: the outside client is DNATed at the firewall to web:80, not to a host port', () => {
		const inbound = packets(view('publish')).find(
			(p) => visits(p)[0] === 'client' && visits(p).at(-1) === 'web-app'
		)!;
		expect(visits(inbound)).toContain('fw');
		expect(inbound.rewrite).toContainEqual(
			expect.objectContaining({
				at: 'fw',
				label: expect.objectContaining({ en: expect.stringMatching(/:80$/) })
			})
		);
		// Container to container needs no published port: that packet never touches the firewall.
		const toDb = packets(view('publish')).find((p) => visits(p).at(-1) === 'db-app')!;
		expect(visits(toDb)).not.toContain('fw');
	});

	// moby's rule listings (iptablesdoc usernet-portmap-lo.md, -noproxy.md): with the default
	// userland proxy the nat OUTPUT jump skips 127.0.0.0/8, so the host's own loopback connection
	// is never DNATed; docker-proxy accepts it and connects anew. Only `--userland-proxy=false`
	// sends it through the DNAT rule (and then no docker-proxy runs).
	const publishSteps = () => view('publish').steps;
	const proxyOff = (s: { narration: { en: string } }) =>
		/--userland-proxy=false/.test(s.narration.en);
	const fromCurl = (p: PacketDef) => visits(p)[0] === 'host-curl';

	it('publish: by default the host’s curl to 127.0.0.1 goes through docker-proxy, not DNAT', () => {
		const curls = publishSteps()
			.filter((s) => !proxyOff(s))
			.flatMap((s) => s.packets ?? [])
			.filter(fromCurl);
		expect(curls.length).toBeGreaterThan(0);
		for (const p of curls) {
			expect(p.label?.en).toContain('127.0.0.1');
			expect(visits(p)).toContain('docker-proxy');
			expect(visits(p)).not.toContain('fw');
			expect(visits(p).at(-1)).toBe('web-app');
			expect(p.rewrite?.some((r) => /DNAT/.test(r.label.en))).not.toBe(true);
		}
		// Side by side with the outside client's way in (DNATed at the firewall, the step before):
		// one step draws both ways and sends curl's packet.
		const dnat = publishSteps()
			.flatMap((s) => s.packets ?? [])
			.find((p) => visits(p)[0] === 'client' && p.rewrite?.[0]?.at === 'fw')!;
		expect(
			publishSteps().some(
				(s) =>
					!proxyOff(s) && dnat.path.every((e) => s.edges?.includes(e)) && s.packets?.some(fromCurl)
			)
		).toBe(true);
	});

	it('publish: only with --userland-proxy=false is the loopback connection DNATed, with no proxy', () => {
		const off = publishSteps().filter(proxyOff);
		expect(off.length).toBe(1);
		const curl = off[0].packets!.find(fromCurl)!;
		expect(visits(curl)).toContain('fw');
		expect(visits(curl)).not.toContain('docker-proxy');
		expect(curl.rewrite).toContainEqual(
			expect.objectContaining({
				at: 'fw',
				label: expect.objectContaining({ en: expect.stringMatching(/DNAT.*:80$/) })
			})
		);
		expect(off[0].highlight).not.toContain('docker-proxy');
		expect(off[0].relabel?.['docker-proxy']?.detail?.en).toMatch(/not started/);
		// The proxy is back (as defined) in the next step.
		const next = publishSteps()[publishSteps().indexOf(off[0]) + 1];
		expect(next.relabel?.['docker-proxy']).toEqual({});
	});

	it('overlay: the packet crosses the underlay wrapped in VXLAN on UDP 4789 and arrives unwrapped', () => {
		const p = packets(view('overlay')).find((q) => q.path.includes('underlay'))!;
		const path = visits(p);
		expect(path[0]).toBe('alpine1-app');
		expect(path.at(-1)).toBe('alpine2-app');
		expect(path.indexOf('ov1-vxlan')).toBeLessThan(path.indexOf('h1-eth0'));
		expect(p.rewrite![0]).toMatchObject({ at: 'ov1-vxlan' });
		expect(p.rewrite![0].label.en).toMatch(/4789/);
		expect(p.rewrite!.at(-1)!.label.en).toBe(p.label!.en);
	});

	it('host and none modes draw no veth and no bridge', () => {
		for (const id of ['host', 'none']) {
			const nodes = viewNodeIds(def, id);
			expect(
				nodes.filter((n) => n.startsWith('veth-') || n.startsWith('br-') || n === 'docker0')
			).toEqual([]);
		}
		expect(
			viewNodeIds(def, 'none').filter((n) => n.endsWith('-eth0') && n !== 'host-eth0')
		).toEqual([]);
	});

	it('the sidecar has no namespace of its own: it sits inside web’s', () => {
		const layout = view('container').layout;
		expect(layout.kind).toBe('boxes');
		if (layout.kind === 'boxes') expect(layout.place['side-app'].in).toBe('web-ns');
	});
});

describe('search finds the new names', () => {
	for (const lang of ['ko', 'en'] as const) {
		const ms = new MiniSearch<SearchDoc>(searchOptions);
		ms.addAll(unpackDocs(searchDocsJson(lang)));
		it(`${lang}: docker-proxy opens its node in the publish view`, () => {
			const hits = runSearch(ms, 'docker-proxy', 5);
			expect(hits[0].href).toMatch(
				new RegExp(`^/${lang}/networking/publish/.*[?&]node=docker-proxy$`)
			);
		});
		if (lang === 'ko')
			it('ko: 컨테이너 간 통신 finds the networking diagram', () => {
				const hits = runSearch(ms, '컨테이너 간 통신', 20);
				expect(hits.some((h) => h.href.startsWith('/ko/networking/'))).toBe(true);
			});
	}
});
