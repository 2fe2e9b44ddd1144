// What an Open Graph image is drawn from, as one hash: the overview's SVG snapshot and the texts
// of its band (site name; "diagram title — view title"). Shared by scripts/og-images.mjs and the
// unit test that fails while an image is stale.
import { createHash } from 'node:crypto';

/** @param {string} svg @param {string} site @param {string} label */
export function ogHash(svg, site, label) {
	return createHash('sha256').update(`${site}\n${label}\n${svg}`).digest('hex');
}
