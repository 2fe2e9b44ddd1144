/**
 * Shared pieces of the networking diagram's nodes: fact rows (addresses, ports, interface names)
 * and the texts that recur for every container's interfaces. Addresses are examples from the
 * ranges Docker really uses (default pools 172.17.0.0/16, 172.18.0.0/16; overlay 10.0.0.0/24 as
 * in Docker's own tutorial); host and client addresses are documentation examples.
 */
import type { FactDef } from '../../types';

/** A fact whose key (shown on the node) is `key`; the panel names it in each language. */
export const fact = (key: string, ko: string, value: string, en = key): FactDef => ({
	key,
	value,
	label: { en, ko }
});

export const inet = (value: string) => fact('inet', 'IPv4 주소', value, 'IPv4 address');

/** Where docker-proxy listens: the published host address and port. */
export const proxyListens = (value: string) =>
	fact('listen', '수신 대기 주소', value, 'listens on');
