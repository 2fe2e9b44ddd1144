/**
 * Checks a diagram definition before anything renders it. Every problem names the id at fault, and
 * all problems are reported together so one build run shows everything to fix.
 */
import { passages } from './passages';
import { viewEdgeIds, viewNodeIds } from './query';
import {
	LANGS,
	TONES,
	type DiagramDef,
	type FactDef,
	type L10n,
	type PacketDef,
	type ViewDef
} from './types';
// The layout kinds own their rules (and this runs at build time only, so it costs no page bytes).
import { kindOf } from '../layout/registry';
import { resolveRelated } from './related';

export class DiagramError extends Error {
	constructor(
		public readonly diagram: string,
		public readonly problems: string[]
	) {
		super(`Diagram "${diagram}" is invalid:\n  - ${problems.join('\n  - ')}`);
	}
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateDiagram(def: DiagramDef): DiagramDef {
	const problems: string[] = [];
	const fail = (msg: string) => problems.push(msg);
	const text = (where: string, t: L10n | undefined, required = true) => {
		if (!t) {
			if (required) fail(`${where}: text missing`);
			return;
		}
		for (const lang of LANGS) if (!t[lang]?.trim()) fail(`${where}: no ${lang} text`);
	};
	const unique = (kind: string, ids: string[]) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (!SLUG.test(id)) fail(`${kind} "${id}": id must be a lowercase slug`);
			if (seen.has(id)) fail(`${kind} "${id}": duplicate id`);
			seen.add(id);
		}
		return seen;
	};

	if (!SLUG.test(def.id)) fail(`diagram id "${def.id}" must be a lowercase slug`);
	text('title', def.title);
	text('summary', def.summary);
	if (def.checked && !def.checked.length) fail('checked: empty; name the releases read');
	(def.checked ?? []).forEach((c, i) => {
		const where = `checked[${i}]`;
		if (!c.what?.trim()) fail(`${where}: what was checked is missing`);
		text(`${where} "${c.what}" version`, c.version);
		if (!/^https:\/\//.test(c.url ?? '')) fail(`${where} "${c.what}": needs an https URL`);
	});
	const nodes = unique(
		'node',
		def.nodes.map((n) => n.id)
	);
	const edges = unique(
		'edge',
		def.edges.map((e) => e.id)
	);
	unique(
		'group',
		def.groups.map((g) => g.id)
	);
	unique(
		'row',
		(def.rows ?? []).map((r) => r.id)
	);
	unique(
		'view',
		def.views.map((v) => v.id)
	);
	def.groups.forEach(
		(g) => (
			text(`group "${g.id}" label`, g.label),
			text(`group "${g.id}" noteName`, g.noteName, false)
		)
	);
	def.rows?.forEach((r) => text(`row "${r.id}" label`, r.label));

	for (const n of def.nodes) {
		const where = `node "${n.id}"`;
		text(`${where} label`, n.label);
		text(`${where} detail`, n.detail, false);
		text(`${where} about`, n.about);
		if (!(TONES as readonly string[]).includes(n.tone)) fail(`${where}: unknown tone "${n.tone}"`);
		checkFacts(where, n.facts, fail, text);
		for (const key of n.notes ?? []) {
			if (!(key in passages)) fail(`${where}: unknown note passage "${key}"`);
		}
		for (const id of n.exitTo ?? [])
			if (!nodes.has(id)) fail(`${where}: exitTo unknown node "${id}"`);
		if (n.copies !== undefined && !(Number.isInteger(n.copies) && n.copies >= 1 && n.copies <= 6)) {
			fail(`${where}: copies must be an integer from 1 to 6`);
		}
		for (const s of n.sources)
			if (!/^https:\/\//.test(s.url)) fail(`${where}: source "${s.label}" needs an https URL`);
	}
	for (const e of def.edges) {
		const where = `edge "${e.id}"`;
		if (!nodes.has(e.from)) fail(`${where}: unknown from-node "${e.from}"`);
		if (!nodes.has(e.to)) fail(`${where}: unknown to-node "${e.to}"`);
		text(`${where} label`, e.label);
		text(`${where} about`, e.about, false);
	}

	for (const v of def.views) {
		const where = `view "${v.id}"`;
		text(`${where} title`, v.title);
		text(`${where} summary`, v.summary);
		const inView = new Set(viewNodeIds(def, v.id));
		const viewEdges = new Set(viewEdgeIds(def, v.id));
		for (const id of v.nodes ?? []) if (!nodes.has(id)) fail(`${where}: unknown node "${id}"`);
		for (const id of v.edges ?? []) if (!edges.has(id)) fail(`${where}: unknown edge "${id}"`);
		kindOf(v.layout).validate(v.layout, { def, view: v, inView, nodes, fail, where });
		checkRoutes(def, v, inView, edges, fail);
		for (const [f, w] of Object.entries(v.frameWidth ?? {}))
			if (!(Number.isFinite(w) && w >= 200 && w <= 2400))
				fail(`${where}: frameWidth.${f} must be 200–2400 units, not ${w}`);
		if (v.steps.length === 0) fail(`${where}: needs at least one step`);
		v.steps.forEach((s, i) => {
			const sw = `${where} step ${i + 1}`;
			text(`${sw} narration`, s.narration);
			for (const id of [...(s.highlight ?? []), ...(s.reveal ?? []), ...(s.conceal ?? [])]) {
				if (!inView.has(id)) fail(`${sw}: node "${id}" is not in the view`);
			}
			for (const id of [...(s.edges ?? []), ...(s.tokens ?? []).map((t) => t.edge)]) {
				if (!edges.has(id)) fail(`${sw}: unknown edge "${id}"`);
			}
			for (const [id, r] of Object.entries(s.relabel ?? {})) {
				if (!inView.has(id)) fail(`${sw}: relabel of node "${id}", which is not in the view`);
				text(`${sw} relabel "${id}" label`, r.label, false);
				if (r.detail !== null) text(`${sw} relabel "${id}" detail`, r.detail, false);
				checkFacts(`${sw} relabel "${id}"`, r.facts, fail, text);
			}
			(s.packets ?? []).forEach((p, k) =>
				checkPacket(def, `${sw} packet ${k + 1}`, p, inView, viewEdges, fail, text)
			);
		});
	}
	if (!def.views.some((v) => v.id === def.defaultView))
		fail(`defaultView "${def.defaultView}" is not a view`);

	if (problems.length) throw new DiagramError(def.id, problems);
	return def;
}

/**
 * Checks every `related` link of every diagram against the whole index (a link may point into a
 * diagram validated after its own). All problems are reported together, each naming the diagram
 * and the node or edge at fault.
 */
export function validateRelated(defs: readonly DiagramDef[]): void {
	const problems: string[] = [];
	for (const def of defs) {
		const owners = [
			...def.nodes.map((n) => ({ where: `node "${n.id}"`, refs: n.related })),
			...def.edges.map((e) => ({ where: `edge "${e.id}"`, refs: e.related }))
		];
		for (const { where, refs } of owners)
			for (const ref of refs ?? []) {
				const r = resolveRelated(defs, ref);
				if ('error' in r) problems.push(`diagram "${def.id}" ${where}: ${r.error}`);
			}
	}
	if (problems.length) throw new DiagramError('related links', problems);
}

type Fail = (msg: string) => void;
type Text = (where: string, t: L10n | undefined, required?: boolean) => void;

function checkFacts(where: string, facts: FactDef[] | undefined, fail: Fail, text: Text) {
	(facts ?? []).forEach((f, i) => {
		if (!f.key?.trim() || !f.value?.trim()) fail(`${where}: fact ${i + 1} needs a key and a value`);
		text(`${where} fact "${f.key}" label`, f.label, false);
	});
}

function checkRoutes(
	def: DiagramDef,
	v: ViewDef,
	inView: Set<string>,
	edges: Set<string>,
	fail: Fail
) {
	const where = `view "${v.id}"`;
	for (const [id, hint] of Object.entries(v.routes ?? {})) {
		if (!edges.has(id)) fail(`${where}: route hint for unknown edge "${id}"`);
		for (const p of hint.via ?? []) {
			if (typeof p === 'string') {
				if (!inView.has(p)) fail(`${where}: route of "${id}" passes node "${p}", not in the view`);
			} else if (!(p.length === 2 && p.every((c) => c >= 0 && c <= 1)))
				fail(`${where}: route of "${id}" has a waypoint outside [0, 1] × [0, 1]`);
		}
	}
	void def;
}

/** A packet's path must be a walk: each edge in the view, each starting where the last ended. */
function checkPacket(
	def: DiagramDef,
	where: string,
	p: PacketDef,
	inView: Set<string>,
	viewEdges: Set<string>,
	fail: Fail,
	text: Text
) {
	text(`${where} label`, p.label, false);
	if (!p.path.length) fail(`${where}: path is empty`);
	if (p.from !== undefined && !inView.has(p.from))
		fail(`${where}: starts at node "${p.from}", which is not in the view`);
	const visited: string[] = [];
	let at = p.from ?? def.edges.find((e) => e.id === p.path[0])?.from;
	if (at) visited.push(at);
	for (const id of p.path) {
		const e = def.edges.find((x) => x.id === id);
		if (!e) {
			fail(`${where}: unknown edge "${id}"`);
			return;
		}
		if (!viewEdges.has(id)) fail(`${where}: edge "${id}" is not in the view`);
		if (at !== e.from && at !== e.to) {
			fail(`${where}: edge "${id}" does not touch "${at}", where the previous hop ended`);
			return;
		}
		at = at === e.from ? e.to : e.from;
		visited.push(at);
	}
	for (const r of p.rewrite ?? []) {
		if (!visited.includes(r.at))
			fail(`${where}: rewrite at node "${r.at}", which is not on the path`);
		text(`${where} rewrite at "${r.at}" label`, r.label);
	}
	if (p.blocked) {
		text(`${where} blocked reason`, p.blocked.reason);
		const f = p.blocked.at ?? 1;
		if (!(f >= 0 && f <= 1)) fail(`${where}: blocked.at must lie within [0, 1]`);
	}
}
