// The diagnostics routes of the BFF (with its watch caches) against the real API server and the
// simulated Windows kubelets: join timelines as a live view, a node's services, node logs as NDJSON
// (follow included) and as a download, the coded refusal without nodes/proxy, and the support bundle
// as NDJSON of progress and bytes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorResponse } from '../contract/errors';
import type { JoinsResponse } from '../contract/diagnostics';
import { maxViewBytes, type LogStreamLine, type NodeLogsResponse } from '../contract/node-logs';
import type { NodeServicesResponse, ServiceLogChecks } from '../contract/node-services';
import type { BundleStreamLine } from '../contract/support-bundle';
import { knownCauseTruth } from '../../integration-tests/cluster/scenarios/diagnostics-known-causes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import {
  dnsServerAddress,
  startDnsServer,
  type DnsServer,
} from '../../integration-tests/ssh-peers/dns-server';
import { buildApp, type BffApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { judgeNodeServices } from '../src/domain/diagnostics/node-services';
import { defaultByohSettings } from '../src/ssh/byoh-settings';
import { supportBundleFiles } from '../../integration-tests/support-bundle-files';
import { startDiagnosticsStack, type DiagnosticsStack } from './diagnostics-harness';
import { EventStreamClient } from './event-stream-client';
import { testConfig } from './test-config';

const node = 'ip-10-0-131-17.ec2.internal';
const { address, csr } = knownCauseTruth.byohNoPtr;
let stack: DiagnosticsStack;
let dns: DnsServer;
let app: BffApp;
let url: string;

before(async () => {
  stack = await startDiagnosticsStack('byoh-csr-pending-no-ptr');
  dns = await startDnsServer(await dnsServerAddress(), 'example.com', []);
  const connection = { server: stack.cluster.server, caPem: stack.cluster.caData };
  app = await buildApp(
    testConfig({
      cluster: connection,
      byoh: { ...defaultByohSettings, dnsServers: [dns.server] },
      watchCache: { kubeConfig: userKubeConfig(connection, stack.cluster.tokens.admin) },
    }),
  );
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});

after(async () => {
  await app.close();
  await dns.stop();
  await stack.stop();
});

function call(path: string, user: 'admin' | 'limited' = 'admin', init: RequestInit = {}) {
  return fetch(`${url}/api/v1${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${stack.cluster.tokens[user]}`,
      'content-type': 'application/json',
    },
  });
}

async function getJson<T>(path: string, user: 'admin' | 'limited' = 'admin') {
  const response = await call(path, user);
  return { status: response.status, body: (await response.json()) as T };
}

/** The NDJSON lines of a response as they come. */
async function* ndjson<T>(response: Response): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let buffered = '';
  if (!response.body) return;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) yield JSON.parse(line) as T;
  }
}

const byohJoin = (body: JoinsResponse) =>
  body.joins.find((join) => join.subject.kind === 'BYOH' && join.subject.address === address);

test('the joins view: the BYOH host waits at its pending CSR with the PTR cause; the Machine node joined', async () => {
  const { status, body } = await getJson<JoinsResponse>('/diagnostics/joins');
  assert.equal(status, 200);
  const join = byohJoin(body);
  assert.equal(join?.timeline.openStep, 'csrs');
  assert.deepEqual(join.timeline.steps[3]?.detail, {
    code: 'csrs-pending',
    params: { csrs: csr },
  });
  assert.equal(join.verdict.code, 'known-causes');
  assert.deepEqual(
    join.verdict.code === 'known-causes' ? join.verdict.causes.map((cause) => cause.code) : [],
    ['byoh-address-without-ptr'],
  );
  assert.equal(body.joins.find((candidate) => candidate.node === node)?.timeline.joined, true);
  assert.equal(body.joins[0], join, 'the unfinished join comes first');
});

