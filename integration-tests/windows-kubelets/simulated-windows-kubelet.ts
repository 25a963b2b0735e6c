// TEST DOUBLE: the HTTPS endpoint of a Windows node's kubelet, as far as the node proxy's /logs/
// reaches it. It listens on a loopback address, serves the kubelet certificate the API server
// checks against --kubelet-certificate-authority, and, like a kubelet, admits only clients whose
// certificate that CA signed (the API server's --kubelet-client-certificate).
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { serveLogPath } from './kubelet-file-server';
import { answerLogQuery } from './kubelet-log-query';
import type { KubeletPki } from './kubelet-pki';
import type { WindowsNodeLogs } from './windows-node-logs';

export interface SimulatedWindowsKubeletOptions {
  nodeName: string;
  /** The node's address the API server dials (its InternalIP), named in the serving certificate. */
  nodeAddress: string;
  /** The loopback address to listen on; the port is chosen free. */
  listenAddress: string;
  pki: KubeletPki;
  logs: WindowsNodeLogs;
  /** The kubelet configuration's enableSystemLogQuery (default true). */
  enableSystemLogQuery?: boolean;
}

export interface SeenRequest {
  path: string;
  /** Whether an Authorization header reached the kubelet (the API server must strip the caller's). */
  authorization: boolean;
  clientCommonName: string | undefined;
}

export class SimulatedWindowsKubelet {
  /** Every request served, oldest first. */
  readonly seen: SeenRequest[] = [];

  private constructor(
    private readonly server: Server,
    readonly options: SimulatedWindowsKubeletOptions,
    readonly port: number,
  ) {}

  static async start(options: SimulatedWindowsKubeletOptions): Promise<SimulatedWindowsKubelet> {
    const serving = options.pki.servingCertificate(options.nodeName, [options.nodeAddress]);
    const server = createServer({
      key: serving.keyPem,
      cert: serving.certPem,
      ca: options.pki.ca.certPem,
      requestCert: true,
      rejectUnauthorized: true,
    });
    server.listen(0, options.listenAddress);
    await once(server, 'listening');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const kubelet = new SimulatedWindowsKubelet(server, options, port);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      kubelet.serve(request, response);
    });
    return kubelet;
  }

  get logs(): WindowsNodeLogs {
    return this.options.logs;
  }

  /** Appends lines to a log file, as the service writing them would. */
  append(logPath: string, text: string): void {
    const file = this.logs.files.get(logPath);
    if (!file) throw new Error(`${this.options.nodeName} has no log ${logPath}`);
    file.append(text);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close').catch(() => undefined);
  }

  private serve(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'https://kubelet');
    const peer = (request.socket as TLSSocket).getPeerCertificate();
    this.seen.push({
      path: `${url.pathname}${url.search}`,
      authorization: request.headers.authorization !== undefined,
      clientCommonName: typeof peer.subject?.CN === 'string' ? peer.subject.CN : undefined,
    });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (!url.pathname.startsWith('/logs/')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('404 page not found\n');
      return;
    }
    const below = decodeURIComponent(url.pathname.slice('/logs'.length));
    const answer =
      this.options.enableSystemLogQuery === false
        ? { servePath: below }
        : answerLogQuery(this.logs, below, url.searchParams, request.headers, response);
    if (answer !== 'answered') {
      serveLogPath(this.logs, answer.servePath, request.headers.range, response);
    }
  }
}
