/**
 * One small interface over the three engines, so that the smoke suite (smoke.ts) is written once:
 *   chromium  puppeteer-core over the DevTools protocol, the Chromium scripts/chromium.mjs finds;
 *   firefox   puppeteer-core over WebDriver BiDi, talking to Firefox ESR itself (no geckodriver);
 *   webkit    the `webdriver` client over classic WebDriver, attached to a WebKitWebDriver we start
 *             (nothing is downloaded), which starts WebKitGTK's MiniBrowser on an Xvfb display.
 * Scripts run in the page as the body of an async function of one JSON argument, in every engine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import WebDriver from 'webdriver';
import { findChromium } from '../../scripts/chromium.mjs';
import { findFirefox, findWebKit } from '../../scripts/engines.mjs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface EngineSession {
	readonly name: EngineName;
	readonly version: string;
	/** Opens `path` (on the suite's server) and waits for its load event. */
	goto(path: string): Promise<void>;
	/** Runs `body` as `async (arg) => { body }` in the page and returns its (JSON) result. */
	run<T = unknown>(body: string, arg?: unknown): Promise<T>;
	/** A real click (pointer events at the element's centre, scrolled into view). */
	click(selector: string): Promise<void>;
	/** Types into the element (focusing it first). */
	type(selector: string, text: string): Promise<void>;
	/** Presses Enter on whatever has focus. */
	pressEnter(): Promise<void>;
	/** Errors the protocol itself reported since the last call (WebKit's classic WebDriver has none). */
	takeProtocolErrors(): string[];
	close(): Promise<void>;
}

const VIEWPORT = { width: 1366, height: 768 };

/** Which engines can run here, and why not where they cannot. */
export function availability(name: EngineName): { ok: boolean; why: string } {
	const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
	if (!wanted.includes(name)) return { ok: false, why: `not in ENGINES=${process.env.ENGINES}` };
	const found =
		name === 'chromium' ? findChromium() : name === 'firefox' ? findFirefox() : findWebKit();
	return found
		? { ok: true, why: '' }
		: { ok: false, why: 'not installed (see scripts/ensure-engines.mjs)' };
}

export async function launch(name: EngineName, base: string): Promise<EngineSession> {
	return name === 'webkit' ? launchWebKit(base) : launchPuppeteer(name, base);
}