test('the joins view is live: a CSR denied in the API server reaches an open stream', async () => {
  const stream = await EventStreamClient.open<JoinsResponse>(
    `${url}/api/v1/diagnostics/joins/events`,
    stack.cluster.tokens.admin,
  );
  try {
    await stream.until((document) => byohJoin(document)?.timeline.openStep === 'csrs', 10_000);
    await stack.client.request(
      'PUT',
      `/apis/certificates.k8s.io/v1/certificatesigningrequests/${csr}/approval`,
      {
        ...(await stack.client.request<object>(
          'GET',
          `/apis/certificates.k8s.io/v1/certificatesigningrequests/${csr}`,
        )),
        status: {
          conditions: [
            { type: 'Denied', status: 'True', reason: 'Test', message: 'denied by the test' },
          ],
        },
      },
    );
    const changed = await stream.until(
      (document) => byohJoin(document)?.timeline.steps[3]?.status === 'failed',
      10_000,
    );
    assert.deepEqual(byohJoin(changed)?.timeline.steps[3]?.detail, {
      code: 'csr-denied',
      params: { csr },
    });
  } finally {
    stream.close();
  }
});

test('a node’s services: what WMCO’s ConfigMap expects, judged on the node’s and then the logs’ evidence', async () => {
  const { status, body } = await getJson<NodeServicesResponse>(
    `/diagnostics/nodes/${node}/services`,
  );
  assert.equal(status, 200);
  assert.equal(body.found, true);
  assert.match(body.servicesConfigMap ?? '', /^windows-services-10\.22\.0-[0-9a-f]{7}$/);
  const states = Object.fromEntries(body.services.map((s) => [s.name, s.state.code]));
  assert.equal(states.kubelet, 'service-running');
  assert.equal(states.containerd, 'service-running');
  assert.equal(states['csi-proxy'], 'service-unknown');

  const checks = await getJson<ServiceLogChecks>(`/diagnostics/nodes/${node}/services/logs`);
  assert.equal(checks.status, 200);
  const judged = judgeNodeServices(body.expected, { ...body.facts, logs: checks.body.logs });
  assert.deepEqual(
    judged.filter((service) => !service.state.code.startsWith('service-running')),
    [],
    'every expected service shows running once its log is read',
  );

  const other = await getJson<NodeServicesResponse>('/diagnostics/nodes/no-such-node/services');
  assert.equal(other.body.found, false);
});

test('a user without nodes/proxy is refused with the code and the oc command needing the same right', async () => {
  for (const path of [
    `/diagnostics/nodes/${node}/logs`,
    `/diagnostics/nodes/${node}/logs/kubelet`,
  ]) {
    const { status, body } = await getJson<ErrorResponse>(path, 'limited');
    assert.equal(status, 403, path);
    assert.equal(body.code, 'node-logs-forbidden');
    assert.equal(body.params?.resource, 'nodes/proxy');
    assert.match(String(body.params?.command), new RegExp(`^oc adm node-logs ${node} --path=`));
  }
  const listing = await getJson<NodeLogsResponse>(`/diagnostics/nodes/${node}/logs`);
  assert.equal(listing.status, 200);
  assert.ok(listing.body.folders.some((entry) => entry.name === 'kubelet' && entry.folder));
  assert.equal(listing.body.services.length, 7);
});

test('a followed log over HTTP delivers a line appended on the node within 2 s', async () => {
  const stop = new AbortController();
  const response = await call(
    `/diagnostics/nodes/${node}/logs/kubelet?tailLines=2&follow=true`,
    'admin',
    {
      signal: stop.signal,
    },
  );
  assert.equal(response.status, 200);
  const marker = 'appended through the BFF';
  let appendedAt = 0;
  let arrivedAt = 0;
  const seen: LogStreamLine[] = [];
  try {
    for await (const line of ndjson<LogStreamLine>(response)) {
      seen.push(line);
      if (line.type === 'lines' && appendedAt === 0) {
        appendedAt = Date.now();
        stack.fleet
          .get(node)
          .append('kubelet/kubelet.log', `I0812 10:50:00.000001    4312 x.go:1] "${marker}"\n`);
      } else if (line.type === 'lines' && line.lines.some((text) => text.includes(marker))) {
        arrivedAt = Date.now();
        break;
      }
    }
  } finally {
    stop.abort();
  }
  assert.equal(seen[0]?.type, 'source');
  assert.ok(seen.some((line) => line.type === 'cut' && line.cut.code === 'before-tail'));
  assert.ok(arrivedAt > 0, 'the appended line arrived');
  assert.ok(arrivedAt - appendedAt < 2000, `after ${String(arrivedAt - appendedAt)} ms`);
});

