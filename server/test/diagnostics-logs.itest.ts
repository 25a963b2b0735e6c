// Node logs through the real API server's node proxy to simulated Windows kubelets, read as the
// caller: every service's log as admin, the clear refusal for a user without nodes/proxy, tails,
// time windows, filters, caps and follows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { startDiagnosticsStack, type DiagnosticsStack } from './diagnostics-harness';
import {
  defaultLogReadOptions,
  listNodeLogs,
  readServiceLog,
  type LogEvent,
  type LogReadOptions,
} from '../src/cluster/diagnostics/node-log-reader';
import { NodeLogError } from '../src/domain/diagnostics/log-problems';
import { serviceLogIds, type ServiceLogId } from '../src/domain/diagnostics/service-logs';

let stack: DiagnosticsStack;
const [first, second, third] = wmcoInstalledWithNodes.nodes.map((node) => node.name) as [
  string,
  string,
  string,
];

before(async () => {
  stack = await startDiagnosticsStack('wmco-installed-with-nodes', {
    [second]: { legacyKubeProxy: true, enableSystemLogQuery: false },
    [third]: {
      eventLog: [1, 2, 3].map((n) => ({
        provider: 'containerd',
        time: new Date(Date.UTC(2025, 7, 12, 10, 20, 50 + n)),
        id: n,
        level: 'Information' as const,
        message: `containerd event ${String(n)}`,
      })),
    },
  });
});

after(async () => {
  await stack.stop();
});

function as(user: 'admin' | 'limited') {
  return stack.as(user);
}

async function collect(
  node: string,
  service: ServiceLogId,
  options: Partial<LogReadOptions> = {},
): Promise<{ lines: string[]; events: LogEvent[] }> {
  const events: LogEvent[] = [];
  for await (const event of readServiceLog(as('admin'), node, service, {
    ...defaultLogReadOptions,
    ...options,
  })) {
    events.push(event);
  }
  return { lines: events.flatMap((event) => (event.type === 'lines' ? event.lines : [])), events };
}

test('every WMCO service log of a node is read through the node proxy as admin, never with the caller token at the kubelet', async () => {
  for (const service of serviceLogIds) {
    const { lines, events } = await collect(first, service);
    assert.ok(lines.length >= 5, `${service}: ${String(lines.length)} lines`);
    assert.equal(events[0]?.type, 'source');
  }
  const wicd = await collect(first, 'wicd');
  assert.match(
    wicd.lines.join('\n'),
    /all services configured" node="ip-10-0-131-17.ec2.internal"/,
  );
  const seen = stack.fleet.get(first).seen;
  assert.ok(seen.length > serviceLogIds.length);
  assert.ok(seen.every((request) => !request.authorization));
  assert.ok(seen.every((request) => request.clientCommonName === 'kube-apiserver-kubelet-client'));
});

test('the log root lists the service folders as the kubelet file server does', async () => {
  const entries = await listNodeLogs(as('admin'), first);
  assert.deepEqual(
    entries?.filter((entry) => entry.folder).map((entry) => entry.name),
    [
      'containerd',
      'containers',
      'csi-proxy',
      'hybrid-overlay',
      'kube-proxy',
      'kubelet',
      'pods',
      'wicd',
      'windows_exporter',
    ],
  );
  assert.deepEqual(await listNodeLogs(as('admin'), first, 'kubelet'), [
    { name: 'kubelet.log', folder: false },
  ]);
});

test('a user without nodes/proxy gets the clear refusal and the oc command that needs the same right', async () => {
  await assert.rejects(
    () => readServiceLog(as('limited'), first, 'kubelet', defaultLogReadOptions).next(),
    (error: unknown) => {
      assert.ok(error instanceof NodeLogError);
      assert.deepEqual(error.problem, {
        code: 'node-logs-forbidden',
        params: {
          node: first,
          resource: 'nodes/proxy',
          verb: 'get',
          command: `oc adm node-logs ${first} --path=/`,
        },
      });
      return true;
    },
  );
});

