import type { KubeConfig } from '@kubernetes/client-node';
import type { MachineSetDefaults, WindowsMachineSetsResponse } from '../../contract/machinesets';
import { deriveMachineSetDefaults } from '../domain/machinesets/machine-set-defaults';
import {
  isWindowsMachineSet,
  toWindowsMachineSet,
} from '../domain/machinesets/windows-machine-set';
import { toWindowsNode } from '../domain/nodes/windows-node';
import { wmcoNames } from '../domain/wmco-names';
import { CallerClient, kinds } from './olm-client';
import type { Infrastructure, Machine, MachineSet, OperatorNetwork } from './openshift-objects';
import { PermissiveReader } from './permissive-reader';
import { SnapshotReader } from './snapshot-reader';

function listMachineSets(client: CallerClient, reader: PermissiveReader) {
  return reader.read('machinesets.machine.openshift.io', () =>
    client.list<MachineSet>(kinds.machineSet, wmcoNames.machineApiNamespace),
  );
}

/** What the wizard starts from, read as the caller: cluster facts and the Linux workers' values. */
export async function readMachineSetDefaults(kubeConfig: KubeConfig): Promise<MachineSetDefaults> {
  const snapshot = new SnapshotReader(kubeConfig);
  const { reader } = snapshot;
  const client = new CallerClient(kubeConfig);
  const [infrastructure, network, machineSets, userData, subscription] = await Promise.all([
    reader.read('infrastructures.config.openshift.io', () =>
      client.getCluster<Infrastructure>(kinds.infrastructure, 'cluster'),
    ),
    reader.read('networks.operator.openshift.io', () =>
      client.getCluster<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    ),
    listMachineSets(client, reader),
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
    machineSets: machineSets ?? [],
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
): Promise<WindowsMachineSetsResponse> {
  const client = new CallerClient(kubeConfig);
  const reader = new PermissiveReader();
  const [machineSets, machines, nodes] = await Promise.all([
    listMachineSets(client, reader),
    reader.read('machines.machine.openshift.io', () =>
      client.list<Machine>(
        kinds.machine,
        wmcoNames.machineApiNamespace,
        `${wmcoNames.machineOsIdLabel}=Windows`,
      ),
    ),
    reader.read('nodes', () =>
      client.core.listNode({ labelSelector: `${wmcoNames.osLabel}=windows` }),
    ),
  ]);
  const nodeFacts = new Map(
    (nodes?.items ?? []).map((node) => {
      const { name, ready, windowsServer } = toWindowsNode(node, undefined);
      return [name, { ready, windowsServer }];
    }),
  );
  return {
    machineSets: (machineSets ?? [])
      .filter(isWindowsMachineSet)
      .map((machineSet) => toWindowsMachineSet(machineSet, machines ?? [], nodeFacts))
      .sort((a, b) => a.name.localeCompare(b.name)),
    unreadable: [...reader.unreadable].sort(),
  };
}
