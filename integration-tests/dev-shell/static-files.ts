import type { ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { sendJson } from './send-json';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Serves a file of the host build; nothing outside `dir`. */
export async function serveFile(
  response: ServerResponse,
  dir: string,
  relativePath: string,
): Promise<void> {
  const file = resolve(dir, relativePath);
  const body = file.startsWith(resolve(dir) + sep)
    ? await readFile(file).catch(() => undefined)
    : undefined;
  if (!body) {
    sendJson(response, 404, { message: `No dev-shell file ${relativePath}` });
    return;
  }
  response
    .writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    .end(body);
}
