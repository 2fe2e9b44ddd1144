/**
 * camera.cameraTransform: the CSS transform that makes an <svg> showing viewBox `view` look as if
 * it showed `camera`. The oracle is written here from the SVG and CSS rules, not from camera.ts:
 * preserveAspectRatio's default (xMidYMid meet) scales a viewBox uniformly to fit the box and
 * centres it; a CSS transform's default origin is the box's centre.
 */
import { describe, expect, it } from 'vitest';
import { cameraTransform } from '../../src/lib/render/camera';
import type { Rect } from '../../src/lib/layout/geometry';

type Pt = [number, number];

/** Where user point p of viewBox v is drawn in a W × H box (xMidYMid meet). */
function fit(v: Rect, W: number, H: number, [x, y]: Pt): Pt {
	const s = Math.min(W / v.w, H / v.h);
	return [(W - v.w * s) / 2 + (x - v.x) * s, (H - v.h * s) / 2 + (y - v.y) * s];
}

/** Applies `translate(dx px, dy px) scale(m)` about the box's centre to a box point. */
function apply(transform: string, W: number, H: number, [x, y]: Pt): Pt {
	const m = transform.match(/^translate\((\S+)px, (\S+)px\) scale\((\S+)\)$/);
	if (!m) throw new Error(`unexpected transform ${transform}`);
	const [dx, dy, k] = m.slice(1).map(Number);
	const [cx, cy] = [W / 2, H / 2];
	return [cx + dx + k * (x - cx), cy + dy + k * (y - cy)];
}

const cases: { name: string; camera: Rect; view: Rect; W: number; H: number }[] = [
	{
		name: 'same aspect, camera zoomed out and shifted',
		camera: { x: -100, y: -50, w: 1200, h: 600 },
		view: { x: 0, y: 0, w: 800, h: 400 },
		W: 960,
		H: 480
	},
	{
		name: 'a tall view in a wide box (letterboxed sideways)',
		camera: { x: 0, y: 0, w: 1000, h: 500 },
		view: { x: 200, y: 40, w: 300, h: 700 },
		W: 1000,
		H: 560
	},
	{
		name: 'a wide camera over a tall view in a phone-shaped box',
		camera: { x: 30, y: 10, w: 1400, h: 500 },
		view: { x: 0, y: 0, w: 360, h: 900 },
		W: 390,
		H: 844
	}
];

describe('cameraTransform', () => {
	it.each(cases)('$name: every point lands where the camera’s viewBox would draw it', (c) => {
		const t = cameraTransform(c.camera, c.view, c.W, c.H);
		const points: Pt[] = [
			[c.view.x, c.view.y],
			[c.view.x + c.view.w, c.view.y + c.view.h],
			[c.camera.x + c.camera.w / 3, c.camera.y + (2 * c.camera.h) / 3],
			[123.4, -56.7]
		];
		for (const p of points) {
			const [x, y] = apply(t, c.W, c.H, fit(c.view, c.W, c.H, p));
			const [ex, ey] = fit(c.camera, c.W, c.H, p);
			expect(x, `x of (${p})`).toBeCloseTo(ex, 6);
			expect(y, `y of (${p})`).toBeCloseTo(ey, 6);
		}
	});

	it('is the identity when the camera shows the view', () => {
		const view = { x: 12, y: -8, w: 640, h: 360 };
		const [x, y] = apply(cameraTransform({ ...view }, view, 800, 600), 800, 600, [100, 200]);
		expect(x).toBeCloseTo(100, 9);
		expect(y).toBeCloseTo(200, 9);
	});
});
