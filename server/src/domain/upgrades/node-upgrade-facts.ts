import type { CoreV1Event, V1Node } from '@kubernetes/client-node';
import { wmcoNames } from '../wmco-names';
import type { DrainOutlook } from './drain-blockers';
import { upgradeEventReasons } from './upgrade-event-index';
import type { NodeUpgradeFacts, UpgradeEvent } from './upgrade-state';

/** What else the cluster tells about the node. */
export interface NodeRelations {
  /** The Machine behind a Machine-backed node. */
  machine?: { name: string; phase?: string; deleting: boolean };
  drain?: DrainOutlook;
  /** Events that may concern the node: its own, its Machine's, the `windows-instances` ConfigMap's. */
  events: CoreV1Event[];
  /** When the upgrade began; older events are about something else. */
  startedAt?: string;
}

function eventTime(event: CoreV1Event): string | undefined {
  const time = event.lastTimestamp ?? event.eventTime ?? event.metadata.creationTimestamp;
  return time ? new Date(time).toISOString() : undefined;
}

/** BYOH events are on the ConfigMap and name the instance by the address or name it was listed by. */
function namesInstance(message: string, node: V1Node): boolean {
  const names = [
    node.metadata?.name,
    ...(node.status?.addresses ?? []).map((address) => address.address),
  ];
  const words = new Set(message.split(/[\s,;:()'"[\]{}]+/).map((word) => word.replace(/\.+$/, '')));
  return names.some((name) => name !== undefined && words.has(name));
}

function concerns(event: CoreV1Event, node: V1Node, machine: string | undefined): boolean {
  const { kind, name } = event.involvedObject;
  if (kind === 'Node') return name === node.metadata?.name;
  if (kind === 'Machine') return machine !== undefined && name === machine;
  if (kind === 'ConfigMap' && name === wmcoNames.instancesConfigMap)
    return namesInstance(event.message ?? '', node);
  return false;
}

function nodeEvents(node: V1Node, relations: NodeRelations): UpgradeEvent[] {
  const since = relations.startedAt ? Date.parse(relations.startedAt) : undefined;
  return relations.events
    .filter((event) => upgradeEventReasons.has(event.reason ?? ''))
    .filter((event) => concerns(event, node, relations.machine?.name))
    .flatMap((event) => {
      const at = eventTime(event);
      if (!at || (since !== undefined && Date.parse(at) < since)) return [];
      return [{ reason: event.reason ?? '', message: event.message ?? '', at }];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

type NodeOwnFacts = Omit<NodeUpgradeFacts, 'machine' | 'podsToEvict' | 'drainBlockedBy' | 'events'>;

/**
 * What the Node object alone tells, kept per object: a cached list keeps the objects of unchanged
 * nodes, so after one node changed only its facts are read again.
 */
const ownFactsOfNode = new WeakMap<V1Node, NodeOwnFacts>();

function ownFacts(node: V1Node): NodeOwnFacts {
  const kept = ownFactsOfNode.get(node);
  if (kept) return kept;
  const labels = node.metadata?.labels ?? {};
  const annotations = node.metadata?.annotations ?? {};
  // WMCO sets these as labels; older notes call them annotations, so either counts.
  const flag = (key: string) => (labels[key] ?? annotations[key]) === 'true';
  const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
  const facts: NodeOwnFacts = {
    version: annotations[wmcoNames.versionAnnotation],
    desiredVersion: annotations[wmcoNames.desiredVersionAnnotation],
    rebootRequired: annotations[wmcoNames.rebootRequiredAnnotation] === 'true',
    upgrading: labels[wmcoNames.upgradingLabel] === 'true',
    unschedulable: node.spec?.unschedulable === true,
    ready: ready?.status === 'True',
    readySince: ready?.lastTransitionTime
      ? new Date(ready.lastTransitionTime).toISOString()
      : undefined,
    upgradeBlocked: flag(wmcoNames.upgradeBlockedLabel),
    allowUpgrade: flag(wmcoNames.allowUpgradeLabel),
  };
  ownFactsOfNode.set(node, facts);
  return facts;
}

/** The inputs of deriveUpgradeState, from a Node and what relates to it. */
export function toNodeUpgradeFacts(node: V1Node, relations: NodeRelations): NodeUpgradeFacts {
  const own = ownFacts(node);
  // Field by field: V8 copies a spread object property by property on a slow path.
  return {
    version: own.version,
    desiredVersion: own.desiredVersion,
    rebootRequired: own.rebootRequired,
    upgrading: own.upgrading,
    unschedulable: own.unschedulable,
    ready: own.ready,
    readySince: own.readySince,
    upgradeBlocked: own.upgradeBlocked,
    allowUpgrade: own.allowUpgrade,
    machine: relations.machine
      ? { phase: relations.machine.phase, deleting: relations.machine.deleting }
      : undefined,
    podsToEvict: relations.drain?.podsToEvict ?? 0,
    drainBlockedBy: relations.drain?.blockedBy ?? [],
    events: nodeEvents(node, relations),
  };
}
