import type { ClusterSnapshot } from './cluster-snapshot';

/**
 * A cluster with nothing to judge (no nodes, MachineSets, entries, or install-config), for tests of one rule:
 * each names only the facts its rule reads.
 */
export function bareSnapshot(facts: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return {
    unreadable: [],
    wmco: { namespace: 'openshift-windows-machine-config-operator', namespaceExists: true },
    nodes: [],
    windowsMachineSets: [],
    byohEntries: [],
    byohResolution: new Map(),
    topology: { machineNetworks: { state: 'absent' } },
    ...facts,
  };
}
