#!/usr/bin/env node
/**
 * How big each built page is: raw and gzipped HTML, the inline hydration script (the page's data)
 * and the diagram's SVG markup, per page of `build/` (or the folder given). Diagram pages first,
 * then note, print and embed pages. `--check` fails when a diagram page is over the goal of
 * issue 13 (⅔ of the 70.2 KB the largest page had before pages carried only their own view).
 *
 *   node scripts/page-size.mjs [dir] [--check] [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'build';
const GOAL = 46.8 * 1000;

function* pages(d) {
	for (const name of readdirSync(d)) {
		const p = join(d, name);
		if (statSync(p).isDirectory()) yield* pages(p);
		else if (name === 'index.html') yield p;
	}
}

const kindOf = (path) =>
	path.startsWith('embed/')
		? 'embed'
		: path.includes('/print/')
			? 'print'
			: /^(ko|en)\/note\//.test(path)
				? 'note'
				: /^(ko|en)\/[^/]+\//.test(path)
					? 'diagram'
					: 'other';

const rows = [];
for (const file of pages(dir)) {
	const path = relative(dir, file).replace(/index\.html$/, '');
	const html = readFileSync(file, 'utf8');
	const data = html.match(/<script>\s*\{\s*__sveltekit_[\s\S]*?<\/script>/)?.[0] ?? '';
	const svg = html.match(/<svg class="diagram[\s\S]*?<\/svg>/)?.[0] ?? '';
	rows.push({
		path,
		kind: kindOf(path),
		raw: Buffer.byteLength(html),
		gz: gzipSync(html, { level: 9 }).length,
		data: Buffer.byteLength(data),
		svg: Buffer.byteLength(svg)
	});
}
const order = ['diagram', 'embed', 'print', 'note', 'other'];
rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.path.localeCompare(b.path));

if (args.includes('--json')) console.log(JSON.stringify(rows));
else {
	const kb = (n) => (n / 1000).toFixed(1);
	console.log('| page | raw KB | gz KB | inline data KB | diagram SVG KB |');
	console.log('| --- | --: | --: | --: | --: |');
	for (const r of rows)
		console.log(`| /${r.path} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.data)} | ${kb(r.svg)} |`);
	for (const kind of order) {
		const of = rows.filter((r) => r.kind === kind);
		if (!of.length) continue;
		const max = of.reduce((m, r) => (r.raw > m.raw ? r : m));
		console.log(`${kind}: ${of.length} pages, largest /${max.path} ${kb(max.raw)} KB raw`);
	}
}
if (args.includes('--check')) {
	const over = rows.filter((r) => r.kind === 'diagram' && r.raw > GOAL);
	for (const r of over) console.error(`over ${GOAL / 1000} KB: /${r.path} ${r.raw} B`);
	process.exit(over.length ? 1 : 0);
}
