import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeUpgradeReason, StateTransition } from '../../../contract/upgrades';
import {
  deriveUpgradeState,
  type DerivedUpgradeState,
  type NodeUpgradeFacts,
  type UpgradeContext,
} from './upgrade-state';

const target = '10.22.0-5c2e1f9';
const previous = '10.21.2-0a0b0c0';
const startedAt = '2025-06-02T10:00:00.000Z';
const minute = 60_000;
const at = (minutes: number) => new Date(Date.parse(startedAt) + minutes * minute).toISOString();

/** A configured node on the previous version, Ready since long before the upgrade. */
function node(overrides: Partial<NodeUpgradeFacts> = {}): NodeUpgradeFacts {
  return {
    version: previous,
    desiredVersion: previous,
    rebootRequired: false,
    upgrading: false,
    unschedulable: false,
    ready: true,
    readySince: '2025-06-01T08:00:00Z',
    upgradeBlocked: false,
    allowUpgrade: false,
    podsToEvict: 0,
    drainBlockedBy: [],
    events: [],
    ...overrides,
  };
}

const cordonedNode = { upgrading: true, unschedulable: true };
const cleanedNode = { ...cordonedNode, version: undefined, desiredVersion: target };
const seen = (...entries: [StateTransition['state'], number][]): StateTransition[] =>
  entries.map(([state, minutes]) => ({ state, at: at(minutes) }));

interface Case {
  name: string;
  facts: NodeUpgradeFacts;
  history?: StateTransition[];
  context?: Partial<UpgradeContext>;
  state: DerivedUpgradeState['state'];
  reason?: NodeUpgradeReason;
}

