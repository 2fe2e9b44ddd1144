// @ts-check
/**
 * Container Atlas × reveal.js: lets deck fragments drive diagram steps in embedded views, and keeps
 * the deck's keyboard working after someone clicks into a diagram.
 *
 *   <section>
 *     <iframe class="atlas" data-src="https://…/embed/en/runtime/docker-run/?controls=0" …></iframe>
 *     <span class="fragment" data-atlas-step="2"></span>
 *     <span class="fragment" data-atlas-step="3"></span>
 *   </section>
 *   <script src="https://…/atlas-reveal.js"></script>
 *   Reveal.initialize({ plugins: [AtlasReveal] });
 *
 * A slide's iframe shows `data-atlas-start` (default 1) until a fragment with data-atlas-step is
 * shown; then the step of the last shown such fragment. A fragment with `data-atlas-predict="N"`
 * (put it before step N's) asks step N's prediction while the step before it shows; the next
 * fragment, step N's, reveals it (issue 25; frames with `predict=off` just show step N). Frames get `slide=1` (large type for a
 * projector, less detail, no controls) unless their URL sets `slide` itself, and a note opened in
 * a diagram closes whenever the deck moves. Protocol: see docs/embedding.md (v1).
 */
(function () {
	const TYPE = 'container-atlas';

	/** @param {any} deck */
	function init(deck) {
		/** @param {Element} slide */
		const framesOf = (slide) =>
			/** @type {HTMLIFrameElement[]} */ ([...slide.querySelectorAll('iframe.atlas')]);

		// Slide use: reveal.js loads `data-src` lazily, so adding the parameter there is enough.
		for (const frame of framesOf(deck.getRevealElement())) {
			for (const attr of ['data-src', 'src']) {
				const value = frame.getAttribute(attr);
				if (!value || value === 'about:blank') continue;
				try {
					const url = new URL(value, location.href);
					if (!url.searchParams.has('slide')) url.searchParams.set('slide', '1');
					frame.setAttribute(attr, url.href);
				} catch {
					// Not a URL we can read: leave it as the author wrote it.
				}
			}
		}

		/**
		 * What a slide's diagram should show, from its visible fragments: a step, and whether its
		 * prediction is asked first (the last visible fragment is a prediction's).
		 */
		function stepFor(/** @type {Element} */ slide, /** @type {HTMLIFrameElement} */ frame) {
			let step = Number(frame.dataset.atlasStart || 1);
			let predict = false;
			for (const f of slide.querySelectorAll(
				'.fragment.visible[data-atlas-step], .fragment.visible[data-atlas-predict]'
			)) {
				const { atlasStep, atlasPredict } = /** @type {HTMLElement} */ (f).dataset;
				predict = atlasPredict !== undefined;
				step = Number(predict ? atlasPredict : atlasStep) || step;
			}
			return predict ? { step, predict } : { step };
		}

		/** @param {HTMLIFrameElement} frame @param {object} message */
		function send(frame, message) {
			frame.contentWindow?.postMessage({ type: TYPE, version: 1, ...message }, '*');
		}

		/** Every move of the deck sets the step and closes an open note (`node: null`). */
		function sync(/** @type {any} */ event) {
			const previous = event?.previousSlide;
			if (previous)
				for (const frame of framesOf(previous)) send(frame, { command: 'goto', node: null });
			const slide = deck.getCurrentSlide();
			if (!slide) return;
			for (const frame of framesOf(slide))
				send(frame, { command: 'goto', ...stepFor(slide, frame), node: null });
		}

		/** Keys the diagram did not use, replayed on the deck. */
		const KEYS = /** @type {Record<string, () => void>} */ ({
			ArrowRight: () => deck.next(),
			ArrowDown: () => deck.next(),
			PageDown: () => deck.next(),
			' ': () => deck.next(),
			n: () => deck.next(),
			ArrowLeft: () => deck.prev(),
			ArrowUp: () => deck.prev(),
			PageUp: () => deck.prev(),
			p: () => deck.prev(),
			Home: () => deck.slide(0),
			End: () => deck.slide(Number.MAX_VALUE),
			o: () => deck.toggleOverview(),
			Escape: () => deck.getRevealElement().focus?.()
		});

		window.addEventListener('message', (event) => {
			const data = event.data;
			if (!data || data.type !== TYPE) return;
			const frame = [...document.querySelectorAll('iframe.atlas')].find(
				(f) => /** @type {HTMLIFrameElement} */ (f).contentWindow === event.source
			);
			if (!frame) return;
			if (data.event === 'ready') {
				const slide = frame.closest('section');
				if (slide)
					send(/** @type {HTMLIFrameElement} */ (frame), {
						command: 'goto',
						...stepFor(slide, /** @type {HTMLIFrameElement} */ (frame))
					});
			} else if (data.event === 'keydown' && typeof data.key === 'string' && KEYS[data.key]) {
				// The diagram had focus: take it back so the deck's own keys work from now on.
				/** @type {HTMLIFrameElement} */ (frame).blur();
				window.focus();
				KEYS[data.key]();
			}
		});

		deck.on('fragmentshown', sync);
		deck.on('fragmenthidden', sync);
		deck.on('slidechanged', sync);
		deck.on('ready', sync);
	}

	// @ts-ignore — a global for decks that load this file with a plain <script>.
	window.AtlasReveal = { id: 'container-atlas', init };
})();
