// The kubelet's /logs/ file server (TEST DOUBLE), answering as Go's http.FileServer does over
// C:\var\log: a folder without its trailing slash is redirected, a folder is an HTML listing of its
// entries (folders end in /), a file is served whole or, for a `Range: bytes=` request, in part
// (206 with Content-Range; 416 when the range starts past the end).
import type { ServerResponse } from 'node:http';
import type { WindowsNodeLogs } from './windows-node-logs';

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&#34;')
    .replaceAll("'", '&#39;');
}

/** The entries directly inside `folder` ('' is the root), folders with a trailing slash. */
function entriesOf(logs: WindowsNodeLogs, folder: string): string[] | undefined {
  const prefix = folder === '' ? '' : `${folder}/`;
  const entries = new Set<string>();
  const paths = [...logs.files.keys(), ...[...logs.emptyFolders].map((empty) => `${empty}/`)];
  for (const filePath of paths) {
    if (!filePath.startsWith(prefix)) continue;
    const rest = filePath.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (rest !== '') entries.add(slash < 0 ? rest : rest.slice(0, slash + 1));
  }
  const isFolder = folder === '' || logs.emptyFolders.has(folder) || entries.size > 0;
  return isFolder ? [...entries].sort() : undefined;
}

/** Byte range of a single-range header against `size`; undefined: serve whole; null: unsatisfiable. */
export function byteRange(
  header: string | undefined,
  size: number,
): [number, number] | null | undefined {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    return suffix === 0 ? null : [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(from);
  if (start >= size) return null;
  return [start, to === '' ? size - 1 : Math.min(Number(to), size - 1)];
}

/** Serves `urlPath` (below /logs/, already decoded) from the node's logs. */
export function serveLogPath(
  logs: WindowsNodeLogs,
  urlPath: string,
  rangeHeader: string | undefined,
  response: ServerResponse,
): void {
  const relative = urlPath.replace(/^\/+/, '');
  const folder = relative.replace(/\/+$/, '');
  const file = logs.files.get(relative);
  if (!file) {
    const entries = entriesOf(logs, folder);
    if (!entries) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('404 page not found\n');
      return;
    }
    if (folder !== '' && !relative.endsWith('/')) {
      response.writeHead(301, { location: `${folder.split('/').at(-1) ?? ''}/` });
      response.end();
      return;
    }
    const links = entries.map(
      (name) => `<a href="${encodeURI(name).replaceAll('?', '%3F')}">${escapeHtml(name)}</a>\n`,
    );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html>\n<meta name="viewport" content="width=device-width">\n<pre>\n${links.join('')}</pre>\n`,
    );
    return;
  }
  const headers = {
    'accept-ranges': 'bytes',
    'content-type': 'text/plain; charset=utf-8',
    'last-modified': file.modified.toUTCString(),
  };
  const range = byteRange(rangeHeader, file.size);
  if (range === null) {
    response.writeHead(416, { ...headers, 'content-range': `bytes */${String(file.size)}` });
    response.end('invalid range: failed to overlap\n');
    return;
  }
  const [start, end] = range ?? [0, file.size - 1];
  response.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': String(Math.max(0, end - start + 1)),
    ...(range
      ? { 'content-range': `bytes ${String(start)}-${String(end)}/${String(file.size)}` }
      : {}),
  });
  if (end < start) {
    response.end();
    return;
  }
  file.read(start, end).pipe(response);
}
