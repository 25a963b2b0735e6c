import type { KubeConfig } from '@kubernetes/client-node';
import type { MachineSetDefaults, WindowsMachineSetsResponse } from '../../contract/machinesets';
import { deriveMachineSetDefaults } from '../domain/machinesets/machine-set-defaults';
import {
  isWindowsMachineSet,
  toWindowsMachineSet,
} from '../domain/machinesets/windows-machine-set';
import { wmcoNames } from '../domain/wmco-names';
import { CallerClient, kinds } from './olm-client';
import type { Infrastructure, OperatorNetwork } from '../domain/openshift-objects';
import type { CachedReads } from './reader/cached-reads';
import { SnapshotReader } from './snapshot-reader';

/** What the wizard starts from, read as the caller: cluster facts and the Linux workers' values. */
export async function readMachineSetDefaults(
  kubeConfig: KubeConfig,
  cached: CachedReads | undefined,
): Promise<MachineSetDefaults> {
  const snapshot = new SnapshotReader(kubeConfig, cached);
  const { reader } = snapshot;
  const client = new CallerClient(kubeConfig);
  const [infrastructure, network, machineSets, userData, subscription] = await Promise.all([
    reader.read('infrastructures.config.openshift.io', () =>
      client.getCluster<Infrastructure>(kinds.infrastructure, 'cluster'),
    ),
    reader.read('networks.operator.openshift.io', () =>
      client.getCluster<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    ),
    snapshot.machineSets(),
    reader.read('secrets', () =>
      client.core.readNamespacedSecret({
        name: wmcoNames.userDataSecret,
        namespace: wmcoNames.machineApiNamespace,
      }),
    ),
    snapshot.wmcoSubscription(),
  ]);
  const { facts } = await snapshot.wmco(subscription);
  return deriveMachineSetDefaults({
    infrastructure,
    machineSets,
    wmcoVersion: { installed: facts.csv?.version, catalog: facts.catalogVersion },
    vxlanPort:
      network?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig
        ?.hybridOverlayVXLANPort,
    userDataSecretPresent: reader.unreadable.has('secrets') ? undefined : userData !== undefined,
    unreadable: [...reader.unreadable].sort(),
  });
}

/** The Windows MachineSets with their Machines and the readiness of those Machines' Nodes. */
export async function readWindowsMachineSets(
  kubeConfig: KubeConfig,
  cached: CachedReads | undefined,
): Promise<WindowsMachineSetsResponse> {
  const snapshot = new SnapshotReader(kubeConfig, cached);
  const [machineSets, machines, nodes] = await Promise.all([
    snapshot.machineSets(),
    snapshot.windowsMachines(),
    snapshot.windowsNodes(),
  ]);
  const nodeFacts = new Map(
    nodes.map(({ name, ready, windowsServer }) => [name, { ready, windowsServer }]),
  );
  return {
    machineSets: machineSets
      .filter(isWindowsMachineSet)
      .map((machineSet) => toWindowsMachineSet(machineSet, machines, nodeFacts))
      .sort((a, b) => a.name.localeCompare(b.name)),
    unreadable: [...snapshot.reader.unreadable].sort(),
  };
}
