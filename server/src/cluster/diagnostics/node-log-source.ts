import { isDirectoryListing } from '../../domain/diagnostics/directory-listing';
import { NodeLogError } from '../../domain/diagnostics/log-problems';
import { serviceLog, type ServiceLogId } from '../../domain/diagnostics/service-logs';
import { statLogFile, type LogFileStat } from './node-log-files';
import { readBounded, type NodeLogProxy } from './node-log-proxy';

/** Where a service's log is read from: a file below /logs/, or the Application event log. */
export type LogSource = ({ kind: 'file' } & LogFileStat) | { kind: 'event-log'; provider: string };

const PROBE_LIMIT = 4096;
/** What a kubelet says when the service logs to a file rather than the event log. */
// i18n-exempt: the kubelet's own answers, matched, never shown
const fileLoggerAnswers = ['options present and query resolved to log files', 'log not found for'];

/**
 * Asks the kubelet's system log query (`?query=<service>&tailLines=1`) whether the service is an
 * event-log provider. A kubelet without enableSystemLogQuery answers with its root listing; one
 * with it names the log files it would fall back to, or refuses.
 */
async function isEventLogProvider(
  proxy: NodeLogProxy,
  provider: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const response = await proxy.get('', { query: { query: provider, tailLines: '1' }, signal });
  if (response.statusCode !== 200 || isDirectoryListing(response.headers['content-type'])) {
    response.resume();
    return false;
  }
  const head = (await readBounded(response, PROBE_LIMIT)).toString('utf8');
  return !fileLoggerAnswers.some((answer) => head.includes(answer));
}

/**
 * Where a node keeps a service's log: the event log when the kubelet's log query reads it there,
 * else the first of the service's known files the node has.
 */
export async function resolveLogSource(
  proxy: NodeLogProxy,
  service: ServiceLogId,
  signal?: AbortSignal,
): Promise<LogSource> {
  const entry = serviceLog(service);
  if (await isEventLogProvider(proxy, entry.provider, signal)) {
    return { kind: 'event-log', provider: entry.provider };
  }
  for (const path of entry.files) {
    const stat = await statLogFile(proxy, path, signal);
    if (stat) return { kind: 'file', ...stat };
  }
  throw new NodeLogError({
    code: 'log-not-found',
    params: { node: proxy.node, service, tried: [...entry.files] },
  });
}
