import Type from 'typebox';
import { parseStored } from '../stored-json';
import { NodeUpgradeState, type StateTransition } from '../../../contract/upgrades';

/** The states each node went through while moving to one target version, oldest first. */
export const UpgradeTimeline = Type.Object({
  target: Type.String(),
  nodes: Type.Record(Type.String(), Type.Array(Type.Tuple([NodeUpgradeState, Type.String()]))),
});
export type UpgradeTimeline = Type.Static<typeof UpgradeTimeline>;

/** A node that flaps must not grow the record without bound; the latest transitions matter most. */
export const maxTransitionsPerNode = 40;

/** The stored form, or undefined when absent or not ours to read (anyone may edit a ConfigMap). */
export function parseTimeline(text: string | undefined): UpgradeTimeline | undefined {
  return parseStored(UpgradeTimeline, text);
}

/** The node's transitions in the upgrade to `target`; a timeline of an earlier upgrade tells nothing. */
export function historyOf(
  timeline: UpgradeTimeline | undefined,
  target: string | undefined,
  node: string,
): StateTransition[] {
  if (!timeline || timeline.target !== target) return [];
  return (timeline.nodes[node] ?? []).map(([state, at]) => ({ state, at }));
}

/**
 * Adds each node's observed state where it differs from the last one recorded, so that replicas and
 * tabs observing the same transition record it once. A new target starts a new timeline; an idle
 * fleet (every node up to date, nothing recorded) records nothing.
 */
export function recordStates(
  timeline: UpgradeTimeline | undefined,
  target: string,
  observed: { node: string; state: NodeUpgradeState }[],
  at: string,
): { timeline: UpgradeTimeline; changed: boolean } {
  const current = timeline?.target === target ? timeline : { target, nodes: {} };
  const nodes = { ...current.nodes };
  let changed = false;
  const idle =
    Object.keys(nodes).length === 0 && observed.every(({ state }) => state === 'up-to-date');
  if (!idle) {
    for (const { node, state } of observed) {
      const transitions = nodes[node] ?? [];
      if (transitions.at(-1)?.[0] === state) continue;
      const transition: [NodeUpgradeState, string] = [state, at];
      nodes[node] = [...transitions, transition].slice(-maxTransitionsPerNode);
      changed = true;
    }
  }
  return { timeline: { target, nodes }, changed };
}
