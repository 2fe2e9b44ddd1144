/**
 * The view tabs are one row that scrolls sideways on a phone (page.css): the current view's tab
 * could sit off-screen (x = 1244 px on a 390 px screen for networking/choose). This attachment
 * scrolls the row, and only the row, to centre the current tab: on load and whenever the current
 * tab changes (a view change keeps the page, and the row).
 */
export function currentTabInView(row: HTMLElement): () => void {
	const show = () => {
		const tab = row.querySelector('[aria-current="page"]');
		if (!tab || row.scrollWidth <= row.clientWidth) return;
		const r = row.getBoundingClientRect();
		const t = tab.getBoundingClientRect();
		row.scrollLeft += t.left + t.width / 2 - (r.left + r.width / 2);
	};
	show();
	const watch = new MutationObserver(show);
	watch.observe(row, { subtree: true, attributeFilter: ['aria-current'] });
	return () => watch.disconnect();
}
