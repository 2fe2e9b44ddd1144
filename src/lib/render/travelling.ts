/**
 * The travelling marks, in one chunk that loads when a step first sends something (lazy.svelte.ts),
 * with the camera's move, which only a view change needs (camera.ts), and the counterparts a
 * hovered or focused node highlights (layout/counterparts.ts).
 */
import Token from './Token.svelte';
import Packet from './Packet.svelte';
import { moveCamera } from './camera';
import { counterparts } from '$lib/layout/counterparts';

export default { Token, Packet, moveCamera, counterparts };
