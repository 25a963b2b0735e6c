import type { PinSource } from '../domain/byoh/connection-checks';

export type PinLookup =
  | { kind: 'none' }
  | { kind: 'pinned'; key: Buffer; source: PinSource }
  /** The caller may not read where pins live: connecting would trust any key, so the preflight will not. */
  | { kind: 'unreadable' };

export type PinWrite =
  { kind: 'pinned' } | { kind: 'not-allowed' } | { kind: 'differs'; key: Buffer };

/** Where the host keys SSH trusts are pinned (in the cluster, as the caller: see cluster/byoh). */
export interface HostKeyPinStore {
  /** The key pinned for a host, by its address as listed and the IP it resolved to. */
  lookup(address: string, ip: string): Promise<PinLookup>;
  /** Pins a key seen on first contact, unless another key was pinned meanwhile. */
  pin(address: string, key: Buffer): Promise<PinWrite>;
}
