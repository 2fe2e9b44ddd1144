/**
 * Where each node of the virtualization diagram sits in its stack (column, rows, share of the
 * column). Placement belongs to the views; every stacks view of this diagram shares this record.
 */
import type { StackPlace } from '../../types';

export const stackPlaces: Record<string, StackPlace> = {
	'hosted-hardware': { stack: 'hosted', rows: ['hardware'] },
	'hosted-host-os': { stack: 'hosted', rows: ['host-os'] },
	'hosted-hypervisor': { stack: 'hosted', rows: ['virt'], span: [0, 8] },
	'hosted-host-apps': { stack: 'hosted', rows: ['virt', 'apps'], span: [8, 12] },
	'hosted-vm': { stack: 'hosted', rows: ['unit', 'apps'], span: [0, 8] },
	'hosted-guest-os': { stack: 'hosted', rows: ['guest-kernel'], span: [0, 8] },
	'hosted-guest-libs': { stack: 'hosted', rows: ['userland'], span: [0, 8] },
	'hosted-apps': { stack: 'hosted', rows: ['apps'], span: [0, 8] },
	'bare-hardware': { stack: 'bare-metal', rows: ['hardware'] },
	'bare-no-host-os': { stack: 'bare-metal', rows: ['host-os'] },
	'bare-hypervisor': { stack: 'bare-metal', rows: ['virt'] },
	'bare-vm': { stack: 'bare-metal', rows: ['unit', 'apps'] },
	'bare-guest-os': { stack: 'bare-metal', rows: ['guest-kernel'] },
	'bare-guest-libs': { stack: 'bare-metal', rows: ['userland'] },
	'bare-apps': { stack: 'bare-metal', rows: ['apps'] },
	'ctr-hardware': { stack: 'container', rows: ['hardware'] },
	'ctr-kernel': { stack: 'container', rows: ['host-os'] },
	'ctr-engine': { stack: 'container', rows: ['virt'] },
	'ctr-container': { stack: 'container', rows: ['unit', 'apps'] },
	'ctr-no-guest-kernel': { stack: 'container', rows: ['guest-kernel'] },
	'ctr-userland': { stack: 'container', rows: ['userland'] },
	'ctr-apps': { stack: 'container', rows: ['apps'] }
};
