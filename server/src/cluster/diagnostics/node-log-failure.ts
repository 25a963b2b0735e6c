import type { NodeLogProblem } from '../../../contract/node-logs';
import { NodeLogError } from '../../domain/diagnostics/log-problems';
import { HttpError } from '../../errors/http-error';

const statusOf: Record<NodeLogProblem['code'], number> = {
  'node-logs-forbidden': 403,
  'node-not-found': 404,
  'log-not-found': 404,
  'node-proxy-failed': 502,
};

/** A node log read's refusal or failure as the HTTP error a route answers (others as they are). */
export function nodeLogFailure(error: unknown): unknown {
  if (!(error instanceof NodeLogError)) return error;
  return new HttpError(statusOf[error.problem.code], error.problem);
}
