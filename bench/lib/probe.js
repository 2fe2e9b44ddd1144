// Runs inside every page the bench opens, before the page's own scripts (Playwright's init script;
// it also runs on the no-JS floor, where the page itself has no script). Plain browser JS.
//   __bench.longtasks / events       PerformanceObserver entries (longtask; event timing ≥ 16 ms)
//   __bench.cls                      layout shifts so far, summed (without recent input)
//   __bench.diagramPainted           ms since navigation start when the frame that first shows
//                                    the diagram (selector, laid out, not hidden) has been painted
//   __bench.armPanel(sel) / .pending click → panel: the click event → after the frame showing `sel`
//   __bench.startFrames() / stopFrames(quiet, max)
//                                    every animation frame from a click until the DOM is quiet
//                                    and no CSS transition or animation runs
// "After the frame has been painted" is the usual approximation: a requestAnimationFrame callback
// runs just before the frame's style, layout and paint; a message posted from it is handled right
// after them, when the main thread is free again.
/* eslint-disable no-undef */
(function install(diagramSelector) {
	const b = (window.__bench = {
		longtasks: [],
		events: [],
		cls: 0,
		diagramPainted: null,
		pending: null,
		frames: null
	});
	const afterPaint = () =>
		new Promise((resolve) =>
			requestAnimationFrame(() => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => resolve(performance.now());
				ch.port2.postMessage(0);
			})
		);
	const afterThisFrame = () =>
		new Promise((resolve) => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => resolve(performance.now());
			ch.port2.postMessage(0);
		});
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, dur: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no long task API: the bench then reports none
	}
	try {
		// Cumulative layout shift (as Lighthouse sums it for a load: shifts without recent input).
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {
		// no layout instability API
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (e.interactionId)
					b.events.push({ name: e.name, id: e.interactionId, start: e.startTime, dur: e.duration });
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {
		// no event timing
	}
	const shown = (el) => {
		if (!el || document.documentElement.classList.contains('restoring')) return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
	};
	const watch = () => {
		if (shown(document.querySelector(diagramSelector)))
			afterThisFrame().then((t) => (b.diagramPainted = t));
		else requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);

	b.armPanel = (sel) => {
		let t0;
		addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
		b.pending = new Promise((resolve) => {
			const check = () => {
				if (t0 !== undefined && shown(document.querySelector(sel)))
					afterThisFrame().then((t) => {
						// A window for the profile to look at (it shows in the trace as user timing).
						performance.measure('bench:click', { start: t0, end: t });
						resolve(t - t0);
					});
				else requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		});
	};

	b.startFrames = () => {
		const f = { times: [], t0: null, lastMutation: 0, stopped: false };
		addEventListener('click', (e) => (f.t0 = e.timeStamp), { capture: true, once: true });
		f.mo = new MutationObserver(() => (f.lastMutation = performance.now()));
		f.mo.observe(document.documentElement, {
			subtree: true,
			attributes: true,
			childList: true,
			characterData: true
		});
		// CSS transitions (highlight, dimming) change no DOM: they count as busy while running.
		const loop = (t) => {
			f.times.push(t);
			if (document.getAnimations().some((a) => a.playState === 'running'))
				f.lastMutation = Math.max(f.lastMutation, t);
			if (!f.stopped) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		b.frames = f;
	};
	b.stopFrames = async (quiet, max) => {
		const f = b.frames;
		for (;;) {
			await afterPaint();
			const now = performance.now();
			const started = f.t0 ?? now;
			if (f.lastMutation > started && now - f.lastMutation > quiet) break;
			if (now - started > max) break;
		}
		f.stopped = true;
		f.mo.disconnect();
		const end = f.lastMutation;
		// Frames that overlap [click, last mutation]: the one the click landed in counts too.
		const first = Math.max(
			0,
			f.times.findIndex((t) => t > f.t0)
		);
		const times = f.times
			.slice(Math.max(0, first - 1))
			.filter((t, i, a) => i === 0 || a[i - 1] <= end);
		const deltas = times.slice(1).map((t, i) => t - times[i]);
		const longtasks = b.longtasks.filter((l) => l.start + l.dur > f.t0 && l.start < end + 50);
		// A window for the profile (user timing in the trace): click → the last change.
		if (f.t0 !== null && end > f.t0) performance.measure('bench:frames', { start: f.t0, end });
		return { deltas, duration: end - f.t0, longtasks };
	};
	b.afterPaint = afterPaint;
})(__BENCH_SELECTOR__);
