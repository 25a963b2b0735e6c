import type { NodeLogProblem } from '../../../contract/node-logs';

export type { LogCut, NodeLogProblem } from '../../../contract/node-logs';

/** A node log problem, thrown by the node log client. */
export class NodeLogError extends Error {
  constructor(readonly problem: NodeLogProblem) {
    super(problem.code);
    this.name = 'NodeLogError';
  }
}
