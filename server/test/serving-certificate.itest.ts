// Certificate rotation: the BFF process serves TLS from a secret volume as service-ca mounts it, the
// volume is updated as the kubelet updates it (and, once, file by file, as a person might), and the
// BFF serves the new certificate to new connections without a restart, while an event stream opened
// before the rotation stays open and keeps delivering.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { NodesResponse } from '../contract/nodes';
import { startBffProcess, type BffProcess } from '../../integration-tests/bff-process';
import type { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import {
  SecretVolume,
  startServingCa,
  type ServingCa,
} from '../../integration-tests/serving-certificates';
import { EventStreamClient } from './event-stream-client';

let cluster: LocalCluster;
let admin: KubeClient;
let ca: ServingCa;
let volume: SecretVolume;
let bff: BffProcess;
let dir: string;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes' });
  admin = cluster.adminClient();
  ca = await startServingCa();
  dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-serving-cert-'));
  volume = await SecretVolume.create(path.join(dir, 'serving-cert'), await ca.issue());
  bff = await startBffProcess({
    name: 'TLS',
    kubeconfig: cluster.kubeconfigPath('admin'),
    tlsCa: ca.caPem,
    env: {
      TLS_CERT_FILE: volume.certFile,
      TLS_KEY_FILE: volume.keyFile,
      WATCH_CACHE_TOKEN: cluster.tokens.admin,
      LOG_LEVEL: 'info',
    },
  });
});

after(async () => {
  await bff.stop();
  admin.close();
  await cluster.stop();
  await ca.remove();
  await rm(dir, { recursive: true, force: true });
});

/** The serial number of the certificate a new TLS connection to the BFF is served (verified). */
function servedSerial(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: bff.port, ca: ca.caPem }, () => {
      const serial = socket.getPeerX509Certificate()?.serialNumber ?? '';
      socket.end();
      resolve(serial);
    });
    socket.on('error', reject);
  });
}

const serialOf = (pem: string) => new X509Certificate(pem).serialNumber;

async function cordon(node: string, unschedulable: boolean): Promise<void> {
  await admin.mergePatch(resources.nodes, { name: node }, { spec: { unschedulable } });
}

test('a rotated certificate is served to new connections; a stream opened before keeps delivering', async () => {
  const first = await servedSerial();
  const node = wmcoInstalledWithNodes.nodes[0]?.name ?? '';
  const stream = await EventStreamClient.open<NodesResponse>(
    `${bff.url}/api/v1/nodes/events`,
    cluster.tokens.admin,
    ca.caPem,
  );
  try {
    await stream.until((document) => document.nodes.length > 0, 15_000);

    const rotated = await ca.issue();
    await volume.update(rotated);
    const started = performance.now();
    await waitFor(
      'new connections to be served the rotated certificate',
      async () => ((await servedSerial()) === serialOf(rotated.cert) ? true : undefined),
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    console.log(
      `rotated certificate served ${((performance.now() - started) / 1000).toFixed(2)} s after the volume update`,
    );
    assert.notEqual(first, serialOf(rotated.cert));
    assert.match(bff.output(), /serving certificate reloaded/);

    // The stream opened before the rotation: still open, and the next change still arrives on it.
    await cordon(node, true);
    const cordoned = await stream.until(
      (document) => document.nodes.some((entry) => entry.name === node && !entry.schedulable),
      15_000,
    );
    assert.ok(cordoned);
    assert.equal(stream.ended, false, 'the stream was not dropped');
    const { status } = await bff.get('/api/v1/nodes', cluster.tokens.admin);
    assert.equal(status, 200, 'a request on a new connection is answered');
  } finally {
    stream.close();
    await cordon(node, false);
  }
});

test('files replaced one by one: the old pair is served until the new one matches', async () => {
  const before = await servedSerial();
  const next = await ca.issue();
  // Each file replaced by a plain one, as `cp` and `mv` would: the key first, which does not belong to
  // the certificate still in place.
  const replace = async (file: string, content: string) => {
    await writeFile(`${file}.new`, content);
    await rename(`${file}.new`, file);
  };
  await replace(volume.keyFile, next.key);
  await sleep(1000);
  assert.equal(await servedSerial(), before, 'a mismatched pair is not served');
  await replace(volume.certFile, next.cert);
  await waitFor(
    'the replaced certificate to be served',
    async () => ((await servedSerial()) === serialOf(next.cert) ? true : undefined),
    { timeoutMs: 10_000, intervalMs: 100 },
  );
  assert.match(bff.output(), /serving certificate not reloaded yet/);
});
