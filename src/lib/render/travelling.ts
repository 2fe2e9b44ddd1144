/**
 * The travelling marks, in one chunk that loads when a step first sends something (lazy.svelte.ts),
 * with what else only a page in use needs: the camera's move for a view change (camera.ts) and
 * arrow-key movement between nodes (layout/navigate.ts).
 */
import Token from './Token.svelte';
import Packet from './Packet.svelte';
import { placePackets } from '$lib/layout/pills';
import { moveCamera } from './camera';
import { nearestInDirection } from '$lib/layout/navigate';

export default { Token, Packet, placePackets, moveCamera, nearestInDirection };
