import type {
  NodeUpgradeState,
  StateTransition,
  UpgradeProgress,
} from '../../../contract/upgrades';
import { isInProgress } from './upgrade-state';

interface NodeProgress {
  name: string;
  state: NodeUpgradeState;
  history: StateTransition[];
}

export function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function startOf(history: StateTransition[]): number | undefined {
  const started = history.find((entry) => isInProgress(entry.state));
  return started ? Date.parse(started.at) : undefined;
}

/** From the node's first step to `done`, when both were seen. */
export function nodeDurationMs(history: StateTransition[]): number | undefined {
  const start = startOf(history);
  const done = history.findLast((entry) => entry.state === 'done');
  return start !== undefined && done ? Date.parse(done.at) - start : undefined;
}

/**
 * Done / total, the node in progress, and the time left: the median duration of the nodes finished
 * so far for each node still to go, less what the current node has already spent. No estimate until
 * a node has finished.
 */
export function summarizeProgress(nodes: NodeProgress[], now: number): UpgradeProgress {
  const count = (states: NodeUpgradeState[]) =>
    nodes.filter((node) => states.includes(node.state)).length;
  const done = count(['done', 'up-to-date']);
  const current = nodes.find((node) => isInProgress(node.state));
  const durations = nodes.flatMap((node) => nodeDurationMs(node.history) ?? []);
  const typical = median(durations);
  let secondsLeft: number | undefined;
  if (typical !== undefined) {
    const currentStart = current ? startOf(current.history) : undefined;
    const spent = currentStart === undefined ? 0 : Math.min(now - currentStart, typical);
    secondsLeft = Math.round(Math.max(0, typical * (nodes.length - done) - spent) / 1000);
  }
  return {
    total: nodes.length,
    done,
    blocked: count(['blocked']),
    failed: count(['failed']),
    inProgress: current?.name,
    medianNodeSeconds: typical === undefined ? undefined : Math.round(typical / 1000),
    secondsLeft,
  };
}
