/**
 * A desktop diagram page does not move when it hydrates: the prerendered figure is fitted before
 * the first paint by render/fitFigure.js with DiagramPage's own numbers, so the size the app
 * computes afterwards is the size it already has. If the two drift apart (a constant changed on
 * one side only), the caption and the keys line jump and this fails.
 */
import { test, expect } from '@playwright/test';
import { DIAGRAMS, LANGS, gotoDiagram } from './helpers';

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
];

for (const viewport of SIZES)
	test(`${viewport.width}×${viewport.height}: no layout shift while a diagram page loads and hydrates`, async ({
		browser
	}) => {
		const page = await browser.newPage({ viewport });
		// Shifts are collected from the first byte on; takeRecords() hands over any the observer
		// has not delivered yet, so nothing is read before it is counted.
		await page.addInitScript(() => {
			const shift = { sum: 0, take: () => shift.sum };
			const add = (entries: PerformanceEntryList) => {
				for (const e of entries as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[])
					if (!e.hadRecentInput) shift.sum += e.value;
			};
			const observer = new PerformanceObserver((list) => add(list.getEntries()));
			observer.observe({ type: 'layout-shift', buffered: true });
			shift.take = () => (add(observer.takeRecords()), shift.sum);
			(window as unknown as { __shift: typeof shift }).__shift = shift;
		});
		const shifts: string[] = [];
		for (const lang of LANGS)
			for (const def of DIAGRAMS) {
				const path = `/${lang}/${def.id}/`;
				await gotoDiagram(page, path);
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				);
				const total = await page.evaluate(() =>
					(window as unknown as { __shift: { take: () => number } }).__shift.take()
				);
				// 0.01: the header's links settle by a fraction of a pixel when search hydrates.
				if (total > 0.01) shifts.push(`${path}: ${total.toFixed(3)}`);
			}
		expect(shifts, `layout shift on load:\n${shifts.join('\n')}`).toEqual([]);
		await page.close();
	});
