/** The travelling marks, in one chunk that loads when a step first sends something (lazy.svelte.ts). */
import Token from './Token.svelte';
import Packet from './Packet.svelte';

export default { Token, Packet };
