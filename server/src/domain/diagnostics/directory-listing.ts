import type { LogFolderEntry } from '../../../contract/node-logs';

export type { LogFolderEntry } from '../../../contract/node-logs';

const link = /<a href="([^"]*)">/g;

/**
 * The entries of a folder as the kubelet's /logs/ file server lists them (Go's http.FileServer:
 * `<a href="name">name</a>` lines inside `<pre>`; folders end in `/`).
 */
export function parseDirectoryListing(html: string): LogFolderEntry[] {
  const entries: LogFolderEntry[] = [];
  for (const match of html.matchAll(link)) {
    const href = match[1] ?? '';
    let name: string;
    try {
      name = decodeURIComponent(href);
    } catch {
      continue;
    }
    if (name === '' || name.startsWith('/') || name.includes('..')) continue;
    const folder = name.endsWith('/');
    entries.push({ name: folder ? name.slice(0, -1) : name, folder });
  }
  return entries;
}

/** Whether a /logs/ answer is the file server's HTML listing rather than a log. */
export function isDirectoryListing(contentType: string | undefined): boolean {
  return contentType?.startsWith('text/html') ?? false;
}
