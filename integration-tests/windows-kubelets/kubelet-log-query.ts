// The kubelet's system log query, `/logs/?query=<service>` (enableSystemLogQuery), as a Windows
// kubelet answers it (TEST DOUBLE; k8s.io/kubernetes pkg/kubelet/kubelet_server_journal*.go):
//   - parameters query (repeatable; with / or \ a file, else a service), sinceTime, untilTime
//     (RFC 3339), tailLines (0-100000), pattern (regex), boot: unparsable ones answer 400; none
//     at all falls through to the file server;
//   - a query with a path, or failing validation (bad service name, more than 4 services, a file
//     with options, a file and a service, since after until, boot on Windows), answers 406;
//   - a service that is an Application event-log provider is read with Get-WinEvent: the newest
//     tailLines events in the time window, oldest first, then filtered by pattern, as a table;
//   - any other service is looked for as a file (<s>, <s>.log, <s>/<s>.log): with options present
//     the kubelet only says it resolved to log files; without, it copies the file whole.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { EventLogEntry, WindowsNodeLogs } from './windows-node-logs';

const MAX_TAIL_LINES = 100_000;
const MAX_SERVICES = 4;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UNSAFE_SERVICE = /[^a-zA-Z\-_.:0-9@]+/;

interface NodeLogQuery {
  services: string[];
  files: string[];
  sinceTime?: Date;
  untilTime?: Date;
  tailLines?: number;
  boot?: number;
  pattern?: string;
}

function hasOptions(query: NodeLogQuery): boolean {
  return [query.sinceTime, query.untilTime, query.tailLines, query.boot, query.pattern].some(
    (option) => option !== undefined,
  );
}

function aggregate(errors: string[]): string {
  return errors.length === 1 ? (errors[0] ?? '') : `[${errors.join(', ')}]`;
}

/** newNodeLogQuery: the query, undefined when no parameter applies, or the parse errors. */
function parse(params: URLSearchParams): NodeLogQuery | undefined | string[] {
  const errors: string[] = [];
  const query: NodeLogQuery = { services: [], files: [] };
  const queries = params.getAll('query');
  for (const value of queries) {
    if (/[/\\]/.test(value)) query.files.push(value);
    else if (value.trim() !== '') query.services.push(value);
  }
  if (params.has('query') && query.files.length + query.services.length === 0) {
    errors.push(`query: Invalid value: ${JSON.stringify(queries)}: may not be empty`);
  }
  for (const name of ['sinceTime', 'untilTime'] as const) {
    const value = params.get(name);
    if (!value) continue;
    if (RFC3339.test(value)) query[name] = new Date(value);
    else errors.push(`${name}: Invalid value: "${value}": invalid time format`);
  }
  for (const name of ['boot', 'tailLines'] as const) {
    const value = params.get(name);
    if (!value) continue;
    if (/^[+-]?\d+$/.test(value)) query[name] = Number(value);
    else
      errors.push(
        `${name}: Invalid value: "${value}": strconv.Atoi: parsing "${value}": invalid syntax`,
      );
  }
  const pattern = params.get('pattern');
  if (pattern) query.pattern = pattern;
  if (errors.length > 0) return errors;
  return query.services.length + query.files.length > 0 || hasOptions(query) ? query : undefined;
}

function validate(query: NodeLogQuery, logs: WindowsNodeLogs): string[] {
  const errors = query.services
    .filter((service) => service.length > 256 || UNSAFE_SERVICE.test(service))
    .map((service) => `query: Invalid value: "${service}": input contains unsupported characters`);
  if (query.services.length > MAX_SERVICES) {
    errors.push(
      `query: Too many: ${String(query.services.length)}: must have at most ${String(MAX_SERVICES)} items`,
    );
  }
  const [file] = query.files;
  if (query.files.length === 0 && query.services.length === 0) {
    errors.push('query: Required value: cannot be empty with options');
  } else if (query.files.length > 0 && query.services.length > 0) {
    errors.push('query: Invalid value: cannot specify a file and service');
  } else if (query.files.length > 1) {
    errors.push('query: Invalid value: cannot specify more than one file');
  } else if (file !== undefined && hasOptions(query)) {
    errors.push('query: Invalid value: cannot specify file with options');
  } else if (
    file !== undefined &&
    !logs.files.has(file.replaceAll('\\', '/').replace(/^\/+/, ''))
  ) {
    errors.push(`query: Invalid value: "${file}": The system cannot find the file specified.`);
  }
  if (query.sinceTime && query.untilTime && query.sinceTime > query.untilTime) {
    errors.push('untilTime: Invalid value: must be after `sinceTime`');
  }
  if (query.boot !== undefined)
    errors.push(`boot: Invalid value: ${String(query.boot)}: not supported on Windows`);
  if (query.tailLines !== undefined && (query.tailLines < 0 || query.tailLines > MAX_TAIL_LINES)) {
    errors.push(
      `tailLines: Invalid value: ${String(query.tailLines)}: must be between 0 and ${String(MAX_TAIL_LINES)}, inclusive`,
    );
  }
  if (query.pattern !== undefined) {
    try {
      new RegExp(query.pattern);
    } catch {
      errors.push(`pattern: Invalid value: "${query.pattern}": error parsing regexp`);
    }
  }
  return errors;
}

