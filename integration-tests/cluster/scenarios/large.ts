// A fleet at the scale `npm run bench` measures: aws-fresh with WMCO 10.22.0 installed, 100 Windows
// MachineSets of 20 Machines each, every Machine with its Windows node (one node in 50 NotReady), so
// 2,000 nodes and 2,000 Machines, and 500 BYOH hosts listed in windows-instances that have not
// joined yet. Seeded with bounded concurrency; `largeScenario` is the ground truth.
import { createHash } from 'node:crypto';
import type { KubeClient } from '../kube-client';
import { AWS_INFRASTRUCTURE_NAME, seedAwsFresh } from './aws-fresh';
import {
  machineNode,
  seedWindowsWorkers,
  seedWmcoInstallation,
  windowsMachineSet,
  wmcoInstalledWithNodes,
  type WindowsNodeTruth,
} from './wmco-installed-with-nodes';

const MACHINE_SETS = 100;
const MACHINES_PER_SET = 20;
const BYOH_ENTRIES = 500;
/** Requests in flight while seeding: more only queues up in a 2-core API server. */
const SEED_CONCURRENCY = 12;

/** Deterministic hex digits per index, so that every run seeds the same names. */
function hex(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

/** The n-th address of a /20-sized range: 250 hosts per third octet from `.4`, as AWS leaves them. */
function address(prefix: string, firstThirdOctet: number, index: number): string {
  return `${prefix}.${firstThirdOctet + Math.floor(index / 250)}.${(index % 250) + 4}`;
}

const machineSetNames = Array.from(
  { length: MACHINE_SETS },
  (_, set) => `${AWS_INFRASTRUCTURE_NAME}-windows-${String(set).padStart(2, '0')}`,
);

const nodes: WindowsNodeTruth[] = machineSetNames.flatMap((machineSet, set) =>
  Array.from({ length: MACHINES_PER_SET }, (_, machine) => {
    const index = set * MACHINES_PER_SET + machine;
    return {
      ...machineNode(
        hex(`machine-${index}`, 5),
        `i-0${hex(`instance-${index}`, 16)}`,
        address('10.0', 128, index),
        '10.0.20348',
        machineSet,
      ),
      ready: index % 50 !== 49,
    };
  }),
);

const byohEntries = Object.fromEntries(
  Array.from({ length: BYOH_ENTRIES }, (_, index) => [
    address('10.1', 40, index),
    'username=Administrator',
  ]),
);

export const largeScenario = {
  machineSets: machineSetNames,
  nodes,
  byohEntries,
};

export async function seedLarge(client: KubeClient): Promise<void> {
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Automatic',
    version: wmcoInstalledWithNodes.version,
    fullVersions: [wmcoInstalledWithNodes.fullVersion],
  });
  await seedWindowsWorkers(client, nodes, {
    machineSets: machineSetNames.map((name) => ({ ...windowsMachineSet, name })),
    pendingByohEntries: byohEntries,
    concurrency: SEED_CONCURRENCY,
  });
}
