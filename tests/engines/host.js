// The engine suite's host page: embeds the view named by ?src= and keeps every message the embed
// sends, so a test can read them back; window.send() sends a command (docs/embedding.md).
const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('atlas'));
/** @type {Record<string, unknown>[]} */
const events = [];
Object.assign(window, {
	events,
	/** @param {Record<string, unknown>} message */
	send: (message) =>
		frame.contentWindow?.postMessage({ type: 'container-atlas', version: 1, ...message }, '*')
});
addEventListener('message', (event) => {
	if (event.source !== frame.contentWindow || event.data?.type !== 'container-atlas') return;
	events.push(event.data);
});
frame.src = new URL(location.href).searchParams.get('src') ?? '';
