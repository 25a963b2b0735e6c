import type { KubeConfig } from '@kubernetes/client-node';
import type { LogFolderEntry } from '../../domain/diagnostics/directory-listing';
import type { ServiceLogId } from '../../domain/diagnostics/service-logs';
import { readEventLog } from './node-log-event-read';
import type { LogEvent, LogReadOptions } from './node-log-events';
import { readFileLog } from './node-log-file-read';
import { listLogFolder } from './node-log-files';
import { NodeLogProxy } from './node-log-proxy';
import { resolveLogSource } from './node-log-source';

export type { LogEvent, LogReadOptions } from './node-log-events';

/** Defaults a Logs view can start from: the last 500 lines, at most 2 MiB, polled every 500 ms. */
export const defaultLogReadOptions: LogReadOptions = {
  tailLines: 500,
  maxBytes: 2 * 1024 * 1024,
  maxScanBytes: 64 * 1024 * 1024,
  follow: false,
  pollIntervalMs: 500,
};

/**
 * One service's log on one node, read through the API server's node proxy as the caller (whose
 * KubeConfig this is): first where it is kept (`source`), then its lines, with `cut` events saying
 * what was left out. Streamed: memory holds a chunk, or a tail's lines, never the log. Throws a
 * NodeLogError for a refusal (403: may not read node logs), an unknown node, an unreachable kubelet
 * or a service without a log.
 */
export async function* readServiceLog(
  kubeConfig: KubeConfig,
  node: string,
  service: ServiceLogId,
  options: LogReadOptions,
): AsyncGenerator<LogEvent> {
  const proxy = await NodeLogProxy.open(kubeConfig, node);
  try {
    const source = await resolveLogSource(proxy, service, options.signal);
    yield { type: 'source', source };
    if (source.kind === 'event-log') yield* readEventLog(proxy, source.provider, options);
    else yield* readFileLog(proxy, source, options);
  } finally {
    proxy.close();
  }
}

/** A folder of a node's log root ('' for the root itself), or undefined when it is not one. */
export async function listNodeLogs(
  kubeConfig: KubeConfig,
  node: string,
  folder = '',
  signal?: AbortSignal,
): Promise<LogFolderEntry[] | undefined> {
  const proxy = await NodeLogProxy.open(kubeConfig, node);
  try {
    return await listLogFolder(proxy, folder, signal);
  } finally {
    proxy.close();
  }
}
