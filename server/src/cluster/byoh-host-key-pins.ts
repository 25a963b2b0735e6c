import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { PinSource } from '../domain/byoh/connection-checks';
import { wmcoNames } from '../domain/wmco-names';
import { isStatus } from './byoh-configmap-change';
import type { WriteQueue } from './byoh-write-queue';
import { coalescedConfigMapChanges, type CoalescedChanges } from './byoh-coalesced-changes';

export type PinLookup =
  | { kind: 'none' }
  | { kind: 'pinned'; key: Buffer; source: PinSource }
  /** The caller may not read where pins live: connecting would trust any key, so the preflight will not. */
  | { kind: 'unreadable' };

export type PinWrite =
  { kind: 'pinned' } | { kind: 'not-allowed' } | { kind: 'differs'; key: Buffer };

/**
 * WMCO's trust-on-first-use host keys, shared with it so the BFF and WMCO trust the same key: base64 of the
 * SSH wire format, by address, in ConfigMap windows-ssh-host-keys until the node exists, then in the BYOH
 * node's `ssh-host-key` annotation. Read and written with the caller's token.
 */
export class HostKeyPins {
  private readonly core: CoreV1Api;
  private readonly pins: CoalescedChanges;

  constructor(
    kubeConfig: KubeConfig,
    private readonly namespace: string,
    queue: WriteQueue,
  ) {
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    const at = { namespace, name: wmcoNames.sshHostKeysConfigMap };
    this.pins = coalescedConfigMapChanges(this.core, queue, at);
  }

  async lookup(address: string, ip: string): Promise<PinLookup> {
    try {
      const [nodes, configMap] = await Promise.all([
        this.core.listNode({ labelSelector: `${wmcoNames.byohLabel}=true` }),
        this.core
          .readNamespacedConfigMap({
            name: wmcoNames.sshHostKeysConfigMap,
            namespace: this.namespace,
          })
          .catch((error: unknown) => {
            if (isStatus(error, 404)) return undefined;
            throw error;
          }),
      ]);
      const node = nodes.items.find((candidate) =>
        candidate.status?.addresses?.some((entry) => [address, ip].includes(entry.address)),
      );
      const onNode = node?.metadata?.annotations?.[wmcoNames.sshHostKeyAnnotation];
      if (onNode) return { kind: 'pinned', key: Buffer.from(onNode, 'base64'), source: 'node' };
      const inConfigMap = configMap?.data?.[address];
      if (inConfigMap) {
        return { kind: 'pinned', key: Buffer.from(inConfigMap, 'base64'), source: 'configmap' };
      }
      return { kind: 'none' };
    } catch (error) {
      if (isStatus(error, 403)) return { kind: 'unreadable' };
      throw error;
    }
  }

  /** Pins a key seen on first contact, unless another key was pinned meanwhile. */
  async pin(address: string, key: Buffer): Promise<PinWrite> {
    const encoded = key.toString('base64');
    const seen: { existing?: string } = {};
    try {
      await this.pins.apply(async (data) => {
        seen.existing = data[address];
        return seen.existing === undefined ? { ...data, [address]: encoded } : undefined;
      });
    } catch (error) {
      if (isStatus(error, 403)) return { kind: 'not-allowed' };
      throw error;
    }
    if (seen.existing === undefined || seen.existing === encoded) return { kind: 'pinned' };
    return { kind: 'differs', key: Buffer.from(seen.existing, 'base64') };
  }
}
