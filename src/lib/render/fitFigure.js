// Before the first paint: the figure's width as DiagramPage's `diagramWidth` (same numbers), and
// on phones the diagram's height.
(function () {
	var narrow = document.currentScript && document.currentScript.dataset.narrow;
	document.documentElement.classList.remove('fitting');
	var fig = document.getElementById('diagram');
	var svg = /** @type {SVGSVGElement | null} */ (fig && fig.querySelector('svg.diagram'));
	var stage = fig && fig.parentElement;
	if (!fig || !svg || !stage) return;
	// Phones: the app draws the narrow format once mounted, the prerendered page is the wide one.
	// The <svg> takes the narrow drawing's aspect (this script's data-narrow) now, the wide
	// drawing sits in it until then, and the switch moves nothing; DiagramPage removes it.
	if (matchMedia('(max-width: 640px)').matches) {
		if (narrow) svg.style.aspectRatio = narrow;
		return;
	}
	var vb = svg.viewBox.baseVal;
	var slot = fig.querySelector('.diagram-slot');
	var caption = fig.querySelector('figcaption');
	if (!vb || !vb.width || !vb.height || !slot || !caption) return;
	var side = matchMedia('(min-width: 900px)').matches ? 340 + 16 : 0;
	// Twice: a narrower figure can wrap the caption onto another line.
	for (var i = 0; i < 2; i++) {
		var top = slot.getBoundingClientRect().top + scrollY;
		var room = Math.max(240, innerHeight - top - caption.clientHeight - 14);
		var w = Math.floor(Math.min(stage.clientWidth - side - 18, (room * vb.width) / vb.height));
		fig.style.width = w + 18 + 'px';
		fig.classList.add('fitted');
	}
})();
