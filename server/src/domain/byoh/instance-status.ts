import type {
  ByohInstance,
  ByohState,
  InstanceEvent,
  InstanceStage,
  PreflightRecord,
} from '../../../contract/byoh';
import type { WindowsNode } from '../../../contract/nodes';
import { ipv4Of, judgeInstanceEntries, type KeyResolution } from './entry-judgement';
import { usernameOf } from './instance-entry';

/** WMCO records no status per instance: the page derives it from these, all read from the cluster. */
export interface ByohFacts {
  namespace: string;
  /** `windows-instances` data; undefined when the ConfigMap does not exist. */
  entries?: Readonly<Record<string, string>>;
  /** The IPv4 addresses of each name key, as WMCO's resolver finds them; missing: unresolvable. */
  resolution: KeyResolution;
  /** Nodes labelled `windowsmachineconfig.openshift.io/byoh=true`. */
  byohNodes: readonly WindowsNode[];
  /** Events on the `windows-instances` ConfigMap: InstanceSetup, InstanceSetupFailure, InstanceTeardown. */
  events: readonly InstanceEvent[];
  /** The last preflight of each address. */
  preflight: ReadonlyMap<string, PreflightRecord>;
  operatorVersion?: string;
  unreadable: string[];
}

const eventsPerInstance = 5;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether an event's message names this address as a whole token (10.1.42.1 is not in 10.1.42.11). */
export function mentions(message: string, address: string): boolean {
  return new RegExp(`(?<![\\w.-])${escaped(address)}(?![\\w-]|\\.\\w)`, 'i').test(message);
}

function newestFirst(a: InstanceEvent, b: InstanceEvent): number {
  return (b.at ?? '').localeCompare(a.at ?? '');
}

function stageOf(
  malformed: boolean,
  node: WindowsNode | undefined,
  events: InstanceEvent[],
): InstanceStage {
  if (malformed) return 'malformed';
  if (node) return node.ready ? 'ready' : 'joined';
  return events[0]?.reason === 'InstanceSetupFailure' ? 'failed' : 'listed';
}

/** Every entry with its validity, node, readiness, WMCO version, last preflight and WMCO's events about it. */
export function deriveByohState(facts: ByohFacts): ByohState {
  const entries = Object.entries(facts.entries ?? {}).map(([address, value]) => ({
    address,
    value,
  }));
  const { issues, blocking } = judgeInstanceEntries(entries, facts.resolution);
  const claimed = new Set<string>();
  const instances = entries.map(({ address, value }): ByohInstance => {
    const ipv4 = ipv4Of(address, facts.resolution);
    const names = [address, ...ipv4];
    // As WMCO keeps a node: any of its addresses (IPs, DNS names, hostname) is the key or its IPv4.
    const node = facts.byohNodes.find((candidate) =>
      candidate.addresses.some((nodeAddress) => names.includes(nodeAddress)),
    );
    if (node) claimed.add(node.name);
    const events = facts.events
      .filter((event) => names.some((name) => mentions(event.message, name)))
      .sort(newestFirst)
      .slice(0, eventsPerInstance);
    const issue = issues.get(address);
    return {
      address,
      value,
      username: usernameOf(value),
      issue,
      ipv4,
      stage: stageOf(issue?.blocksAll === true, node, events),
      node: node
        ? { name: node.name, ready: node.ready, wmcoVersion: node.wmcoVersion }
        : undefined,
      preflight: facts.preflight.get(address),
      events,
    };
  });
  return {
    namespace: facts.namespace,
    configMapExists: facts.entries !== undefined,
    instances: instances.sort((a, b) => a.address.localeCompare(b.address)),
    malformed: blocking.length,
    orphanNodes: facts.byohNodes
      .filter((node) => !claimed.has(node.name))
      .map((node) => node.name)
      .sort(),
    operatorVersion: facts.operatorVersion,
    unreadable: facts.unreadable,
  };
}
