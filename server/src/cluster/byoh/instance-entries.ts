import type { EntryWriteResult, InstanceInput } from '../../../contract/byoh';
import {
  instanceEntryIssue,
  instanceKeyIssue,
  instanceValue,
} from '../../domain/byoh/instance-entry';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { HostResolver } from '../../ssh/host-resolver';
import { type KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import { changeConfigMapData, isStatus } from '../writes/config-map-change';
import { pausePoint } from '../writes/pause-point';
import type { WriteQueue } from '../writes/write-queue';

/**
 * Edits of ConfigMap `windows-instances` as the caller. Every write is validated first (WMCO stops
 * configuring and removing all BYOH hosts over one bad entry) and is a read-modify-write on the
 * resourceVersion, so concurrent admins never lose each other's entries.
 */
export class InstanceEntries {
  private readonly api: KubeApi;
  /** DNS answers for keys already listed, kept across retries of one request. */
  private readonly resolved = new Map<string, Promise<string[]>>();

  constructor(
    api: KubeApi,
    private readonly namespace: string,
    private readonly resolver: HostResolver,
    private readonly queue: WriteQueue,
  ) {
    this.api = api;
  }

  add(input: InstanceInput): Promise<EntryWriteResult> {
    return this.write(input, undefined);
  }

  /** Changes the user of an entry, or moves it to another address (`input.address`). */
  update(current: string, input: InstanceInput): Promise<EntryWriteResult> {
    return this.write(input, current);
  }

  async remove(address: string): Promise<EntryWriteResult> {
    await this.change(async (data) => {
      if (!(address in data)) this.notListed(address, 'params.address');
      return Object.fromEntries(Object.entries(data).filter(([key]) => key !== address));
    });
    return { address, outcome: 'removed' };
  }

  /** Deleting the ConfigMap asks WMCO to deconfigure every BYOH host. */
  async deleteAll(): Promise<void> {
    try {
      await this.api.delete(kinds.configMap, wmcoNames.instancesConfigMap, this.namespace);
    } catch (error) {
      if (isStatus(error, 404)) {
        throw new HttpError(404, {
          code: 'configmap-missing',
          params: { configMap: this.where() },
        });
      }
      throw error;
    }
  }

  private async write(
    input: InstanceInput,
    current: string | undefined,
  ): Promise<EntryWriteResult> {
    const value = instanceValue(input.username);
    const entry = { address: input.address, value };
    // Stricter than WMCO: what it would accept but fail on at login is refused here too.
    const issue = instanceEntryIssue(entry);
    if (issue) {
      const field = instanceKeyIssue(input.address) ? 'address' : 'username';
      const params = { issue: issue.code, address: input.address, other: issue.other };
      throw new HttpError(400, { code: 'instance-entry-invalid', params }, `body.${field}`);
    }
    const ipv4 = await this.resolver.ipv4(input.address);
    if (ipv4.length === 0) {
      const params = { address: input.address };
      throw new HttpError(400, { code: 'address-unresolvable', params }, 'body.address');
    }
    if (current === undefined) await pausePoint('byoh-add:validated');
    const seen = { unchanged: false };
    await this.change(async (data) => {
      if (current !== undefined && !(current in data)) this.notListed(current, 'params.address');
      // Listed already, as asked: an add repeated after its answer was lost completes without a change.
      seen.unchanged =
        data[input.address] === value && [undefined, input.address].includes(current);
      if (seen.unchanged) return undefined;
      if (input.address !== current && input.address in data) {
        const params = { address: input.address };
        throw new HttpError(409, { code: 'already-listed', params }, 'body.address');
      }
      await this.refuseSharedAddress(data, input.address, current, ipv4);
      const kept = Object.entries(data).filter(([key]) => key !== current);
      return { ...Object.fromEntries(kept), [input.address]: value };
    });
    if (current === undefined) await pausePoint('byoh-add:written');
    const outcome = seen.unchanged ? 'unchanged' : current === undefined ? 'added' : 'updated';
    return { address: input.address, outcome };
  }

  /** A second key for one host is refused (WMCO accepts an existing pair, one of them redundant). */
  private async refuseSharedAddress(
    data: Record<string, string>,
    address: string,
    replaced: string | undefined,
    ipv4: string[],
  ): Promise<void> {
    const others = Object.keys(data).filter((key) => key !== address && key !== replaced);
    const answers = await Promise.all(others.map((key) => this.ipv4Of(key)));
    others.forEach((key, index) => {
      const shared = answers[index]?.find((ip) => ipv4.includes(ip));
      if (shared !== undefined) {
        const params = { address, ip: shared, other: key };
        throw new HttpError(409, { code: 'shares-address', params }, 'body.address');
      }
    });
  }

  private ipv4Of(key: string): Promise<string[]> {
    let answer = this.resolved.get(key);
    if (!answer) {
      answer = this.resolver.ipv4(key);
      this.resolved.set(key, answer);
    }
    return answer;
  }

  private notListed(address: string, field: string): never {
    const params = { address, configMap: this.where() };
    throw new HttpError(404, { code: 'not-listed', params }, field);
  }

  private where(): string {
    return `${this.namespace}/${wmcoNames.instancesConfigMap}`;
  }

  private change(
    change: (data: Record<string, string>) => Promise<Record<string, string> | undefined>,
  ): Promise<boolean> {
    return changeConfigMapData(
      this.api,
      this.queue,
      { namespace: this.namespace, name: wmcoNames.instancesConfigMap },
      change,
    );
  }
}