const cases: Case[] = [
  {
    name: 'a node already on the target, never seen behind it, is up to date',
    facts: node({ version: target, desiredVersion: target }),
    state: 'up-to-date',
  },
  {
    name: 'a node that reached the target during this upgrade is done',
    facts: node({ version: target, desiredVersion: target }),
    history: seen(['waiting', 0], ['cordoned', 2], ['rejoining', 6]),
    state: 'done',
  },
  {
    name: 'history of only "up to date" does not make a node done',
    facts: node({ version: target }),
    history: seen(['up-to-date', 0]),
    state: 'up-to-date',
  },
  {
    name: 'behind the target and not picked yet: waiting',
    facts: node(),
    state: 'waiting',
  },
  {
    name: 'the upgrading label alone means WMCO picked it: cordoned',
    facts: node({ upgrading: true }),
    state: 'cordoned',
  },
  {
    name: 'cordoned with nothing left to evict',
    facts: node(cordonedNode),
    state: 'cordoned',
  },
  {
    name: 'cordoned with pods still on it: draining',
    facts: node({ ...cordonedNode, podsToEvict: 2 }),
    state: 'draining',
  },
  {
    name: 'a PodDisruptionBudget refusing the eviction blocks the drain and is named',
    facts: node({ ...cordonedNode, podsToEvict: 1, drainBlockedBy: ['payments/iis-pdb'] }),
    state: 'blocked',
    reason: { code: 'drain-blocked-by-pdb', budgets: ['payments/iis-pdb'] },
  },
  {
    name: 'a budget does not block before the node is cordoned',
    facts: node({ upgrading: true, podsToEvict: 1, drainBlockedBy: ['payments/iis-pdb'] }),
    state: 'cordoned',
  },
  {
    name: 'WMCO started (desired-version set) without the label yet',
    facts: node({ desiredVersion: target }),
    state: 'cordoned',
  },
  {
    name: 'version annotation removed while still Ready: reconfiguring',
    facts: node(cleanedNode),
    history: seen(['cordoned', 1]),
    state: 'reconfiguring',
  },
  {
    name: 'version annotation removed and NotReady: reconfiguring',
    facts: node({ ...cleanedNode, ready: false, readySince: at(3) }),
    history: seen(['cordoned', 1], ['reconfiguring', 2]),
    state: 'reconfiguring',
  },
  {
    name: 'reboot-required means reconfiguring even with the version set',
    facts: node({ ...cordonedNode, rebootRequired: true }),
    state: 'reconfiguring',
  },
  {
    name: 'Ready again after the node’s upgrade began: rejoining',
    facts: node({ ...cleanedNode, readySince: at(4) }),
    history: seen(['cordoned', 1], ['reconfiguring', 2]),
    state: 'rejoining',
  },
  {
    name: 'without history, Ready since the upgrade began counts as rejoining',
    facts: node({ ...cleanedNode, readySince: at(4) }),
    state: 'rejoining',
  },
  {
    name: 'on the target but still cordoned: rejoining',
    facts: node({ ...cordonedNode, version: target, desiredVersion: target }),
    state: 'rejoining',
  },
  {
    name: 'uncordoned but the upgrading label not yet removed: rejoining',
    facts: node({ upgrading: true, version: target, desiredVersion: target }),
    state: 'rejoining',
  },
  {
    name: 'a MachineSetupFailure event since the node got stuck: failed, in WMCO’s words',
    facts: node({
      ...cleanedNode,
      ready: false,
      events: [
        { reason: 'MachineSetupFailure', message: 'timed out waiting for kubelet', at: at(5) },
      ],
    }),
    history: seen(['cordoned', 1], ['reconfiguring', 2]),
    state: 'failed',
    reason: { code: 'setup-failed', message: 'timed out waiting for kubelet' },
  },
  {
    name: 'a failure event older than the node’s latest move is about an attempt it got past',
    facts: node({
      ...cleanedNode,
      ready: false,
      events: [{ reason: 'InstanceSetupFailure', message: 'ssh refused', at: at(1) }],
    }),
    history: seen(['cordoned', 0], ['reconfiguring', 2]),
    state: 'reconfiguring',
  },
  {
    name: 'a failure event from before the upgrade began does not count',
    facts: node({
      events: [{ reason: 'MachineSetupFailure', message: 'old', at: at(-30) }],
    }),
    state: 'waiting',
  },
  {
    name: 'a Machine in phase Failed fails the node',
    facts: node({ ...cleanedNode, machine: { phase: 'Failed', deleting: false } }),
    state: 'failed',
    reason: { code: 'machine-failed' },
  },
  {
    name: 'a step that lasts longer than the threshold is stuck: failed, with since when',
    facts: node({ ...cleanedNode, ready: false }),
    history: seen(['cordoned', 1], ['reconfiguring', 2]),
    context: { now: Date.parse(at(40)) },
    state: 'failed',
    reason: { code: 'stuck', since: at(2) },
  },
  {
    name: 'once recorded as stuck it stays failed, without flapping back',
    facts: node({ ...cleanedNode, ready: false }),
    history: seen(['cordoned', 1], ['reconfiguring', 2], ['failed', 33]),
    context: { now: Date.parse(at(45)) },
    state: 'failed',
    reason: { code: 'stuck', since: at(2) },
  },
  {
    name: 'ten minutes in a step is slow, not stuck',
    facts: node({ ...cleanedNode, ready: false }),
    history: seen(['cordoned', 1], ['reconfiguring', 2]),
    context: { now: Date.parse(at(12)) },
    state: 'reconfiguring',
  },
  {
    name: 'waiting for hours is never stuck: nodes go one at a time',
    facts: node(),
    history: seen(['waiting', 0]),
    context: { now: Date.parse(at(300)) },
    state: 'waiting',
  },
  {
    name: 'WMCO 9.x upgrade-blocked without allow-upgrade: blocked',
    facts: node({ upgradeBlocked: true }),
    context: { operatorVersion: '9.0.1' },
    state: 'blocked',
    reason: { code: 'upgrade-blocked' },
  },
  {
    name: 'allow-upgrade=true lets a blocked 8.x node go on',
    facts: node({ upgradeBlocked: true, allowUpgrade: true, upgrading: true }),
    context: { operatorVersion: '8.1.0' },
    state: 'cordoned',
  },
  {
    name: 'an upgrade-blocked label left over under 10.x blocks nothing',
    facts: node({ upgradeBlocked: true }),
    context: { operatorVersion: '10.22.0' },
    state: 'waiting',
  },
  {
    name: 'MachineDeletionRestricted: blocked, with WMCO’s message',
    facts: node({
      events: [
        {
          reason: 'MachineDeletionRestricted',
          message:
            'Machine m-1 deletion restricted as the maximum unhealthy machines can`t exceed 1 count',
          at: at(3),
        },
      ],
    }),
    state: 'blocked',
    reason: {
      code: 'machine-deletion-restricted',
      message:
        'Machine m-1 deletion restricted as the maximum unhealthy machines can`t exceed 1 count',
    },
  },
  {
    name: 'a Machine being deleted with pods left: draining',
    facts: node({ machine: { phase: 'Deleting', deleting: true }, podsToEvict: 3 }),
    state: 'draining',
  },
  {
    name: 'a Machine being deleted and drained: reconfiguring (being replaced)',
    facts: node({ machine: { phase: 'Deleting', deleting: true } }),
    state: 'reconfiguring',
  },
  {
    name: 'no readable target version: a configured node counts as up to date',
    facts: node(),
    context: { target: undefined },
    state: 'up-to-date',
  },
];

for (const { name, facts, history = [], context, state, reason } of cases) {
  test(name, () => {
    const derived = deriveUpgradeState(facts, history, {
      target,
      startedAt,
      operatorVersion: '10.22.0',
      now: Date.parse(at(10)),
      ...context,
    });
    assert.deepEqual(derived, reason ? { state, reason } : { state });
  });
}
