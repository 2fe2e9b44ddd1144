// 404.html is plain HTML in English; under /ko/ this switches it to Korean (language, title,
// heading, text, Korean list first). It is a file rather than an inline script so that the page's
// CSP need not list it. Outside the base path it changes nothing.
(function () {
	var script = document.currentScript;
	var base = script.getAttribute('data-base') || '';
	var path = location.pathname;
	if (path.slice(0, base.length) !== base || path.slice(base.length).split('/')[1] !== 'ko') return;
	document.documentElement.lang = 'ko';
	document.title = script.getAttribute('data-title-ko');
	document.querySelectorAll('[data-ko]').forEach(function (el) {
		el.textContent = el.getAttribute('data-ko');
	});
	var lists = document.querySelector('[data-view-lists]');
	var ko = lists && lists.querySelector('[lang="ko"]');
	if (ko) lists.insertBefore(ko, lists.firstChild);
})();
