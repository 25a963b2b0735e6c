import { PassThrough, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { stringify } from 'yaml';
import { bundleForm, scrubText } from '../../domain/diagnostics/bundle-scrub';
import { NodeLogError, type LogCut } from '../../domain/diagnostics/log-problems';
import { serviceLogIds, type ServiceLogId } from '../../domain/diagnostics/service-logs';
import type { ClusterReader } from '../reader/cluster-reader';
import { readWmcoNamespaceEvents } from './diagnostics-reader';
import { diagnoseWindowsJoins, type PtrLookup } from './join-diagnosis';
import { readServiceLog } from './node-log-reader';

export interface SupportBundleRequest {
  /** The Windows nodes whose service logs go in. */
  nodes: string[];
  /** The last N lines of each service log. */
  tailLines: number;
  /** The most bytes of files (before compression) the archive holds; what does not fit is listed. */
  maxBytes: number;
  /** The caller's token, removed wherever it would appear; every key and token pattern is too. */
  callerToken: string;
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
  now?: number;
  ptr: PtrLookup;
}

/** Where the build is: files written of those planned, and the one being written. */
export interface BundleProgress {
  done: number;
  total: number;
  file: string;
}

/** What the archive leaves out and why, written last as manifest.json. */
interface BundleManifest {
  createdAt: string;
  nodes: string[];
  tailLines: number;
  files: string[];
  unreadable: string[];
  logProblems: { node: string; service: ServiceLogId; problem: string; params: object }[];
  /** What each log read left out (before its tail, at the size cap). */
  logCuts: { node: string; service: ServiceLogId; cut: LogCut }[];
  omittedForSize: string[];
}

const ROOT = 'windows-nodes-support';
const PER_LOG_CAP = 8 * 1024 * 1024;

/**
 * A support bundle as a streamed .tar.gz, like must-gather's Windows part and more: the Windows
 * nodes, Machines and MachineSets, WMCO's Subscription, CSV, ConfigMaps and events, the CSRs, the
 * two secrets as facts only, a join timeline per Machine and BYOH entry, and the last lines of
 * every service log of the chosen nodes (host_service_logs/<node>/<path>, as must-gather lays them
 * out). Everything is read as the caller, through `reader`; every file is scrubbed of keys and tokens.
 */
export function buildSupportBundle(reader: ClusterReader, request: SupportBundleRequest): Readable {
  const pack = tar.pack();
  const output = new PassThrough();
  pack.pipe(createGzip()).pipe(output);
  void write(reader, request, pack).catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}

async function write(
  reader: ClusterReader,
  request: SupportBundleRequest,
  pack: tar.Pack,
): Promise<void> {
  const now = request.now ?? Date.now();
  const { diagnoses, objects } = await diagnoseWindowsJoins(reader, { now, ptr: request.ptr });
  const wmcoEvents = await readWmcoNamespaceEvents(reader, objects.namespace);
  const logs = request.nodes.flatMap((node) => serviceLogIds.map((service) => ({ node, service })));
  const documents: [string, unknown][] = [
    ['cluster/nodes.yaml', objects.nodes],
    ['cluster/machines.yaml', objects.machines],
    ['cluster/machinesets.yaml', objects.machineSets],
    ['cluster/certificatesigningrequests.yaml', objects.csrs],
    ['wmco/subscription.yaml', objects.subscription ?? null],
    ['wmco/clusterserviceversions.yaml', objects.csvs],
    ['wmco/configmaps.yaml', objects.configMaps],
    ['wmco/events.yaml', wmcoEvents],
    ['cluster/events.yaml', objects.events],
    ['wmco/secrets.yaml', objects.secrets],
  ];
  const manifest: BundleManifest = {
    createdAt: new Date(now).toISOString(),
    nodes: request.nodes,
    tailLines: request.tailLines,
    files: [],
    unreadable: reader.unreadable(),
    logProblems: [],
    logCuts: [],
    omittedForSize: [],
  };
  const total = documents.length + 1 + logs.length + 1;
  let done = 0;
  let budget = request.maxBytes;
  const add = async (name: string, text: string): Promise<void> => {
    request.onProgress?.({ done, total, file: name });
    const bytes = Buffer.from(scrubText(text, [request.callerToken]));
    done += 1;
    if (bytes.length > budget) {
      manifest.omittedForSize.push(name);
      return;
    }
    budget -= bytes.length;
    manifest.files.push(name);
    await new Promise<void>((resolve, reject) => {
      pack.entry(
        { name: `${ROOT}/${name}`, size: bytes.length, mtime: new Date(now) },
        bytes,
        (error) => {
          if (error) reject(error);
          else resolve();
        },
      );
    });
  };
  for (const [name, value] of documents) {
    const items = Array.isArray(value)
      ? value.map((item) => bundleForm(item as { metadata?: object }))
      : value;
    await add(name, stringify(items));
  }
  await add('timelines.json', `${JSON.stringify(diagnoses, null, 2)}\n`);
  for (const { node, service } of logs) {
    if (request.signal?.aborted) break;
    const lines: string[] = [];
    let path = `${service}.log`;
    try {
      const options = {
        tailLines: request.tailLines,
        maxBytes: Math.min(PER_LOG_CAP, budget),
        maxScanBytes: PER_LOG_CAP,
        follow: false,
        pollIntervalMs: 0,
        signal: request.signal,
      };
      for await (const event of readServiceLog(reader.kubeConfig, node, service, options)) {
        if (event.type === 'lines') lines.push(...event.lines);
        if (event.type === 'source' && event.source.kind === 'file') path = event.source.path;
        if (event.type === 'cut') manifest.logCuts.push({ node, service, cut: event.cut });
      }
    } catch (error) {
      if (!(error instanceof NodeLogError)) throw error;
      manifest.logProblems.push({
        node,
        service,
        problem: error.problem.code,
        params: error.problem.params,
      });
      done += 1;
      continue;
    }
    await add(`host_service_logs/${node}/${path}`, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
  budget = Number.MAX_SAFE_INTEGER; // the manifest always goes in: it says what did not
  await add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  pack.finalize();
}
