/**
 * Presenting a diagram page: full screen with large type and the narration as captions. Leaving
 * full screen (Escape, the browser's own controls) ends it. Full screen can be refused (no user
 * gesture, or inside a frame): the large view still works.
 */
export class Presenter {
	on = $state(false);
	#stage: () => HTMLElement | undefined;

	/** `stage`: the element shown full screen. Construct while a component initialises. */
	constructor(stage: () => HTMLElement | undefined) {
		this.#stage = stage;
		$effect(() => {
			const onChange = () => {
				if (!document.fullscreenElement && this.on) this.on = false;
			};
			document.addEventListener('fullscreenchange', onChange);
			return () => document.removeEventListener('fullscreenchange', onChange);
		});
	}

	async present(on = !this.on): Promise<void> {
		this.on = on;
		try {
			if (on && !document.fullscreenElement) await this.#stage()?.requestFullscreen?.();
			if (!on && document.fullscreenElement) await document.exitFullscreen();
		} catch {
			// Refused: presenting goes on in the window.
		}
	}
}
