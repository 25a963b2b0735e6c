import type { V1ConfigMap } from '@kubernetes/client-node';
import {
  parseReplacementRecord,
  type ReplacementRecord,
} from '../../domain/replacement/replacement-record';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { changeConfigMap } from '../writes/config-map-change';
import type { WriteQueue } from '../writes/write-queue';

/**
 * A replacement's record lives beside the MachineSets it moves, in openshift-machine-api: whoever
 * may scale those MachineSets works there, and a reload, another tab or another BFF replica reads
 * the same progress. One record per old MachineSet.
 */
const namespace = wmcoNames.machineApiNamespace;
const recordKey = 'replacement.json';
export const replacementLabel = 'windows-nodes-plugin/replacement';

export function recordConfigMapName(oldMachineSet: string): string {
  return `windows-nodes-replacement-${oldMachineSet}`;
}

export interface StoredReplacement {
  configMap: string;
  resourceVersion: string;
  record: ReplacementRecord;
}

function stored(configMap: V1ConfigMap | undefined): StoredReplacement | undefined {
  const record = parseReplacementRecord(configMap?.data?.[recordKey]);
  if (!configMap || !record) return undefined;
  return {
    configMap: configMap.metadata?.name ?? '',
    resourceVersion: configMap.metadata?.resourceVersion ?? '',
    record,
  };
}

/** Every replacement record the caller may read, oldest first. */
export async function readReplacementRecords(reader: ClusterReader): Promise<StoredReplacement[]> {
  const configMaps = await reader.list<V1ConfigMap>(kinds.configMap, {
    namespace,
    labelSelector: `${replacementLabel}=true`,
  });
  return (configMaps ?? [])
    .flatMap((configMap) => stored(configMap) ?? [])
    .sort((a, b) => a.record.plan.startedAt.localeCompare(b.record.plan.startedAt));
}

/**
 * The record of the replacement of `oldMachineSet`, as the API server holds it now. A caller who may not
 * read it is told so (403), not that there is none.
 */
export async function readReplacementRecord(
  reader: ClusterReader,
  oldMachineSet: string,
): Promise<StoredReplacement | undefined> {
  const fresh = reader.fresh();
  const name = recordConfigMapName(oldMachineSet);
  const configMap = await fresh.get<V1ConfigMap>(kinds.configMap, name, namespace);
  if (!configMap && fresh.wasRefused(kinds.configMap, name, namespace))
    throw new HttpError(403, {
      code: 'replacement-unreadable',
      params: { machineSet: oldMachineSet },
    });
  return stored(configMap);
}

/**
 * Changes a record as the caller, with its resourceVersion as precondition and the one retry
 * policy: `change` runs again on the freshest record whenever another writer got in between, and
 * returns the next record (undefined: leave it). Resolves to the record as written, or as found.
 */
export async function changeReplacementRecord(
  api: KubeApi,
  queue: WriteQueue,
  oldMachineSet: string,
  change: (current: ReplacementRecord | undefined) => ReplacementRecord | undefined,
): Promise<ReplacementRecord | undefined> {
  let latest: ReplacementRecord | undefined;
  await changeConfigMap(
    api,
    queue,
    {
      namespace,
      name: recordConfigMapName(oldMachineSet),
      labels: {
        [replacementLabel]: 'true',
        'app.kubernetes.io/managed-by': 'windows-nodes-plugin',
      },
    },
    async (current) => {
      const found = parseReplacementRecord(current?.data?.[recordKey]);
      const next = change(found);
      latest = next ?? found;
      return next ? { [recordKey]: JSON.stringify(next) } : undefined;
    },
  );
  return latest;
}
