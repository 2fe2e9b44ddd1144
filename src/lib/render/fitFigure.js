// Before the first paint: the figure's width as render/pageFit.svelte.ts's `fittedWidth`, and on
// phones the diagram's height. Its numbers come from the script's data-metrics (PAGE_METRICS, in
// metricsAttribute's order): the CSP hash covers the script's text, not its attributes.
(function () {
	var data = document.currentScript ? document.currentScript.dataset : {};
	var narrow = data.narrow;
	var m = (data.metrics || '').split(' ').map(Number);
	var panel = m[0],
		gap = m[1],
		frame = m[2],
		bottom = m[3],
		minHeight = m[4],
		narrowMax = m[5],
		sideMin = m[6];
	if (m.length < 7) return;
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
	var side = matchMedia('(min-width: ' + sideMin + 'px)').matches ? panel + gap : 0;
	// Twice: a narrower figure can wrap the caption onto another line.
	for (var i = 0; i < 2; i++) {
		var top = slot.getBoundingClientRect().top + scrollY;
		var room = Math.max(minHeight, innerHeight - top - caption.clientHeight - bottom);
		var w = Math.floor(Math.min(stage.clientWidth - side - frame, (room * vb.width) / vb.height));
		fig.style.width = w + frame + 'px';
		fig.classList.add('fitted');
	}
})();
