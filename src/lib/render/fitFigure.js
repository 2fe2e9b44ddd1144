// Before the first paint: the figure's width as render/pageFit.svelte.ts's `fittedWidth`, and on
// phones the diagram's height. Its numbers come from the script's data-metrics (PAGE_METRICS, in
// metricsAttribute's order): the CSP hash covers the script's text, not its attributes. Where the
// wide drawing would be narrower than its type floor (data-floor), the page draws the compact
// one once mounted (PageFit's `compact`): the <svg> takes its aspect (data-compact) now.
(function () {
	var data = document.currentScript ? document.currentScript.dataset : {};
	var narrow = data.narrow;
	var compact = data.compact;
	var floor = Number(data.floor) || 0;
	var m = (data.metrics || '').split(' ').map(Number);
	var frame = m[0],
		bottom = m[1],
		minHeight = m[2],
		narrowMax = m[3];
	if (m.length < 4) return;
	document.documentElement.classList.remove('fitting');
	var fig = document.getElementById('diagram');
	var svg = /** @type {SVGSVGElement | null} */ (fig && fig.querySelector('svg.diagram'));
	var stage = fig && fig.parentElement;
	if (!fig || !svg || !stage) return;
	// Phones: the app draws the narrow format once mounted, the prerendered page is the wide one.
	// The <svg> takes the narrow drawing's aspect (this script's data-narrow) now, the wide
	// drawing sits in it until then, and the switch moves nothing; DiagramPage removes it.
	if (matchMedia('(max-width: ' + narrowMax + 'px)').matches) {
		if (narrow) svg.style.aspectRatio = narrow;
		return;
	}
	var vb = svg.viewBox.baseVal;
	var slot = fig.querySelector('.diagram-slot');
	var caption = fig.querySelector('figcaption');
	if (!vb || !vb.width || !vb.height || !slot || !caption) return;
	var c = (compact || '').split(' / ').map(Number);
	// Twice: a narrower figure can wrap the caption onto another line.
	for (var i = 0; i < 2; i++) {
		var top = slot.getBoundingClientRect().top + scrollY;
		var room = Math.max(minHeight, innerHeight - top - caption.clientHeight - bottom);
		var most = stage.clientWidth - frame;
		var w = Math.floor(Math.min(most, (room * vb.width) / vb.height));
		var small = c.length === 2 && c[1] > 0 && w < floor;
		if (small) w = Math.floor(Math.min(most, (room * c[0]) / c[1]));
		svg.style.aspectRatio = (small && compact) || '';
		fig.style.width = w + frame + 'px';
		fig.classList.add('fitted');
	}
})();