async function launchPuppeteer(name: 'chromium' | 'firefox', base: string): Promise<EngineSession> {
	let browser: Browser;
	if (name === 'chromium') {
		browser = await puppeteer.launch({
			browser: 'chrome',
			executablePath: findChromium()!.path,
			headless: true,
			defaultViewport: VIEWPORT,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking']
		});
	} else {
		browser = await puppeteer.launch({
			browser: 'firefox',
			protocol: 'webDriverBiDi',
			executablePath: findFirefox()!.path,
			headless: true,
			defaultViewport: VIEWPORT,
			// A headless window never has the system's focus, and without it Firefox fires no focus
			// event on a click (the search box loads on focus); this makes it behave as if focused.
			extraPrefsFirefox: { 'focusmanager.testmode': true }
		});
	}
	const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
	let errors: string[] = [];
	page.on('pageerror', (e) =>
		errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`)
	);
	page.on('console', (m) => {
		if (m.type() === 'error')
			errors.push(`console error: ${m.text()} (${m.location()?.url ?? ''})`);
	});
	return {
		name,
		version: await browser.version(),
		async goto(path) {
			await page.goto(base + path, { waitUntil: 'load' });
		},
		run: <T>(body: string, arg?: unknown) =>
			page.evaluate(`(async (arg) => { ${body} })(${JSON.stringify(arg ?? null)})`) as Promise<T>,
		async click(selector) {
			await page.click(selector);
		},
		async type(selector, text) {
			// Focused by a click, as a person would: a script's focus() in a window without
			// focus fires no focus event in Firefox.
			await page.click(selector);
			await page.keyboard.type(text);
		},
		async pressEnter() {
			await page.keyboard.press('Enter');
		},
		takeProtocolErrors() {
			const taken = errors;
			errors = [];
			return taken;
		},
		async close() {
			await browser.close();
		}
	};
}

/** A free TCP port on loopback, for the driver. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

async function startXvfb(xvfb: string): Promise<{ display: string; child: ChildProcess }> {
	// -displayfd: Xvfb picks a free display itself and writes its number when it is ready.
	const child = spawn(
		xvfb,
		['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		}
	);
	const display = await new Promise<string>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
		child.stdio[3]!.once('data', (d) => resolve(`:${String(d).trim()}`));
	});
	return { display, child };
}

async function launchWebKit(base: string): Promise<EngineSession> {
	const found = findWebKit()!;
	const children: ChildProcess[] = [];
	const stop = () => children.reverse().forEach((c) => c.kill());
	try {
		let display = process.env.DISPLAY;
		if (!display) {
			const x = await startXvfb(found.xvfb!);
			children.push(x.child);
			display = x.display;
		}
		const port = await freePort();
		const driver = spawn(found.driver, [`--port=${port}`], {
			env: { ...process.env, DISPLAY: display },
			stdio: 'ignore'
		});
		children.push(driver);
		const deadline = Date.now() + 20_000;
		for (;;) {
			try {
				if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
			} catch {
				if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start');
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		const client = await WebDriver.newSession({
			hostname: '127.0.0.1',
			port,
			logLevel: 'warn',
			capabilities: {
				// The WebKitGTK driver's own capability: which browser to start, in automation mode.
				'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] }
			} as WebdriverIO.Capabilities
		});
		await client.setTimeouts(undefined, 30_000, 30_000);
		const element = async (selector: string) => {
			const ref = (await client.findElement('css selector', selector)) as Record<string, string>;
			const id = ref['element-6066-11e4-a52e-4f735466cecf'];
			if (!id) throw new Error(`no element ${selector}`);
			return id;
		};
		// WebKitWebDriver's Element Click refuses SVG elements ("element not interactable"), so a
		// click is pointer input at the element's centre, as puppeteer's is.
		const click = async (selector: string) => {
			const at = (await client.executeScript(
				`const el = document.querySelector(arguments[0]);
				if (!el) return null;
				el.scrollIntoView({ block: 'center', inline: 'center' });
				const r = el.getBoundingClientRect();
				return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];`,
				[selector]
			)) as [number, number] | null;
			if (!at) throw new Error(`no element ${selector}`);
			await client.performActions([
				{
					type: 'pointer',
					id: 'mouse',
					parameters: { pointerType: 'mouse' },
					actions: [
						{ type: 'pointerMove', origin: 'viewport', x: at[0], y: at[1], duration: 0 },
						{ type: 'pointerDown', button: 0 },
						{ type: 'pointerUp', button: 0 }
					]
				}
			]);
			await client.releaseActions();
		};
		// The window, not the viewport: grow it until the viewport is the size the others use.
		await client.setWindowRect(0, 0, VIEWPORT.width, VIEWPORT.height);
		const inner = (await client.executeScript('return [innerWidth, innerHeight]', [])) as number[];
		await client.setWindowRect(0, 0, 2 * VIEWPORT.width - inner[0], 2 * VIEWPORT.height - inner[1]);
		return {
			name: 'webkit',
			version: `WebKitGTK ${client.capabilities.browserVersion ?? '?'}`,
			async goto(path) {
				await client.navigateTo(base + path);
			},
			async run<T>(body: string, arg?: unknown) {
				const result = (await client.executeAsyncScript(
					`const done = arguments[arguments.length - 1];
					(async (arg) => { ${body} })(arguments[0]).then(
						(value) => done({ value: value === undefined ? null : value }),
						(e) => done({ error: String((e && e.stack) || e) }));`,
					[arg ?? null]
				)) as { value?: T; error?: string };
				if (result.error) throw new Error(result.error);
				return result.value as T;
			},
			click,
			async type(selector, text) {
				await click(selector);
				await client.elementSendKeys(await element(selector), text);
			},
			async pressEnter() {
				await client.performActions([
					{
						type: 'key',
						id: 'keyboard',
						actions: [
							{ type: 'keyDown', value: '\uE007' },
							{ type: 'keyUp', value: '\uE007' }
						]
					}
				]);
				await client.releaseActions();
			},
			takeProtocolErrors: () => [],
			async close() {
				try {
					await client.deleteSession();
				} finally {
					stop();
				}
			}
		};
	} catch (e) {
		stop();
		throw e;
	}
}
