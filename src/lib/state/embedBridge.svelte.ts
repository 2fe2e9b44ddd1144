/**
 * The embed's side of the postMessage protocol: listens to its parent window only, turns commands
 * into state changes, and tells the host about readiness, state changes, unused keys and the height
 * the content would like. Commands that name something unknown are answered with an `error` event.
 */
import {
	envelope,
	parseHostMessage,
	type EmbedEvent,
	type EmbedState,
	type HostCommand
} from './embed';

export interface BridgeActions {
	state: () => EmbedState;
	next: () => void;
	prev: () => void;
	goto: (cmd: Extract<HostCommand, { command: 'goto' }>) => string | null;
	setTheme: (theme: Extract<HostCommand, { command: 'setTheme' }>['theme']) => void;
}

export class EmbedBridge {
	#actions: BridgeActions;
	#lastHeight = 0;

	constructor(actions: BridgeActions) {
		this.#actions = actions;
	}

	get framed(): boolean {
		return typeof window !== 'undefined' && window.parent !== window;
	}

	post(e: EmbedEvent): void {
		// State is not secret and the host's origin is unknown in advance, hence '*'.
		if (this.framed) window.parent.postMessage(envelope(e), '*');
	}

	/** Starts listening; returns the function that stops it. */
	listen(): () => void {
		const onMessage = (event: MessageEvent) => {
			if (event.source !== window.parent || window.parent === window) return;
			const cmd = parseHostMessage(event.data);
			if (!cmd) return;
			const a = this.#actions;
			if (cmd.command === 'next') a.next();
			else if (cmd.command === 'prev') a.prev();
			else if (cmd.command === 'setTheme') a.setTheme(cmd.theme);
			else if (cmd.command === 'getState') this.post({ event: 'state', id: cmd.id, ...a.state() });
			else if (cmd.command === 'goto') {
				const problem = a.goto(cmd);
				if (problem) this.post({ event: 'error', message: problem, id: cmd.id });
			}
		};
		window.addEventListener('message', onMessage);
		return () => window.removeEventListener('message', onMessage);
	}

	forwardKey(e: KeyboardEvent): void {
		const { key, code, shiftKey, altKey, ctrlKey, metaKey } = e;
		this.post({ event: 'keydown', key, code, shiftKey, altKey, ctrlKey, metaKey });
	}

	/** Reports the height the content wants at the current width, when it changes by a pixel or more. */
	reportHeight(height: number): void {
		const h = Math.ceil(height);
		if (Math.abs(h - this.#lastHeight) < 1) return;
		this.#lastHeight = h;
		this.post({ event: 'resize', height: h });
	}
}
