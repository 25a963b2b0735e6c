import type { V1ConfigMap, V1Node } from '@kubernetes/client-node';
import { wmcoNames } from '../../domain/wmco-names';
import type { HostKeyPinStore, PinLookup, PinWrite } from '../../ssh/host-key-pin-store';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import { isStatus } from '../writes/config-map-change';
import type { WriteQueue } from '../writes/write-queue';
import { coalescedConfigMapChanges, type CoalescedChanges } from '../writes/coalesced-changes';

interface KnownPins {
  nodes: V1Node[];
  /** windows-ssh-host-keys' data: base64 keys by address. */
  configMap: Record<string, string>;
}

/**
 * WMCO's trust-on-first-use host keys, shared with it so the BFF and WMCO trust the same key: base64 of the
 * SSH wire format, by address, in ConfigMap windows-ssh-host-keys until the node exists, then in the BYOH
 * node's `ssh-host-key` annotation. Read and written with the caller's token.
 */
export class HostKeyPins implements HostKeyPinStore {
  private readonly pins: CoalescedChanges;

  constructor(
    private readonly api: KubeApi,
    private readonly namespace: string,
    queue: WriteQueue,
  ) {
    const at = { namespace, name: wmcoNames.sshHostKeysConfigMap };
    this.pins = coalescedConfigMapChanges(api, queue, at);
  }

  /** The BYOH nodes and the pinning ConfigMap, as they stood when this instance was first asked. */
  private known?: Promise<KnownPins | 'unreadable'>;

  private async readKnown(): Promise<KnownPins | 'unreadable'> {
    try {
      const [nodes, configMap] = await Promise.all([
        this.api.list<V1Node>(kinds.node, { labelSelector: `${wmcoNames.byohLabel}=true` }),
        this.api
          .get<V1ConfigMap>(kinds.configMap, wmcoNames.sshHostKeysConfigMap, this.namespace)
          .catch((error: unknown) => {
            if (isStatus(error, 404)) return undefined;
            throw error;
          }),
      ]);
      return { nodes, configMap: configMap?.data ?? {} };
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
