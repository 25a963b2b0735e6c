// npm run soak: the BFF over a long run (SOAK_MINUTES, default 15; not part of npm test). One BFF
// process of the production bundle with its shared watch cache serves a real API server while nodes,
// Machines and BYOH entries churn every second and 20 live streams stay open. Every 30 s it samples the
// BFF's RSS, its open sockets, the API server's open watches and the BFF's pending timers. After the
// warm-up (minute 3) none may grow more than 10% over its value then (or by more than 1), with 0 errors;
// it prints a table and exits 1 otherwise. Only growth counts: a leak grows, while sockets and timers
// also dip when a sample falls between requests.
import { readdir, readFile, readlink } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { startBffProcess, type BffProcess } from '../integration-tests/bff-process';
import { KubeClient } from '../integration-tests/cluster/kube-client';
import { startLocalCluster } from '../integration-tests/cluster/local-cluster';
import { resourcePath, resources } from '../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes as truth } from '../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { EventStreamClient } from '../server/test/event-stream-client';
import { renderTable } from './table';

const minutes = Number(process.env.SOAK_MINUTES ?? 15);
const warmUpMinutes = Math.min(3, minutes / 2);
const sampleEveryMs = 30_000;
const tolerance = 0.1;
const views = ['/overview', '/nodes', '/upgrades', '/machinesets', '/byoh'];
const machineApi = 'openshift-machine-api';

interface Sample {
  minute: number;
  rssMb: number;
  sockets: number;
  watches: number;
  timers: number;
}
const measures = ['rssMb', 'sockets', 'watches', 'timers'] as const;

const started = performance.now();
const minutesSince = () => (performance.now() - started) / 60_000;
const log = (line: string) => {
  console.error(`[soak ${minutesSince().toFixed(1).padStart(5)} min] ${line}`);
};

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function openSockets(pid: number): Promise<number> {
  const dir = `/proc/${String(pid)}/fd`;
  const links = await Promise.all(
    (await readdir(dir)).map((fd) => readlink(`${dir}/${fd}`).catch(() => '')),
  );
  return links.filter((link) => link.startsWith('socket:')).length;
}

/** The sum of a Prometheus metric's samples whose line matches `labels`. */
function metricSum(text: string, name: string, labels: RegExp): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.test(line))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** Minutes since the churn began: warm-up and duration count from there, not from the cluster's start. */
let churnStarted = 0;
const churnMinutes = () => (performance.now() - churnStarted) / 60_000;

async function sample(bff: BffProcess, admin: KubeClient, token: string): Promise<Sample> {
  const [apiMetrics, bffMetrics] = await Promise.all([
    admin.request<string>('GET', '/metrics'),
    bff.metrics(token),
  ]);
  return {
    minute: churnMinutes(),
    rssMb: await rssMb(bff.pid),
    sockets: await openSockets(bff.pid),
    // Nothing but the BFF watches this API server (no simulators run).
    watches: metricSum(apiMetrics, 'apiserver_longrunning_requests', /verb="WATCH"/),
    timers: metricSum(bffMetrics, 'windows_nodes_bff_nodejs_active_resources', /type="Timeout"/),
  };
}

/** One round of churn: a node relabelled, a Machine created or deleted, a BYOH entry added or removed. */
async function churn(round: number, bff: BffProcess, admin: KubeClient, token: string) {
  const node = truth.nodes[round % truth.nodes.length]?.name ?? '';
  const machine = `soak-machine-${String(round % 10)}`;
  const address = `127.98.0.${String((round % 10) + 1)}`;
  const adding = Math.floor(round / 10) % 2 === 0;
  await Promise.all([
    admin.mergePatch(
      resources.nodes,
      { name: node },
      { metadata: { labels: { soak: `r${String(round)}` } } },
    ),
    adding
      ? admin.create(resources.machines, {
          apiVersion: 'machine.openshift.io/v1beta1',
          kind: 'Machine',
          metadata: { name: machine, namespace: machineApi },
        })
      : admin.request(
          'DELETE',
          resourcePath(resources.machines, { name: machine, namespace: machineApi }),
        ),
    (async () => {
      const answer = adding
        ? await bff.send('POST', '/api/v1/byoh/entries', token, {
            address,
            username: 'Administrator',
          })
        : await bff.send('DELETE', `/api/v1/byoh/entries/${address}`, token);
      if (answer.status !== 200)
        throw new Error(`BYOH ${address}: ${String(answer.status)} ${answer.body}`);
    })(),
  ]);
}

const cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes', log });
const token = cluster.tokens.admin;
const admin = new KubeClient({ server: cluster.server, caData: cluster.caData, token });
const bff = await startBffProcess({
  name: 'soak',
  kubeconfig: cluster.kubeconfigPath('admin'),
  env: { WATCH_CACHE_TOKEN: token },
});
const errors: string[] = [];
const samples: Sample[] = [];
try {
  const streams = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      EventStreamClient.open<unknown>(
        `${bff.url}/api/v1${views[index % views.length] ?? ''}/events`,
        token,
      ),
    ),
  );
  log(`${String(streams.length)} streams open; churning for ${String(minutes)} min`);
  let round = 0;
  churnStarted = performance.now();
  let nextSample = churnStarted;
  while (churnMinutes() < minutes) {
    await churn(round, bff, admin, token).catch((error: unknown) => {
      errors.push(`round ${String(round)}: ${String(error)}`);
    });
    round += 1;
    if (performance.now() >= nextSample) {
      samples.push(await sample(bff, admin, token));
      nextSample += sampleEveryMs;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const ended = streams.filter((stream) => stream.ended).length;
  if (ended > 0) errors.push(`${String(ended)} of the streams ended`);
  for (const stream of streams) stream.close();
  log(`${String(round)} rounds of churn`);
} finally {
  await bff.stop();
  admin.close();
  await cluster.stop();
}

const baseline = samples.find((candidate) => candidate.minute >= warmUpMinutes);
const drifted = measures.filter((measure) =>
  samples
    .filter((candidate) => baseline && candidate.minute > baseline.minute)
    .some((candidate) => {
      const reference = baseline?.[measure] ?? 0;
      return candidate[measure] - reference > Math.max(reference * tolerance, 1);
    }),
);
console.log(
  renderTable(
    ['minute', 'RSS MB', 'sockets', 'watches', 'timers'],
    samples.map((row) => [
      row.minute.toFixed(1),
      row.rssMb.toFixed(1),
      String(row.sockets),
      String(row.watches),
      String(row.timers),
    ]),
  ),
);
console.log(
  `\nbaseline at minute ${baseline?.minute.toFixed(1) ?? '-'}; grown over 10% after it: ${drifted.join(', ') || 'none'}; errors: ${String(errors.length)}`,
);
for (const error of errors.slice(0, 10)) console.log(`  ${error}`);
if (!baseline || drifted.length > 0 || errors.length > 0) process.exitCode = 1;
