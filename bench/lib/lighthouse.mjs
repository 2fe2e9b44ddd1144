// Optional (`--lighthouse`): Lighthouse 12.2.3 (the last major that runs on Node 20), mobile preset,
// performance only, one run per page in its own Chromium. Heavy (≈ 15 s a page), so off by default.
export async function lighthouseRuns(urls, chromePath) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const out = [];
	for (const url of urls) {
		const chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic']
		});
		try {
			const { lhr } = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const a = (id) => lhr.audits[id]?.numericValue ?? null;
			const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
			out.push({
				url,
				score:
					lhr.categories.performance.score === null ? null : lhr.categories.performance.score * 100,
				fcp: a('first-contentful-paint'),
				lcp: a('largest-contentful-paint'),
				tbt: a('total-blocking-time'),
				cls: a('cumulative-layout-shift'),
				si: a('speed-index'),
				shifted: shifts
					.map((s) => s.node?.selector)
					.filter(Boolean)
					.slice(0, 3)
			});
		} catch (err) {
			out.push({ url, error: String(err.message ?? err) });
		} finally {
			await chrome.kill();
		}
	}
	return out;
}
