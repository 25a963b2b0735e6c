// The BFF SIGKILLed in the middle of a write, as a pod is when its node fails: at each point between
// the objects an install, a key rotation, a MachineSet create and a BYOH add write (the test build's
// pause points), then started again. Each time the pages describe what the cluster holds — nothing
// half-made is hidden — and repeating the action completes it without a duplicate.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1ConfigMap, V1Secret } from '@kubernetes/client-node';
import type { ByohState } from '../contract/byoh';
import type { InstallResult, InstallState } from '../contract/install';
import type { WindowsMachineSetsResponse } from '../contract/machinesets';
import type { OverviewResponse } from '../contract/overview';
import { startBffProcess, type BffProcess } from '../../integration-tests/bff-process';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { olmSimulator } from '../../integration-tests/cluster/simulators/olm';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { wmcoSimulator } from '../../integration-tests/cluster/simulators/wmco';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import type { PausePoint } from '../src/cluster/writes/pause-point';
import { inspectPrivateKey } from '../src/domain/keys/inspect-private-key';
import { guideInstallRequest } from './install-request';
import { awsInputs, createRequest } from './machinesets-harness';

let cluster: LocalCluster;
let admin: KubeClient;
let simulators: ReturnType<typeof startSimulators>;
let bff: BffProcess | undefined;
let token: string;

/** A namespace of the admin's choosing: only the install's own record can tell it is WMCO's. */
const namespace = 'windows-operator';
const install = guideInstallRequest(namespace);

before(async () => {
  cluster = await startLocalCluster({ scenario: 'aws-fresh' });
  token = cluster.tokens.admin;
  const target = { server: cluster.server, caData: cluster.caData, token };
  admin = new KubeClient(target);
  simulators = startSimulators({ ...target, behaviours: [olmSimulator, wmcoSimulator] });
});

after(async () => {
  await bff?.stop();
  admin.close();
  await simulators.stop();
  await cluster.stop();
});

/** A BFF as deployed (the admin's token stands in for its service account), stopping at `point`. */
async function startBff(point?: PausePoint): Promise<BffProcess> {
  await bff?.stop();
  bff = await startBffProcess({
    name: point ? `stops at ${point}` : 'restarted',
    kubeconfig: cluster.kubeconfigPath('admin'),
    build: 'test',
    env: { WATCH_CACHE_TOKEN: token, ...(point ? { BFF_TEST_PAUSE_POINTS: point } : {}) },
  });
  return bff;
}

/** Sends the request to a BFF that stops at `point`, SIGKILLs it there, and starts a new one. */
async function killedAt(point: PausePoint, method: string, path: string, body?: object) {
  const doomed = await startBff(point);
  const answer = doomed.send(method, `/api/v1${path}`, token, body).then(
    ({ status, body: text }) => `answered ${String(status)}: ${text}`,
    () => 'cut off',
  );
  await doomed.waitForOutput(new RegExp(`paused at ${point}`));
  await doomed.kill();
  assert.equal(await answer, 'cut off', `${point}: the request never got its answer`);
  await startBff();
}

async function read<T>(path: string): Promise<T> {
  const answer = await bff?.get(`/api/v1${path}`, token);
  assert.equal(answer?.status, 200, answer?.body);
  return JSON.parse(answer.body) as T;
}

async function send<T>(method: string, path: string, body?: object): Promise<T> {
  const answer = await bff?.send(method, `/api/v1${path}`, token, body);
  assert.equal(answer?.status, 200, answer?.body);
  return JSON.parse(answer.body) as T;
}

/** Reads `path` until `holds` (the restarted BFF's caches fill within moments). */
function readWhen<T>(path: string, what: string, holds: (document: T) => boolean): Promise<T> {
  return waitFor(
    what,
    async () => {
      const document = await read<T>(path);
      return holds(document) ? document : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 200 },
  );
}

const count = async (resource: (typeof resources)[keyof typeof resources]) =>
  (await admin.list(resource, { namespace })).length;