test('a tail reads only the last lines; a filter and a time window select within the log', async () => {
  const tail = await collect(first, 'kubelet', { tailLines: 3 });
  assert.equal(tail.lines.length, 3);
  assert.match(tail.lines[2] ?? '', /Pod status updated/);
  assert.ok(tail.events.some((event) => event.type === 'cut' && event.cut.code === 'before-tail'));

  const filtered = await collect(first, 'kubelet', {
    tailLines: 100,
    filter: 'CERTIFICATE SIGNING',
  });
  assert.equal(filtered.lines.length, 2);

  const window = await collect(first, 'containerd', {
    tailLines: undefined,
    sinceTime: new Date('2025-08-12T10:20:58.5Z'),
    untilTime: new Date('2025-08-12T10:21:30Z'),
  });
  assert.deepEqual(
    window.lines.map((line) => /time="[^T]+T([^"]+)Z"/.exec(line)?.[1]),
    [
      '10:20:58.512801900',
      '10:20:58.519934300',
      '10:20:58.603112000',
      '10:20:58.604998200',
      '10:20:58.711243700',
      '10:21:25.118260200',
    ],
  );
});

test('a kubelet without the log query and the legacy kube-proxy layout still serve the file logs', async () => {
  const { events, lines } = await collect(second, 'kube-proxy');
  assert.deepEqual(events[0], {
    type: 'source',
    source: {
      kind: 'file',
      path: 'kube-proxy/kube-proxy.exe.INFO',
      size: (events[0] as { source: { size: number } }).source.size,
      modified: (events[0] as { source: { modified: Date } }).source.modified,
    },
  });
  assert.match(lines.join('\n'), /Using IPv4 address from node IP" address="10.0.136.92"/);
});

test('an event-log provider is read with the kubelet log query, which tails and filters it', async () => {
  const { events, lines } = await collect(third, 'containerd', { tailLines: 2, filter: 'event 3' });
  assert.deepEqual(events[0], {
    type: 'source',
    source: { kind: 'event-log', provider: 'containerd' },
  });
  assert.equal(lines.filter((line) => line.includes('containerd event')).length, 1);
  assert.match(lines.join('\n'), /8\/12\/2025 10:20:53 AM\s+3 Information\s+containerd event 3/);
});

test('following a log delivers appended lines within 2 s', async () => {
  const controller = new AbortController();
  const reader = readServiceLog(as('admin'), first, 'kubelet', {
    ...defaultLogReadOptions,
    tailLines: 1,
    follow: true,
    pollIntervalMs: 250,
    signal: controller.signal,
  });
  const seen: string[] = [];
  const appended = 'I0812 10:30:00.000001    4312 kubelet.go:2500] "appended by the test" n=1\n';
  let appendedAt = 0;
  for await (const event of reader) {
    if (event.type !== 'lines') continue;
    seen.push(...event.lines);
    if (appendedAt === 0) {
      appendedAt = Date.now();
      stack.fleet.get(first).append('kubelet/kubelet.log', appended);
    } else if (seen.some((line) => line.includes('appended by the test'))) {
      break;
    }
  }
  controller.abort();
  const waited = Date.now() - appendedAt;
  assert.ok(waited < 2000, `appended line arrived after ${String(waited)} ms`);
  assert.equal(seen.filter((line) => line.includes('appended by the test')).length, 1);
});

test('a byte cap stops the read and says how much was shown and left unread', async () => {
  const { events, lines } = await collect(first, 'kubelet', {
    tailLines: undefined,
    maxBytes: 1000,
  });
  const cut = events.find((event) => event.type === 'cut');
  assert.ok(cut?.type === 'cut' && cut.cut.code === 'byte-cap');
  const shown = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  assert.ok(shown <= 1000);
  assert.deepEqual(cut.cut.params, {
    shownBytes: shown,
    unreadBytes: (cut.cut.params as { unreadBytes: number }).unreadBytes,
  });
  assert.ok((cut.cut.params as { unreadBytes: number }).unreadBytes > 1000);
});
