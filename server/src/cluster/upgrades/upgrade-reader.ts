import type { OperatorUpgrade, UpgradesResponse } from '../../../contract/upgrades';
import type { WmcoFacts } from '../../domain/overview/cluster-snapshot';
import { toNodeUpgradeFacts } from '../../domain/upgrades/node-upgrade-facts';
import { summarizeProgress } from '../../domain/upgrades/upgrade-progress';
import { deriveUpgradeState } from '../../domain/upgrades/upgrade-state';
import { historyOf, recordStates } from '../../domain/upgrades/upgrade-timeline';
import { wmcoNames } from '../../domain/wmco-names';
import { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { namedConfigMap as named, readWmco, readWmcoSubscription } from '../wmco/wmco-state';
import type { WriteQueue } from '../writes/write-queue';
import { readUpgradingNodes } from './upgrade-fleet-reader';
import { upgradeRow } from './upgrade-row';
import { readTimeline, recordTimeline, timelineConfigMap } from './upgrade-timeline-store';

/** `localeCompare`'s order, without setting up the comparison for each of thousands of pairs. */
const byName = new Intl.Collator();

/** `windows-machine-config-operator.v10.22.0` → `10.22.0`. */
function csvVersion(csv: string): string | undefined {
  const prefix = `${wmcoNames.packageName}.v`;
  return csv.startsWith(prefix) ? csv.slice(prefix.length) : undefined;
}

function operatorUpgrade(facts: WmcoFacts): OperatorUpgrade {
  const subscription = facts.subscription;
  const available =
    subscription?.currentCSV && subscription.currentCSV !== subscription.installedCSV
      ? subscription.currentCSV
      : undefined;
  return {
    namespace: facts.namespace,
    installedCSV: subscription?.installedCSV,
    installedVersion: facts.csv?.version,
    targetVersion: facts.fullVersion,
    channel: subscription?.channel,
    approval: subscription?.approval,
    availableUpdate: available ? { csv: available, version: csvVersion(available) } : undefined,
    pendingInstallPlan: subscription?.pendingInstallPlan,
    upgradeable: facts.upgradeable,
  };
}

/**
 * The upgrade page as the caller sees it at `now`: WMCO's version and pending update, each Windows
 * node's upgrade state with its history, and overall progress. Transitions seen now are added to the
 * shared record, so a page opened later (on any replica) shows them.
 */
export async function readUpgrades(
  reader: ClusterReader,
  now: number,
  writes: WriteQueue,
): Promise<UpgradesResponse> {
  const { facts, configMaps } = await readWmco(reader, await readWmcoSubscription(reader));
  const target = facts.fullVersion;
  const targetCreated = target
    ? named(configMaps, `${wmcoNames.servicesConfigMapPrefix}${target}`)?.metadata
        ?.creationTimestamp
    : undefined;
  const startedAt = targetCreated ? new Date(targetCreated).toISOString() : undefined;
  const stored = named(configMaps, timelineConfigMap);
  const seenBefore = readTimeline(stored);
  const context = { target, startedAt, operatorVersion: facts.csv?.version, now };
  const deriveFleet = async (from: ClusterReader) =>
    (await readUpgradingNodes(from, facts.namespace, startedAt)).map(
      ({ node, windowsNode, relations }) => ({
        windowsNode,
        ...deriveUpgradeState(
          toNodeUpgradeFacts(node, relations),
          historyOf(seenBefore, target, windowsNode.name),
          context,
        ),
      }),
    );
  const observedIn = (fleet: Awaited<ReturnType<typeof deriveFleet>>) =>
    fleet.map(({ windowsNode, state }) => ({ node: windowsNode.name, state }));
  let derived = await deriveFleet(reader);

  const configMapsReadable = !reader.isUnreadable(kinds.configMap);
  const at = new Date(now).toISOString();
  // A transition is recorded from what the API server holds now, never from a cache that may lag
  // another replica's: a stale "rejoining" after a recorded "done" would be written as a step back.
  if (target && recordStates(seenBefore, target, observedIn(derived), at).changed) {
    derived = await deriveFleet(reader.fresh());
  }
  const recorded =
    target && configMapsReadable
      ? await recordTimeline(
          new KubeApi(reader.kubeConfig),
          writes,
          facts.namespace,
          stored,
          target,
          observedIn(derived),
          at,
          async () => observedIn((derived = await deriveFleet(reader.fresh()))),
        )
      : { timeline: seenBefore, writable: configMapsReadable };

  const nodes = derived
    .map(({ windowsNode, state, reason }) =>
      upgradeRow(windowsNode, {
        state,
        reason,
        history: historyOf(recorded.timeline, target, windowsNode.name),
      }),
    )
    .sort((a, b) => byName.compare(a.name, b.name));
  return {
    operator: operatorUpgrade(facts),
    nodes,
    progress: summarizeProgress(nodes, now),
    timeline: { configMap: `${facts.namespace}/${timelineConfigMap}`, writable: recorded.writable },
    unreadable: reader.unreadable(),
  };
}
