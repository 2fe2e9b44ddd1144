// The print handout page is plain HTML without the app (its +page.server.ts: csr = false), so
// its print button is wired here. A file rather than an inline script, so the page's CSP need
// not list it.
document.querySelectorAll('[data-print-button]').forEach(function (button) {
	button.addEventListener('click', function () {
		window.print();
	});
});
