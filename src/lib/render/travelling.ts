/** The travelling marks, in one chunk that loads when a step first sends something (lazy.svelte.ts). */
import Token from './Token.svelte';
import Packet from './Packet.svelte';
import { placePackets } from '$lib/layout/pills';

export default { Token, Packet, placePackets };
