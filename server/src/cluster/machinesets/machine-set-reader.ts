import type { MachineSetDefaults, WindowsMachineSetsResponse } from '../../../contract/machinesets';
import { deriveMachineSetDefaults } from '../../domain/machinesets/machine-set-defaults';
import {
  isWindowsMachineSet,
  toWindowsMachineSet,
} from '../../domain/machinesets/windows-machine-set';
import type { Infrastructure, MachineSet, OperatorNetwork } from '../../domain/openshift-objects';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds } from '../kinds';
import { readWindowsMachines, readWindowsNodes } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import type { SecretFacts } from '../secret-facts';
import { readWmco, readWmcoSubscription } from '../wmco/wmco-state';

/** Every MachineSet of the Machine API, Windows or not. */
export async function readMachineSets(reader: ClusterReader): Promise<readonly MachineSet[]> {
  const machineSets = await reader.list<MachineSet>(kinds.machineSet, {
    namespace: wmcoNames.machineApiNamespace,
  });
  return machineSets ?? [];
}

/** What the wizard starts from, read as the caller: cluster facts and the Linux workers' values. */
export async function readMachineSetDefaults(reader: ClusterReader): Promise<MachineSetDefaults> {
  const [infrastructure, network, machineSets, userData, subscription] = await Promise.all([
    reader.get<Infrastructure>(kinds.infrastructure, 'cluster'),
    reader.get<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    readMachineSets(reader),
    reader.get<SecretFacts>(kinds.secret, wmcoNames.userDataSecret, wmcoNames.machineApiNamespace),
    readWmcoSubscription(reader),
  ]);
  const { facts } = await readWmco(reader, subscription);
  return deriveMachineSetDefaults({
    infrastructure,
    machineSets,
    wmcoVersion: { installed: facts.csv?.version, catalog: facts.catalogVersion },
    vxlanPort:
      network?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig
        ?.hybridOverlayVXLANPort,
    userDataSecretPresent: reader.isUnreadable(kinds.secret) ? undefined : userData !== undefined,
    unreadable: reader.unreadable(),
  });
}

/** The Windows MachineSets with their Machines and the readiness of those Machines' Nodes. */
export async function readWindowsMachineSets(
  reader: ClusterReader,
): Promise<WindowsMachineSetsResponse> {
  const [machineSets, machines, nodes] = await Promise.all([
    readMachineSets(reader),
    readWindowsMachines(reader),
    readWindowsNodes(reader),
  ]);
  const nodeFacts = new Map(nodes.map((node) => [node.name, node]));
  return {
    machineSets: machineSets
      .filter(isWindowsMachineSet)
      .map((machineSet) => toWindowsMachineSet(machineSet, machines, nodeFacts))
      .sort((a, b) => a.name.localeCompare(b.name)),
    unreadable: reader.unreadable(),
  };
}
