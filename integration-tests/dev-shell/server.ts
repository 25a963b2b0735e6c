/**
 * The dev shell's server: what the console's bridge does for a plugin, on one port. It serves the host page,
 * the plugin's assets from its BFF (`/api/plugins/<name>/`), and the console's proxy to the BFF
 * (`/api/proxy/plugin/<name>/bff/`) with the chosen user's bearer token and the bridge's CSRF check.
 *
 * CLI: `BFF_URL=… ADMIN_TOKEN=… LIMITED_TOKEN=… tsx integration-tests/dev-shell/server.ts` prints the shell's URL.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consoleProxyBase } from '../../server/contract/paths';
import { hostBuildDir } from './build';
import {
  defaultUser,
  devShellUsers,
  hostAssetsPath,
  pluginAssetsPath,
  userCookieName,
  type DevShellUser,
} from './contract';
import { csrfRejection, csrfSetCookie } from './csrf';
import { forward, withoutHeaders } from './forward';
import { isMainModule } from './is-main-module';
import { readRequestCookie } from './request-cookie';
import { sendJson } from './send-json';
import { serveFile } from './static-files';

export type DevShellOptions = {
  /** Default 9000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the BFF listens, e.g. http://127.0.0.1:9443. */
  bffUrl: string;
  /** Bearer tokens the proxy sends for each user of the host's user switcher. */
  tokens: Record<DevShellUser, string>;
  /** Whose token the proxy sends until the switcher picks one (default admin). */
  defaultUser?: DevShellUser;
};

export type DevShell = { url: string; stop(): Promise<void> };

const proxyPath = `${consoleProxyBase}/`;
// The bridge never passes the console's own cookie or CSRF token on to a plugin (pkg/proxy HeaderBlacklist).
const consoleOnlyHeaders = ['cookie', 'x-csrftoken'];

function currentUser(request: IncomingMessage, fallback: DevShellUser): DevShellUser {
  const user = readRequestCookie(request, userCookieName);
  return devShellUsers.find((known) => known === user) ?? fallback;
}

export async function startDevShell(options: DevShellOptions): Promise<DevShell> {
  const { port = 9000, host = '127.0.0.1', bffUrl, tokens } = options;
  const fallbackUser = options.defaultUser ?? defaultUser;
  const indexFile = `${hostBuildDir}index.html`;
  if (!existsSync(indexFile))
    throw new Error('The dev shell host is not built: run `npm run build:dev-shell`');
  const indexHtml = await readFile(indexFile);
  const bffBase = bffUrl.replace(/\/+$/, '');
  // Raw path and query after a prefix, so the BFF sees them exactly as the browser sent them.
  const bffTarget = (request: IncomingMessage, prefix: string) =>
    new URL(`${bffBase}/${request.url?.slice(prefix.length) ?? ''}`);

  const proxyToBff = (request: IncomingMessage, response: ServerResponse): void => {
    const rejection = csrfRejection(request);
    if (rejection) {
      response
        .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${rejection}\n`);
      return;
    }
    forward(request, response, {
      target: bffTarget(request, proxyPath),
      method: request.method ?? 'GET',
      headers: {
        ...withoutHeaders(request.headers, consoleOnlyHeaders),
        authorization: `Bearer ${tokens[currentUser(request, fallbackUser)]}`,
      },
      // The bridge sandboxes proxied content so that nothing it returns runs as the console.
      responseHeaders: {
        'content-security-policy': 'sandbox;',
        'x-content-security-policy': 'sandbox;',
      },
    });
  };

  const servePluginAsset = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      sendJson(response, 405, { error: 'Method unsupported, the only supported methods is GET' });
      return;
    }
    forward(request, response, {
      target: bffTarget(request, pluginAssetsPath),
      method: 'GET',
      headers: withoutHeaders(request.headers, consoleOnlyHeaders),
    });
  };

  // Every other path is a console page: the host renders it, with a fresh CSRF cookie as the bridge sets.
  const servePage = (response: ServerResponse): void => {
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'set-cookie': csrfSetCookie(),
      })
      .end(indexHtml);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://dev-shell');
    if (pathname.startsWith(proxyPath)) proxyToBff(request, response);
    else if (pathname.startsWith(pluginAssetsPath)) servePluginAsset(request, response);
    else if (pathname.startsWith('/api/')) {
      sendJson(response, 404, { message: `The dev shell does not serve ${pathname}` });
    } else if (pathname.startsWith(hostAssetsPath)) {
      await serveFile(response, hostBuildDir, pathname.slice(hostAssetsPath.length));
    } else servePage(response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else
        sendJson(response, 500, {
          message: error instanceof Error ? error.message : String(error),
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${boundPort}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        // Open event streams would otherwise keep the server from closing.
        server.closeAllConnections();
      }),
  };
}

if (isMainModule(import.meta.url)) {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`Set ${name}`);
    return value;
  };
  const shell = await startDevShell({
    bffUrl: env('BFF_URL'),
    tokens: { admin: env('ADMIN_TOKEN'), limited: env('LIMITED_TOKEN') },
  });
  console.log(shell.url);
}
