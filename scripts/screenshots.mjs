// Takes screenshots of views for a person to look at (not a test): every URL given (or a default
// set) × ko/en × light/dark × 390/1920 px. Needs a running server (npm run serve) and a Chromium.
// Usage: node scripts/screenshots.mjs [path-with-query …]   Output: screenshots/
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const origin = process.env.ORIGIN ?? 'http://localhost:5178';
const paths = process.argv.slice(2);
const targets = paths.length
	? paths
	: [
			'virtualization/',
			'virtualization/hosted/?step=4',
			'virtualization/container/?step=5&node=ctr-kernel'
		];
const widths = (process.env.WIDTHS ?? '390,1920').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const langs = (process.env.LANGS ?? 'en,ko').split(',');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: findChromium().path,
	args: ['--disable-gpu']
});
for (const width of widths)
	for (const colorScheme of schemes) {
		const page = await browser.newPage({
			viewport: { width, height: width < 600 ? 844 : 1080 },
			colorScheme
		});
		for (const lang of langs)
			for (const t of targets) {
				await page.goto(`${origin}/${lang}/${t}`);
				await page.waitForTimeout(1200);
				const name = `${lang}-${t.replace(/[/?&=]+/g, '_')}-${width}-${colorScheme}.png`;
				await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
				console.log(name);
			}
		await page.close();
	}
await browser.close();
