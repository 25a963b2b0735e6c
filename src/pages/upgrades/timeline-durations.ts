import type { NodeUpgradeState, StateTransition } from '../../../server/contract/upgrades';

/** A state a node went through, how long it stayed there, and whether it is still there. */
export interface TimedTransition extends StateTransition {
  /** Until the next state, or until `now` while the node is still in it; absent once finished. */
  durationMs?: number;
  ongoing: boolean;
}

/** States that end a node's upgrade: nothing is taking time once a node is in one. */
const finished: ReadonlySet<NodeUpgradeState> = new Set(['done', 'up-to-date']);

/** Each state of a node's timeline with how long it took, or has been taking until `now`. */
export function timelineDurations(history: StateTransition[], now: number): TimedTransition[] {
  return history.map((entry, index) => {
    const next = history.at(index + 1);
    const start = Date.parse(entry.at);
    if (next)
      return { ...entry, durationMs: Math.max(0, Date.parse(next.at) - start), ongoing: false };
    if (finished.has(entry.state)) return { ...entry, ongoing: false };
    return { ...entry, durationMs: Math.max(0, now - start), ongoing: true };
  });
}
