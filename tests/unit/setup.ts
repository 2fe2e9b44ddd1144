// As on the server (hooks.server.ts): components render tokens and packets at once.
import { travelling } from '../../src/lib/render/lazy.svelte';
import marks from '../../src/lib/render/travelling';

travelling.provide(marks);