/** PowerShell's en-US rendering of an event's TimeCreated. */
function timeCreated(time: Date): string {
  const hours = time.getUTCHours();
  const clock = `${String(hours % 12 || 12)}:${String(time.getUTCMinutes()).padStart(2, '0')}:${String(time.getUTCSeconds()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${String(time.getUTCMonth() + 1)}/${String(time.getUTCDate())}/${String(time.getUTCFullYear())} ${clock}`;
}

/** Get-WinEvent … | Sort-Object TimeCreated | Where-Object Message -Match … | Format-Table. */
function getWinEvent(query: NodeLogQuery, providers: string[], eventLog: EventLogEntry[]): string {
  let events = eventLog
    .filter((event) => providers.includes(event.provider))
    .filter((event) => !query.sinceTime || event.time >= query.sinceTime)
    .filter((event) => !query.untilTime || event.time <= query.untilTime)
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  if (query.tailLines !== undefined) events = events.slice(0, query.tailLines);
  events.reverse();
  if (events.length === 0) {
    return 'Get-WinEvent : No events were found that match the specified selection criteria.\n';
  }
  const pattern = query.pattern === undefined ? undefined : new RegExp(query.pattern, 'i');
  const rows = events.filter((event) => !pattern || pattern.test(event.message));
  const byProvider = new Map<string, EventLogEntry[]>();
  for (const row of rows)
    byProvider.set(row.provider, [...(byProvider.get(row.provider) ?? []), row]);
  return [...byProvider]
    .map(([provider, entries]) =>
      [
        `\n   ProviderName: ${provider}\n`,
        'TimeCreated                     Id LevelDisplayName Message',
        '-----------                     -- ---------------- -------',
        ...entries.map(
          (event) =>
            `${timeCreated(event.time).padEnd(31)} ${String(event.id).padStart(2)} ${event.level.padEnd(16)} ${event.message}`,
        ),
        '',
      ].join('\n'),
    )
    .join('\n');
}

/** The file heuristics for a service that is not an event-log provider: what to copy, in order. */
function fileLogs(
  query: NodeLogQuery,
  services: string[],
  logs: WindowsNodeLogs,
): (string | Readable)[] {
  if (hasOptions(query)) {
    return [
      `\noptions present and query resolved to log files for [${services.join(' ')}]\ntry without specifying options\n`,
    ];
  }
  return services.map((service) => {
    const found = [service, `${service}.log`, `${service}/${service}.log`]
      .map((candidate) => logs.files.get(candidate))
      .find((file) => file !== undefined);
    return found ? found.read(0, found.size - 1) : `\nlog not found for ${service}\n`;
  });
}

/**
 * Answers a query-mode request; returns the file to serve instead (a `query=<file>`), or 'files'
 * when no query parameter applies.
 */
export function answerLogQuery(
  logs: WindowsNodeLogs,
  urlPath: string,
  params: URLSearchParams,
  headers: IncomingHttpHeaders,
  response: ServerResponse,
): { servePath: string } | 'answered' {
  const parsed = parse(params);
  const fail = (status: number, errors: string[]): 'answered' => {
    response.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    response.end(`${aggregate(errors)}\n`);
    return 'answered';
  };
  if (Array.isArray(parsed)) return fail(400, parsed);
  if (!parsed) return { servePath: urlPath };
  if (urlPath !== '/' && urlPath !== '') {
    return fail(406, ['path not allowed in query mode']);
  }
  const errors = validate(parsed, logs);
  if (errors.length > 0) return fail(406, errors);
  const [file] = parsed.files;
  if (file !== undefined) return { servePath: file.replaceAll('\\', '/') };
  const providers = new Set(logs.eventLog.map((event) => event.provider));
  const native = parsed.services.filter((service) => providers.has(service));
  const inFiles = parsed.services.filter((service) => !providers.has(service));
  const parts = [
    ...(native.length > 0 ? [getWinEvent(parsed, native, logs.eventLog)] : []),
    ...(inFiles.length > 0 ? fileLogs(parsed, inFiles, logs) : []),
  ];
  const gzip = headers['accept-encoding'] === 'gzip';
  response.writeHead(200, {
    'content-type': 'text/plain;charset=UTF-8',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = Readable.from(
    (async function* () {
      for (const part of parts) {
        if (typeof part === 'string') yield Buffer.from(part);
        else for await (const chunk of part) yield chunk as Buffer;
      }
    })(),
  );
  void pipeline(gzip ? [body, createGzip(), response] : [body, response]).catch(() =>
    response.destroy(),
  );
  return 'answered';
}
