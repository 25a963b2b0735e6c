import type { KubeConfig } from '@kubernetes/client-node';
import type { ServiceLogChecks, ServiceLogEvidence } from '../../../contract/node-services';
import { NodeLogError } from '../../domain/diagnostics/log-problems';
import { lastErrorLine } from '../../domain/diagnostics/node-services';
import { serviceLogs, type ServiceLog } from '../../domain/diagnostics/service-logs';
import { defaultLogReadOptions, readServiceLog } from './node-log-reader';

/** Enough of a log's end to see whether the service is failing now, little enough to read 7 at once. */
const checkOptions = {
  ...defaultLogReadOptions,
  tailLines: 300,
  maxBytes: 256 * 1024,
  maxScanBytes: 1024 * 1024,
};

async function evidenceOf(
  kubeConfig: KubeConfig,
  node: string,
  entry: ServiceLog,
  signal?: AbortSignal,
): Promise<ServiceLogEvidence> {
  const lines: string[] = [];
  try {
    for await (const event of readServiceLog(kubeConfig, node, entry.service, {
      ...checkOptions,
      signal,
    })) {
      if (event.type === 'lines') lines.push(...event.lines);
    }
  } catch (error) {
    if (error instanceof NodeLogError && error.problem.code === 'log-not-found') {
      return { found: false };
    }
    throw error;
  }
  const lastError = lastErrorLine(lines);
  return lastError === undefined ? { found: true } : { found: true, lastError };
}

/**
 * The end of every WMCO service's log on one node, read through the node proxy as the caller, as
 * evidence by Windows service name: whether the node has the log, and its last error line. A
 * refusal (no `nodes/proxy`) or an unreachable kubelet throws a NodeLogError.
 */
export async function readServiceLogChecks(
  kubeConfig: KubeConfig,
  node: string,
  signal?: AbortSignal,
): Promise<ServiceLogChecks> {
  const evidence = await Promise.all(
    serviceLogs.map(
      async (entry) => [entry.provider, await evidenceOf(kubeConfig, node, entry, signal)] as const,
    ),
  );
  return { node, checkedAt: Date.now(), logs: Object.fromEntries(evidence) };
}