test('an install killed after each object: shown as incomplete with what is missing, then resumed', async () => {
  const points: [PausePoint, string[]][] = [
    ['install:namespace', ['operator-group', 'subscription', 'key']],
    ['install:operator-group', ['subscription', 'key']],
    ['install:subscription', ['key']],
  ];
  for (const [point, missing] of points) {
    await killedAt(point, 'POST', '/install', install);
    const state = await readWhen<InstallState>(
      '/install',
      `${point}: the install state`,
      (document) => document.namespace === namespace,
    );
    assert.deepEqual(state.incomplete?.missing, missing, point);
    assert.equal(state.incomplete.settings?.channel, 'stable', `${point}: the choices recorded`);
    const overview = await read<OverviewResponse>('/overview');
    const finding = overview.findings.find((entry) => entry.id === 'wmco-install-incomplete');
    if (missing.includes('subscription')) {
      assert.deepEqual(
        finding && { code: finding.code, params: finding.params, action: finding.fix?.action },
        {
          code: 'wmco-install-incomplete',
          // The overview names the objects; a missing key is a finding of its own.
          params: { namespace, missing: missing.filter((part) => part !== 'key') },
          action: 'resume-install',
        },
        point,
      );
    } else {
      // WMCO is subscribed: the overview follows OLM, and says the key is missing.
      assert.ok(
        overview.findings.some((entry) => entry.id === 'private-key-missing'),
        point,
      );
    }
  }

  await killedAt('install:secret', 'POST', '/install', install);
  const done = await readWhen<InstallState>(
    '/install',
    'the install, complete though its answer was lost',
    (document) => document.existing.key !== undefined,
  );
  assert.equal(done.incomplete, undefined, 'nothing is missing any more');
  assert.equal(done.existing.key?.fingerprint, await storedFingerprint());

  // As the wizard resumes it: the key the lost answer would have shown is on the page, and kept.
  const repeated = await send<InstallResult>('POST', '/install', {
    ...install,
    key: { mode: 'keep' },
  });
  assert.deepEqual(
    repeated.steps.map((step) => step.outcome),
    ['adopted', 'adopted', 'adopted', 'adopted'],
    JSON.stringify(repeated.steps),
  );
  assert.equal(await count(resources.operatorGroups), 1, 'one OperatorGroup');
  assert.equal(await count(resources.subscriptions), 1, 'one Subscription');
  assert.equal(await count(resources.secrets), 1, 'one Secret');
  await readWhen<OverviewResponse>('/overview', 'WMCO installed', (overview) =>
    overview.findings.some((finding) => finding.id === 'wmco-installed'),
  );
});

/** The fingerprint of the key stored in cloud-private-key, read directly. */
async function storedFingerprint(): Promise<string | undefined> {
  const secret = await admin.get<V1Secret & { metadata: object }>(
    resources.secrets,
    'cloud-private-key',
    namespace,
  );
  const pem = Buffer.from(secret.data?.['private-key.pem'] ?? '', 'base64');
  const info = inspectPrivateKey(pem);
  return info.usable ? info.fingerprint : undefined;
}

test('a key rotation killed before and after its write: the page shows the key stored', async () => {
  for (const point of ['key-rotation:generated', 'key-rotation:written'] as const) {
    const before = await storedFingerprint();
    await killedAt(point, 'PUT', '/install/key', { key: { mode: 'generate', type: 'ed25519' } });
    const stored = await storedFingerprint();
    assert.equal(stored !== before, point === 'key-rotation:written', point);
    await readWhen<InstallState>(
      '/install',
      `${point}: the stored key on the page`,
      (state) => state.existing.key?.fingerprint === stored,
    );
  }
  const rotated = await send<InstallResult>('PUT', '/install/key', {
    key: { mode: 'generate', type: 'ed25519' },
  });
  assert.equal(rotated.key?.fingerprint, await storedFingerprint());
});

test('a MachineSet create killed before and after its create: listed only once made, made once', async () => {
  const windowsMachineSets = async () =>
    (
      await admin.list<{ metadata: { name: string } }>(resources.machineSets, {
        namespace: 'openshift-machine-api',
      })
    ).filter((machineSet) => machineSet.metadata.name.includes('-windows-'));
  await waitFor('windows-user-data from the WMCO stand-in', () =>
    admin.get(resources.secrets, 'windows-user-data', 'openshift-machine-api'),
  );

  await killedAt('machineset:dry-run', 'POST', '/machinesets', createRequest(awsInputs));
  const none = await read<WindowsMachineSetsResponse>('/machinesets');
  assert.deepEqual(none.machineSets, [], 'the dry run made nothing');
  assert.deepEqual(await windowsMachineSets(), []);

  await killedAt('machineset:created', 'POST', '/machinesets', createRequest(awsInputs));
  await readWhen<WindowsMachineSetsResponse>('/machinesets', 'the MachineSet listed', (state) =>
    state.machineSets.some((machineSet) => machineSet.name === awsInputs.name),
  );
  const repeated = await send<{ name: string; created: boolean }>(
    'POST',
    '/machinesets',
    createRequest(awsInputs),
  );
  assert.deepEqual(repeated, { name: awsInputs.name, created: false });
  assert.equal((await windowsMachineSets()).length, 1, 'one Windows MachineSet');
});

test('a BYOH add killed before and after its write: listed only once written, listed once', async () => {
  const address = '127.88.0.10';
  const entry = { address, username: 'Administrator' };
  const listed = (state: ByohState) =>
    state.instances.some((candidate) => candidate.address === address);

  await killedAt('byoh-add:validated', 'POST', '/byoh/entries', entry);
  assert.equal(listed(await read<ByohState>('/byoh')), false, 'nothing was written');

  await killedAt('byoh-add:written', 'POST', '/byoh/entries', entry);
  await readWhen<ByohState>('/byoh', 'the entry listed', listed);
  const repeated = await send<{ outcome: string }>('POST', '/byoh/entries', entry);
  assert.equal(repeated.outcome, 'unchanged');
  const instances = await admin.get<V1ConfigMap & { metadata: object }>(
    resources.configMaps,
    'windows-instances',
    namespace,
  );
  assert.deepEqual(instances.data, { [address]: 'username=Administrator' });
});
