// Renders the Open Graph image of every view (1200×630 PNG, light theme) into static/og/: the
// view's overview (no `step`: the whole picture, nothing dimmed) under a band with the site's
// name, the diagram's title and, large, the view's title — legible on a 500–600 px wide card.
// static/og/manifest.json records a hash of what each image was drawn from (the overview's SVG
// snapshot and the texts of the band), so a unit test notices when an image is stale.
// Needs the current build served (npm run serve, or ORIGIN=…) and a Chromium.
// Usage: node scripts/og-images.mjs
import { chromium } from '@playwright/test';
import { ogHash } from './og-hash.mjs';
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
	.map((f) => /^(.+)-0-en-wide\.svg$/.exec(f)?.[1])
	.filter(Boolean)
	.map((id) => {
		const diagram = diagrams.find((d) => id.startsWith(`${d}-`));
		return { id, diagram, view: id.slice(diagram.length + 1) };
	});
const SITE = 'Container Atlas';
mkdirSync('static/og', { recursive: true });
const manifest = {};
const browser = await chromium.launch({
	executablePath: findChromium().path,
	args: ['--disable-gpu']
});
// Drawn as a 600×315 frame at 2×: the embed then uses its compact layout, whose type is sized for
// small frames, so labels stay readable in a link card, and the PNG is still 1200×630.
const page = await browser.newPage({
	viewport: { width: 600, height: 315 },
	deviceScaleFactor: 2,
	colorScheme: 'light',
	// The pages' CSP allows no inline styles; the band this script adds is its own, not the page's.
	bypassCSP: true
});
for (const { id, diagram, view } of views) {
	for (const lang of ['en', 'ko']) {
		await page.goto(`${origin}/embed/${lang}/${diagram}/${view}/?controls=0&theme=light`);
		await page.waitForSelector('svg[data-diagram]');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// The diagram's accessible name is "diagram title — view title" (ui.diagramLabel).
		const label = await page.locator('svg[data-diagram]').getAttribute('aria-label');
		const [diagramTitle, viewTitle] = label.split(' — ');
		await page.evaluate(
			({ site, diagramTitle, viewTitle }) => {
				const band = document.createElement('header');
				band.style.cssText =
					'padding:16px 24px 4px;font-family:system-ui,"Noto Sans KR","Noto Sans CJK KR",sans-serif;color:#1b2430';
				const top = document.createElement('div');
				top.style.cssText = 'font-size:15px;color:#525e6d;font-weight:600';
				top.textContent = `${site} · ${diagramTitle}`;
				const title = document.createElement('div');
				title.style.cssText = 'font-size:29px;font-weight:800;line-height:1.15;margin-top:2px';
				title.textContent = viewTitle;
				band.append(top, title);
				const embed = document.querySelector('.embed');
				embed.style.gridTemplateRows = 'auto minmax(0, 1fr) auto';
				embed.prepend(band);
				document.querySelector('.embed-diagram').style.padding = '4px 20px 12px';
			},
			{ site: SITE, diagramTitle, viewTitle }
		);
		await page.addStyleTag({ content: '.token { display: none }' });
		await page.waitForTimeout(400);
		const file = `${lang}-${diagram}-${view}.png`;
		await page.screenshot({ path: `static/og/${file}` });
		const svg = readFileSync(`${snapshots}/${id}-0-${FORMAT[lang]}.svg`, 'utf8');
		manifest[file] = ogHash(svg, SITE, label);
		console.log(file);
	}
}
// The landing page and the galleries: the comparison view under the site's name and tagline.
for (const lang of ['en', 'ko']) {
	await page.goto(`${origin}/${lang}/`);
	const tagline = await page.locator('meta[name="description"]').getAttribute('content');
	await page.goto(`${origin}/embed/${lang}/virtualization/compare/?controls=0&theme=light`);
	await page.waitForSelector('svg[data-diagram]');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.evaluate(
		({ site, tagline }) => {
			const band = document.createElement('header');
			band.style.cssText =
				'padding:16px 24px 4px;font-family:system-ui,"Noto Sans KR","Noto Sans CJK KR",sans-serif;color:#1b2430';
			const title = document.createElement('div');
			title.style.cssText = 'font-size:29px;font-weight:800;line-height:1.15';
			title.textContent = site;
			const sub = document.createElement('div');
			sub.style.cssText = 'font-size:16px;color:#525e6d;font-weight:600;margin-top:4px';
			sub.textContent = tagline;
			band.append(title, sub);
			const embed = document.querySelector('.embed');
			embed.style.gridTemplateRows = 'auto minmax(0, 1fr) auto';
			embed.prepend(band);
			document.querySelector('.embed-diagram').style.padding = '4px 20px 12px';
		},
		{ site: SITE, tagline }
	);
	await page.waitForTimeout(400);
	await page.screenshot({ path: `static/og/${lang}-site.png` });
	console.log(`${lang}-site.png`);
}
await browser.close();
writeFileSync('static/og/manifest.json', JSON.stringify(manifest, null, '\t') + '\n');
