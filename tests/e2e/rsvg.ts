/**
 * Drawing an exported SVG with rsvg-convert (librsvg, as slide tools and image converters do) and
 * checking where text is drawn: shared by export-raster.spec.ts and export-slide.spec.ts.
 * rsvg-convert comes from scripts/ensure-rsvg.mjs (npm run test:e2e).
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'atlas-rsvg-'));

/** The PNG rsvg-convert draws of `svg` (kept as `<name>.png` in a temporary folder to look at). */
export function rsvg(svg: string, name: string): Buffer {
	const file = join(dir, `${name}.svg`);
	writeFileSync(file, svg);
	execFileSync('rsvg-convert', ['-o', join(dir, `${name}.png`), file]);
	return readFileSync(join(dir, `${name}.png`));
}

export type Box = { what: string; x: number; y: number; w: number; h: number };

/**
 * For each box, the share of its pixels that are clearly darker in `withText` than in `without`
 * (the same drawing with its text removed; light theme, so text is dark): a label that is drawn
 * has ink in its box, one painted over or dropped has none.
 */
export function inkShares(
	page: Page,
	withText: Buffer,
	without: Buffer,
	boxes: Box[]
): Promise<{ what: string; share: number }[]> {
	return page.evaluate(
		async ({ a, b, boxes }) => {
			const pixels = async (png: string) => {
				const img = new Image();
				img.src = `data:image/png;base64,${png}`;
				await img.decode();
				const c = document.createElement('canvas');
				c.width = img.width;
				c.height = img.height;
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				return ctx.getImageData(0, 0, c.width, c.height);
			};
			const [pa, pb] = [await pixels(a), await pixels(b)];
			const lum = (d: Uint8ClampedArray, i: number) =>
				0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2];
			return boxes.map((box) => {
				let dark = 0;
				for (let y = box.y; y < box.y + box.h; y++)
					for (let x = box.x; x < box.x + box.w; x++) {
						if (x < 0 || y < 0 || x >= pa.width || y >= pa.height) continue;
						const i = (y * pa.width + x) * 4;
						if (lum(pb.data, i) - lum(pa.data, i) > 40) dark++;
					}
				return { what: box.what, share: dark / Math.max(1, box.w * box.h) };
			});
		},
		{ a: withText.toString('base64'), b: without.toString('base64'), boxes }
	);
}
