import type { WindowsServerVersion } from '../support/support-matrix';
import { supportStates, type NodeSupport, type SupportState } from './node-support';

/** Nodes that run one build at one patch level. */
export interface BuildGroup {
  version?: WindowsServerVersion;
  /** `10.0.20348`, or undefined for nodes whose build is unknown. */
  build?: string;
  /** The full builds present, oldest first (a group may mix revisions). */
  fullBuilds: string[];
  nodes: string[];
  /** The most severe state among its nodes. */
  state: SupportState;
}

/** A MachineSet whose nodes do not all run the same full build: replaced machines drifted apart. */
export interface MixedMachineSet {
  machineSet: string;
  builds: { build: string; nodes: string[] }[];
}

export interface FleetInventory {
  groups: BuildGroup[];
  mixedMachineSets: MixedMachineSet[];
  /** How many nodes are in each state. */
  counts: Record<SupportState, number>;
}

function revisionOf(fullBuild: string): number {
  return Number(fullBuild.split('.')[3] ?? -1);
}

function worst(states: SupportState[]): SupportState {
  return supportStates.find((state) => states.includes(state)) ?? 'mainstream';
}

function groupsOf(nodes: NodeSupport[]): BuildGroup[] {
  const byBuild = new Map<string, NodeSupport[]>();
  for (const node of nodes) {
    const key = node.build ?? '';
    byBuild.set(key, [...(byBuild.get(key) ?? []), node]);
  }
  return [...byBuild.entries()]
    .sort(([a], [b]) =>
      a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en', { numeric: true }),
    )
    .map(([build, members]) => ({
      version: members[0]?.version,
      build: build || undefined,
      fullBuilds: [...new Set(members.flatMap((m) => m.fullBuild ?? []))].sort(
        (a, b) => revisionOf(a) - revisionOf(b),
      ),
      nodes: members.map((m) => m.node).sort(),
      state: worst(members.map((m) => m.state)),
    }));
}

function mixedMachineSets(nodes: NodeSupport[]): MixedMachineSet[] {
  const bySet = new Map<string, Map<string, string[]>>();
  for (const node of nodes) {
    if (node.source !== 'MachineSet' || !node.origin) continue;
    const build = node.fullBuild ?? node.build ?? 'unknown';
    const builds = bySet.get(node.origin) ?? new Map<string, string[]>();
    builds.set(build, [...(builds.get(build) ?? []), node.node]);
    bySet.set(node.origin, builds);
  }
  return [...bySet.entries()]
    .filter(([, builds]) => builds.size > 1)
    .map(([machineSet, builds]) => ({
      machineSet,
      builds: [...builds.entries()]
        .map(([build, members]) => ({ build, nodes: members.sort() }))
        .sort((a, b) => a.build.localeCompare(b.build, 'en', { numeric: true })),
    }))
    .sort((a, b) => a.machineSet.localeCompare(b.machineSet));
}

/** The fleet grouped by version and build, with the MachineSets whose machines run mixed builds. */
export function fleetInventory(nodes: NodeSupport[]): FleetInventory {
  const counts = Object.fromEntries(supportStates.map((state) => [state, 0])) as Record<
    SupportState,
    number
  >;
  for (const node of nodes) counts[node.state] += 1;
  return { groups: groupsOf(nodes), mixedMachineSets: mixedMachineSets(nodes), counts };
}
