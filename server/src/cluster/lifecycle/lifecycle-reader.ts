import type { V1ConfigMap } from '@kubernetes/client-node';
import type { LifecycleResponse } from '../../../contract/lifecycle';
import { deriveLifecycle } from '../../domain/lifecycle/lifecycle-view';
import { machineSetPlatform } from '../../domain/machinesets/platform-table';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds } from '../kinds';
import { readMachineSetDefaults, readMachineSets } from '../machinesets/machine-set-reader';
import { readWindowsNodeRecords } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoSubscription } from '../wmco/wmco-state';
import { readReplacementRecords } from './replacement-store';

/** The Lifecycle page's document, read as the caller and judged at `now`. */
export async function readLifecycle(
  reader: ClusterReader,
  now: number,
): Promise<LifecycleResponse> {
  const [defaults, nodes, machineSets, subscription, records] = await Promise.all([
    readMachineSetDefaults(reader),
    readWindowsNodeRecords(reader),
    readMachineSets(reader),
    readWmcoSubscription(reader),
    readReplacementRecords(reader),
  ]);
  const instances = await reader.get<V1ConfigMap>(
    kinds.configMap,
    wmcoNames.instancesConfigMap,
    wmcoNamespaceOf(subscription),
  );
  const replacements = Object.fromEntries(
    records
      .filter(({ record }) => record.status === 'running' || record.status === 'rolling-back')
      .map(({ record }) => [record.plan.oldMachineSet, record.plan.newMachineSet]),
  );
  return deriveLifecycle({
    now: new Date(now),
    wmcoVersion: defaults.wmco.version,
    platform: defaults.platform,
    platformModule: machineSetPlatform(defaults.platform),
    allowedVersions: defaults.windowsServerVersions,
    nodes,
    machineSets,
    instances: instances?.data ?? {},
    replacements,
    unreadable: reader.unreadable(),
  });
}
