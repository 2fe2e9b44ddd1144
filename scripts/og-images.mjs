// Renders the Open Graph image of every view (1200×630 PNG, light theme, last step, nothing
// dimmed: the whole picture) into
// static/og/, and records in static/og/manifest.json which SVG snapshot each image was drawn from,
// so a unit test notices when a diagram changed and its images are stale.
// Needs the current build served (npm run serve, or ORIGIN=…) and a Chromium.
// Usage: node scripts/og-images.mjs
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const origin = process.env.ORIGIN ?? 'http://localhost:5178';
const snapshots = 'tests/unit/__snapshots__';
// Which snapshot stands for each language's image: same labels, same geometry source.
const FORMAT = { en: 'en-wide', ko: 'ko-narrow' };
// Diagram ids from the build (ids are slugs and may hold dashes, so they cannot be split off).
const diagrams = readdirSync('build/en', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const views = readdirSync(snapshots)
	.map((f) => /^(.+)-1-en-wide\.svg$/.exec(f)?.[1])
	.filter(Boolean)
	.map((id) => {
		const diagram = diagrams.find((d) => id.startsWith(`${d}-`));
		return { id, diagram, view: id.slice(diagram.length + 1) };
	});
mkdirSync('static/og', { recursive: true });
const manifest = {};
const browser = await chromium.launch({
	executablePath: findChromium().path,
	args: ['--disable-gpu']
});
const page = await browser.newPage({
	viewport: { width: 1200, height: 630 },
	colorScheme: 'light',
	// The pages' CSP forbids inline styles; the style tag below is the script's, not the page's.
	bypassCSP: true
});
for (const { id, diagram, view } of views) {
	for (const lang of ['en', 'ko']) {
		await page.goto(
			`${origin}/embed/${lang}/${diagram}/${view}/?controls=0&theme=light&keys=embed`
		);
		await page.waitForSelector('svg[data-diagram]');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.keyboard.press('End');
		await page.addStyleTag({
			content: '.emph-dim { opacity: 1 !important } .token { display: none }'
		});
		await page.waitForTimeout(400);
		const file = `${lang}-${diagram}-${view}.png`;
		await page.screenshot({ path: `static/og/${file}` });
		const last = Math.max(
			...readdirSync(snapshots).map((f) =>
				Number(new RegExp(`^${id}-(\\d+)-${FORMAT[lang]}\\.svg$`).exec(f)?.[1] ?? 0)
			)
		);
		const svg = readFileSync(`${snapshots}/${id}-${last}-${FORMAT[lang]}.svg`);
		manifest[file] = createHash('sha256').update(svg).digest('hex');
		console.log(file);
	}
}
await browser.close();
writeFileSync('static/og/manifest.json', JSON.stringify(manifest, null, '\t') + '\n');
