import { CoreV1Api, type KubeConfig, type V1Node } from '@kubernetes/client-node';
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

interface KnownPins {
  nodes: V1Node[];
  /** windows-ssh-host-keys' data: base64 keys by address. */
  configMap: Record<string, string>;
}

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

  /** The BYOH nodes and the pinning ConfigMap, as they stood when this instance was first asked. */
  private known?: Promise<KnownPins | 'unreadable'>;

  private async readKnown(): Promise<KnownPins | 'unreadable'> {
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
      return { nodes: nodes.items, configMap: configMap?.data ?? {} };
    } catch (error) {
      if (isStatus(error, 403)) return 'unreadable';
      throw error;
    }
  }

  /**
   * The key pinned for a host. One read serves every host of a request (the instance lives for one):
   * a key pinned meanwhile by someone else is still caught, since every pin re-reads before it writes.
   */
  async lookup(address: string, ip: string): Promise<PinLookup> {
    this.known ??= this.readKnown();
    const known = await this.known;
    if (known === 'unreadable') return { kind: 'unreadable' };
    const node = known.nodes.find((candidate) =>
      candidate.status?.addresses?.some((entry) => [address, ip].includes(entry.address)),
    );
    const onNode = node?.metadata?.annotations?.[wmcoNames.sshHostKeyAnnotation];
    if (onNode) return { kind: 'pinned', key: Buffer.from(onNode, 'base64'), source: 'node' };
    const inConfigMap = known.configMap[address];
    if (inConfigMap) {
      return { kind: 'pinned', key: Buffer.from(inConfigMap, 'base64'), source: 'configmap' };
    }
    return { kind: 'none' };
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