test('a log download is a text attachment of the selected lines; a view asking past its cap is refused by field', async () => {
  const response = await call(
    `/diagnostics/nodes/${node}/logs/kubelet/text?filter=certificate%20signing`,
  );
  assert.equal(response.status, 200);
  assert.match(
    response.headers.get('content-disposition') ?? '',
    new RegExp(`${node}-kubelet\\.log`),
  );
  const lines = (await response.text()).trim().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines.every((line) => /certificate signing/i.test(line)));

  const refused = await getJson<ErrorResponse>(
    `/diagnostics/nodes/${node}/logs/kubelet?maxBytes=${String(64 * 1024 * 1024)}`,
  );
  assert.equal(refused.status, 400);
  assert.equal(refused.body.field, 'query.maxBytes');
  assert.equal(refused.body.code, 'log-max-bytes-too-large');
  assert.equal(refused.body.params.largest, maxViewBytes);

  const reversed = await getJson<ErrorResponse>(
    `/diagnostics/nodes/${node}/logs/kubelet?sinceTime=2025-08-12T10:00:00Z&untilTime=2025-08-12T09:00:00Z`,
  );
  assert.equal(reversed.status, 400);
  assert.equal(reversed.body.field, 'query.untilTime');
  assert.equal(reversed.body.code, 'log-window-reversed');
});

test('the support bundle streams progress, then a .tar.gz holding the expected files and no token', async () => {
  const response = await call('/diagnostics/bundle', 'admin', {
    method: 'POST',
    body: JSON.stringify({ nodes: [node], tailLines: 20 }),
  });
  assert.equal(response.status, 200);
  const chunks: Buffer[] = [];
  const progress: number[] = [];
  let end: Extract<BundleStreamLine, { type: 'end' }> | undefined;
  for await (const line of ndjson<BundleStreamLine>(response)) {
    if (line.type === 'progress') progress.push(line.done);
    if (line.type === 'data') chunks.push(Buffer.from(line.data, 'base64'));
    if (line.type === 'end') end = line;
    assert.notEqual(line.type, 'failed');
  }
  assert.ok(
    progress.length >= 10 && progress.every((done, i) => i === 0 || done >= (progress[i - 1] ?? 0)),
  );
  const archive = Buffer.concat(chunks);
  assert.equal(end?.bytes, archive.length);
  assert.match(end.fileName, /^windows-nodes-support-.+\.tar\.gz$/);
  const files = await supportBundleFiles(archive);
  for (const name of [
    'cluster/nodes.yaml',
    'timelines.json',
    'manifest.json',
    `host_service_logs/${node}/kubelet/kubelet.log`,
  ]) {
    assert.ok(files.has(name), name);
  }
  const everything = [...files.values()].join('\n');
  assert.ok(!everything.includes(stack.cluster.tokens.admin));
  assert.doesNotMatch(everything, /BEGIN [A-Z ]*PRIVATE KEY/);
});

test('a stream of joins is refused nothing but shows what the caller may not read', async () => {
  const { status, body } = await waitFor('the limited user’s joins', async () => {
    const answer = await getJson<JoinsResponse>('/diagnostics/joins', 'limited');
    return answer.status === 200 ? answer : undefined;
  });
  assert.equal(status, 200);
  assert.deepEqual(body.joins, []);
  assert.ok(body.unreadable.includes('certificatesigningrequests.certificates.k8s.io'));
});
