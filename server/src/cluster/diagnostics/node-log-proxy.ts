import { Agent, request, type RequestOptions } from 'node:https';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import { NodeLogError } from '../../domain/diagnostics/log-problems';
import { nodeLogsCommand } from '../../domain/diagnostics/service-logs';

const STATUS_BODY_LIMIT = 64 * 1024;

/** Reads at most `limit` bytes of a response, then lets the rest go. */
export async function readBounded(body: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    chunks.push(bytes.subarray(0, limit - size));
    size += Math.min(bytes.length, limit - size);
    if (size >= limit) break;
  }
  body.destroy();
  return Buffer.concat(chunks);
}

function statusMessage(text: string): { message: string; kind?: string } | undefined {
  try {
    const parsed = JSON.parse(text) as {
      kind?: unknown;
      message?: unknown;
      details?: { kind?: unknown };
    };
    if (parsed.kind !== 'Status' || typeof parsed.message !== 'string') return undefined;
    const kind = typeof parsed.details?.kind === 'string' ? parsed.details.kind : undefined;
    return { message: parsed.message, kind };
  } catch {
    return undefined;
  }
}

/**
 * GETs below a node's `/logs/` through the API server's node proxy
 * (`/api/v1/nodes/<node>/proxy/logs/…`) with the caller's credentials, never the BFF's: the API
 * server checks `get nodes/proxy` for the caller, strips the caller's token, and reaches the kubelet
 * with its own client certificate. One keep-alive connection serves a whole read (a tail's ranges,
 * a follow's polls). Answers the API server itself refuses become NodeLogErrors; the kubelet's own
 * answers (a file's 404, a 416 past the end) are returned as they are.
 */
export class NodeLogProxy {
  private constructor(
    readonly node: string,
    private readonly base: URL,
    /** The caller's credentials, as the KubeConfig puts them in headers (a bearer token). */
    private readonly headers: OutgoingHttpHeaders,
    private readonly agent: Agent,
  ) {}

  static async open(kubeConfig: KubeConfig, node: string): Promise<NodeLogProxy> {
    const server = kubeConfig.getCurrentCluster()?.server;
    if (!server) throw new Error('the KubeConfig names no cluster');
    const options: RequestOptions = {};
    await kubeConfig.applyToHTTPSOptions(options);
    const { ca, cert, key, rejectUnauthorized, servername } = options;
    const agent = new Agent({
      keepAlive: true,
      maxSockets: 2,
      ca,
      cert,
      key,
      rejectUnauthorized,
      servername,
    });
    (options.agent as Agent | undefined)?.destroy();
    const base = new URL(
      `${server.replace(/\/$/, '')}/api/v1/nodes/${encodeURIComponent(node)}/proxy/logs/`,
    );
    const headers = Array.isArray(options.headers) ? {} : (options.headers ?? {});
    return new NodeLogProxy(node, base, headers as OutgoingHttpHeaders, agent);
  }

  /** GET `logPath` (relative to /logs/, '' for the root) with optional query and Range. */
  async get(
    logPath: string,
    {
      query,
      range,
      signal,
    }: { query?: Record<string, string>; range?: string; signal?: AbortSignal } = {},
  ): Promise<IncomingMessage> {
    const url = new URL(logPath.split('/').map(encodeURIComponent).join('/'), this.base);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = request(url, {
        agent: this.agent,
        method: 'GET',
        signal,
        headers: { ...this.headers, ...(range ? { range } : {}) },
      });
      outgoing.once('response', resolve);
      outgoing.once('error', reject);
      outgoing.end();
    });
    const status = response.statusCode ?? 0;
    if (status < 400 || status === 416) return response;
    const isStatus = response.headers['content-type']?.startsWith('application/json') ?? false;
    // The kubelet's own refusals (no such file, a query it will not answer) are plain text.
    if ((status === 404 || status === 400 || status === 406) && !isStatus) return response;
    const text = (await readBounded(response, STATUS_BODY_LIMIT)).toString('utf8');
    const parsed = isStatus ? statusMessage(text) : undefined;
    if (status === 403) {
      throw new NodeLogError({
        code: 'node-logs-forbidden',
        params: {
          node: this.node,
          resource: 'nodes/proxy',
          verb: 'get',
          command: nodeLogsCommand(this.node, logPath === '' ? '/' : logPath),
        },
      });
    }
    if (status === 404 && parsed?.kind === 'nodes') {
      throw new NodeLogError({ code: 'node-not-found', params: { node: this.node } });
    }
    throw new NodeLogError({
      code: 'node-proxy-failed',
      params: { node: this.node, status, message: (parsed?.message ?? text).slice(0, 500).trim() },
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
