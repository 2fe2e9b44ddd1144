// Takes screenshots of views for a person to look at (not a test): every URL given (or every view
// of every diagram in the build) × ko/en × light/dark × screen sizes, plus presentation mode.
// Needs a running server (npm run serve) and a Chromium. Output: screenshots/, and one contact
// sheet per size and theme (screenshots/sheet-…png, needs ImageMagick's `montage`) to look at all
// views together.
// Usage: node scripts/screenshots.mjs [path-with-query …]
//   SIZES=1366x768,1440x900,1920x1080,390x844,360x740 (default)   EMBED=480x270 (embed sizes)
//   PRESENT=1920x1080,1024x768 (sizes to press f at)   SCHEMES=light,dark   LANGS=en,ko
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const origin = process.env.ORIGIN ?? 'http://localhost:5178';
const list = (v, d) => (v ?? d).split(',').filter(Boolean);
const size = (s) => s.split('x').map(Number);
// Every view in the build, by its explicit path `{diagram}/{view}/`: the embed tree lists each
// view once (a diagram's bare path is a page, not an embed: /embed/{lang}/{diagram}/ is a 404).
const everyView = () =>
	readdirSync('build/embed/en', { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) =>
			readdirSync(`build/embed/en/${d.name}`, { withFileTypes: true })
				.filter((v) => v.isDirectory())
				.map((v) => `${d.name}/${v.name}/`)
		);
// A page is ready once it has hydrated (the root layout sets data-hydrated, as the e2e helpers
// read it) and the URL state is restored; a fixed wait caught pages half-drawn on a busy machine.
const hydrated = (page) =>
	page
		.waitForFunction(
			() => {
				const html = document.documentElement;
				return (
					!!document.querySelector('svg[data-diagram] [data-node]') &&
					html.hasAttribute('data-hydrated') &&
					!html.classList.contains('restoring')
				);
			},
			null,
			{ timeout: 15000 }
		)
		.catch(() => console.log('  (not hydrated: shot as it is)'));
const paths = process.argv.slice(2);
const targets = paths.length ? paths : everyView();
const sizes = list(process.env.SIZES, '1366x768,1440x900,1920x1080,390x844,360x740');
const embeds = list(process.env.EMBED, '480x270');
const present = list(process.env.PRESENT, '1920x1080,1024x768');
const schemes = list(process.env.SCHEMES, 'light,dark');
const langs = list(process.env.LANGS, 'en,ko');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: findChromium().path,
	args: ['--disable-gpu']
});
const jobs = [
	...sizes.map((s) => ({ s, kind: 'page' })),
	...embeds.map((s) => ({ s, kind: 'embed' })),
	...present.map((s) => ({ s, kind: 'present' }))
];
for (const { s, kind } of jobs)
	for (const colorScheme of schemes) {
		const [width, height] = size(s);
		const page = await browser.newPage({ viewport: { width, height }, colorScheme });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const shots = [];
		for (const lang of langs)
			for (const t of targets) {
				await page.goto(`${origin}/${kind === 'embed' ? 'embed/' : ''}${lang}/${t}`);
				await hydrated(page);
				await page.waitForTimeout(200);
				if (kind === 'present') {
					await page.keyboard.press('f');
					await page
						.waitForFunction(() => !!document.fullscreenElement, null, { timeout: 5000 })
						.catch(() => console.log('  (no fullscreen)'));
					await page.waitForTimeout(400);
				}
				const name = `${kind}-${s}-${colorScheme}-${lang}-${t.replace(/[/?&=]+/g, '_')}.png`;
				await page.screenshot({ path: `screenshots/${name}` });
				shots.push(`screenshots/${name}`);
				console.log(name);
			}
		await page.close();
		// Each shot is shrunk as it is read (`file.png[260x]`): ImageMagick's policy caps memory at
		// 256 MiB here, and sixty full-size shots (Q16, four channels) came close to it.
		const cell = Math.round(width / (width > 1000 ? 3 : 1.5));
		try {
			execFileSync('montage', [
				...shots.map((f) => `${f}[${cell}x]`),
				'-tile',
				`${Math.min(4, shots.length)}x`,
				'-geometry',
				`${cell}x+4+4`,
				`screenshots/sheet-${kind}-${s}-${colorScheme}.png`
			]);
		} catch (e) {
			// No ImageMagick (or a sheet past its limits): the single screenshots are still there.
			console.log(`no contact sheet for ${kind} ${s} ${colorScheme}: ${e.message.split('\n')[0]}`);
		}
	}
await browser.close();
