// The support bundle built as the caller against the real API server and the simulated kubelets:
// the expected files, progress, the size cap, and never a private key or the caller's token, even
// when a service log or an object carries one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Secret } from '@kubernetes/client-node';
import { resources } from '../../integration-tests/cluster/resources';
import { knownCauseTruth } from '../../integration-tests/cluster/scenarios/diagnostics-known-causes';
import {
  buildSupportBundle,
  type BundleProgress,
  type SupportBundleRequest,
} from '../src/cluster/diagnostics/support-bundle';
import { supportBundleFiles } from '../../integration-tests/support-bundle-files';
import { startDiagnosticsStack, type DiagnosticsStack } from './diagnostics-harness';

const node = 'ip-10-0-131-17.ec2.internal';
let stack: DiagnosticsStack;
let privateKeyBody: string;

before(async () => {
  stack = await startDiagnosticsStack('byoh-csr-pending-no-ptr');
  const secret = await stack.client.get<V1Secret>(
    resources.secrets,
    'cloud-private-key',
    'openshift-windows-machine-config-operator',
  );
  const pem = Buffer.from(secret.data?.['private-key.pem'] ?? '', 'base64').toString('utf8');
  privateKeyBody = pem.split('\n')[1] ?? '';
  // A service that logged what it never should have: the key and the admin's token.
  const line = `I0812 10:40:00.000000 1 x.go:1] token ${stack.cluster.tokens.admin}\n`;
  stack.fleet.get(node).append('kubelet/kubelet.log', `${pem}\n${line}`);
});

after(async () => {
  await stack.stop();
});

async function build(overrides: Partial<SupportBundleRequest> = {}) {
  const progress: BundleProgress[] = [];
  const request: SupportBundleRequest = {
    nodes: [node],
    tailLines: 50,
    maxBytes: 20 * 1024 * 1024,
    callerToken: stack.cluster.tokens.admin,
    onProgress: (step) => progress.push(step),
    ptr: async () => [],
    ...overrides,
  };
  const files = await supportBundleFiles(buildSupportBundle(stack.reader('admin'), request));
  return { files, progress };
}

test('the bundle holds the objects, timelines and every service log tail, and never a key or the caller token', async () => {
  const { files, progress } = await build();
  for (const name of [
    'cluster/nodes.yaml',
    'cluster/machines.yaml',
    'cluster/machinesets.yaml',
    'cluster/certificatesigningrequests.yaml',
    'wmco/subscription.yaml',
    'wmco/clusterserviceversions.yaml',
    'wmco/configmaps.yaml',
    'wmco/events.yaml',
    'wmco/secrets.yaml',
    'timelines.json',
    `host_service_logs/${node}/kubelet/kubelet.log`,
    `host_service_logs/${node}/containerd/containerd.log`,
    `host_service_logs/${node}/kube-proxy/kube-proxy.log`,
    `host_service_logs/${node}/hybrid-overlay/hybrid-overlay.log`,
    `host_service_logs/${node}/wicd/windows-instance-config-daemon.exe.INFO`,
    `host_service_logs/${node}/windows_exporter/windows_exporter.log`,
    `host_service_logs/${node}/csi-proxy/csi-proxy.log`,
    'manifest.json',
  ]) {
    assert.ok(files.has(name), `${name} in ${[...files.keys()].join(', ')}`);
  }
  const everything = [...files.values()].join('\n');
  assert.doesNotMatch(everything, /PRIVATE KEY-----\n/);
  assert.ok(privateKeyBody.length > 20 && !everything.includes(privateKeyBody));
  assert.ok(!everything.includes(stack.cluster.tokens.admin));
  assert.match(
    files.get(`host_service_logs/${node}/kubelet/kubelet.log`) ?? '',
    /\[private key removed\]/,
  );
  assert.match(files.get('wmco/secrets.yaml') ?? '', /name: cloud-private-key/);
  const timelines = JSON.parse(files.get('timelines.json') ?? '[]') as {
    subject: { address?: string };
    verdict: { code: string };
  }[];
  const byoh = timelines.find(
    (entry) => entry.subject.address === knownCauseTruth.byohNoPtr.address,
  );
  assert.equal(byoh?.verdict.code, 'known-causes');
  assert.ok(progress.length >= 18);
  assert.ok(
    progress.every((step, index) => index === 0 || step.done >= (progress[index - 1]?.done ?? 0)),
  );
  assert.equal(progress.at(-1)?.file, 'manifest.json');
});

test('a size cap cuts logs short or leaves files out, and the manifest says which', async () => {
  const { files } = await build({ maxBytes: 16 * 1024 });
  const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as {
    omittedForSize: string[];
    logCuts: { cut: { code: string } }[];
  };
  const capped = manifest.logCuts.filter((entry) => entry.cut.code === 'byte-cap');
  assert.ok(manifest.omittedForSize.length + capped.length > 0, JSON.stringify(manifest));
  const total = [...files.entries()]
    .filter(([name]) => name !== 'manifest.json')
    .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  assert.ok(total <= 16 * 1024, `${String(total)} bytes`);
  for (const omitted of manifest.omittedForSize) assert.ok(!files.has(omitted));
});

test('a node whose logs cannot be read is named in the manifest, the rest of the bundle still built', async () => {
  const { files } = await build({ nodes: [node, 'no-such-node'] });
  const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as {
    logProblems: { node: string; problem: string }[];
  };
  assert.ok(
    manifest.logProblems.some(
      (entry) => entry.node === 'no-such-node' && entry.problem === 'node-not-found',
    ),
  );
  assert.ok(files.has(`host_service_logs/${node}/kubelet/kubelet.log`));
});
