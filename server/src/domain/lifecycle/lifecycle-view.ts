import type { V1Node } from '@kubernetes/client-node';
import type {
  ByohHost,
  LifecycleMachineSet,
  LifecycleResponse,
  NodeLifecycle,
} from '../../../contract/lifecycle';
import { usernameOf } from '../byoh/instance-entry';
import { imageFields, type MachineSetPlatform } from '../machinesets/machine-set-platform';
import { textAt } from '../machinesets/object-path';
import { isWindowsMachineSet } from '../machinesets/windows-machine-set';
import type { Machine, MachineSet } from '../openshift-objects';
import { windowsServerReleases, type WindowsServerVersion } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import { fleetInventory } from './fleet-inventory';
import { nodeOs } from './node-os';
import { judgeNode, type SupportContext } from './node-support';
import { ownerActions } from './owner-actions';

/** What the Lifecycle view is derived from, read as the caller. */
export interface LifecycleReadout extends SupportContext {
  nodes: readonly { node: V1Node; machine?: Machine }[];
  machineSets: readonly MachineSet[];
  /** The platform's module, when it has Windows MachineSets. */
  platformModule?: MachineSetPlatform;
  /** What the support matrix allows for new machines here (the MachineSet wizard's choices). */
  allowedVersions: readonly string[];
  /** windows-instances: address → `username=<user>`. */
  instances: Readonly<Record<string, string>>;
  /** Old MachineSet → the replacement under way for it. */
  replacements: Readonly<Record<string, string>>;
  unreadable: string[];
}

function isReady(node: V1Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function judged(readout: LifecycleReadout): NodeLifecycle[] {
  return readout.nodes
    .map(({ node, machine }): NodeLifecycle => {
      const of = machine
        ? {
            machine: machine.metadata?.name ?? '',
            machineSet: machine.metadata?.labels?.[wmcoNames.machineSetLabel],
          }
        : undefined;
      return { ...judgeNode(nodeOs(node, of), readout), ready: isReady(node) };
    })
    .sort((a, b) => a.node.localeCompare(b.node));
}

/** The image fields' values of a providerSpec, as the platform's form names them. */
function imageOf(platform: MachineSetPlatform | undefined, machineSet: MachineSet) {
  const spec = machineSet.spec?.template?.spec?.providerSpec?.value;
  return Object.fromEntries(
    (platform ? imageFields(platform) : []).flatMap((field) =>
      field.path ? [[field.name, textAt(spec, field.path)]] : [],
    ),
  );
}

function machineSetsOf(readout: LifecycleReadout, nodes: NodeLifecycle[]): LifecycleMachineSet[] {
  return readout.machineSets
    .filter(isWindowsMachineSet)
    .map((machineSet) => {
      const name = machineSet.metadata?.name ?? '';
      const versions = [
        ...new Set(nodes.filter((n) => n.origin === name).flatMap((n) => n.version ?? [])),
      ].sort();
      return {
        name,
        replicas: machineSet.spec?.replicas ?? 0,
        versions,
        image: imageOf(readout.platformModule, machineSet),
        replacement: readout.replacements[name],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The image to start a move to `version` from: that of a MachineSet whose nodes all run it already
 * (an AMI id cannot be guessed), else the platform's public image of the version, if it has one.
 */
function imageFor(
  version: WindowsServerVersion,
  machineSets: LifecycleMachineSet[],
  platform: MachineSetPlatform | undefined,
): Record<string, string> {
  const running = machineSets.find(
    (machineSet) => machineSet.versions.length === 1 && machineSet.versions[0] === version,
  );
  return running?.image ?? platform?.imageValues(version) ?? {};
}

function byohHosts(readout: LifecycleReadout, nodes: NodeLifecycle[]): ByohHost[] {
  return nodes
    .filter((node) => node.source === 'BYOH')
    .map((node) => {
      const address = node.origin ?? '';
      const entry = readout.instances[address];
      return {
        node: node.node,
        address,
        username: entry === undefined ? undefined : usernameOf(entry),
        actions: ownerActions(node, readout),
      };
    });
}

/** The Lifecycle page's document: every Windows node judged, grouped, and what can be done. */
export function deriveLifecycle(readout: LifecycleReadout): LifecycleResponse {
  const nodes = judged(readout);
  const inventory = fleetInventory(nodes);
  const machineSets = machineSetsOf(readout, nodes);
  const platform = readout.platformModule;
  return {
    at: readout.now.toISOString(),
    platform: readout.platform,
    wmcoVersion: readout.wmcoVersion,
    nodes,
    ...inventory,
    machineSets,
    targets: windowsServerReleases.map(({ version, build }) => ({
      version,
      build,
      supported: readout.allowedVersions.includes(version),
      image: imageFor(version, machineSets, platform),
    })),
    byoh: byohHosts(readout, nodes),
    unreadable: readout.unreadable,
  };
}
