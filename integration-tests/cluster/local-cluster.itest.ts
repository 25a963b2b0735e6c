// The local cluster itself: a real kube-apiserver with the OpenShift/OLM reference CRDs, the
// aws-fresh seed, RBAC for the two users and the OLM simulator's Subscription → InstallPlan → CSV
// flow.
//   node --import tsx --test integration-tests/cluster/local-cluster.itest.ts
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { isKubeApiError, KubeClient } from './kube-client';
import { startLocalCluster } from './local-cluster';
import { resources } from './resources';
import { MARKETPLACE_NAMESPACE, WMCO_PACKAGE } from './scenarios/marketplace';
import { CSV_FAILS_ANNOTATION } from './simulators/olm-api';
import { startSimulators } from './simulators/runner';
import { waitFor } from './wait-for';
import { subscribeToWmco, waitForCsvPhase, WMCO_CSV, type OlmObject } from './wmco-subscription';

const cluster = await startLocalCluster({
  scenario: 'aws-fresh',
  log: (line) => {
    console.log(`[local-cluster] ${line}`);
  },
});
const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
const simulators = startSimulators({
  ...target,
  log: (line) => {
    console.log(`[simulators] ${line}`);
  },
});
const admin = new KubeClient(target);

after(async () => {
  await simulators.stop();
  admin.close();
  await cluster.stop();
});

test('serves Kubernetes v1.35.4', async () => {
  const version = await admin.request<{ gitVersion: string; major: string; minor: string }>(
    'GET',
    '/version',
  );
  assert.equal(version.gitVersion, 'v1.35.4');
  assert.equal(`${version.major}.${version.minor}`, '1.35');
});

test('the admin lists the three seeded worker MachineSets; the limited user is forbidden', async () => {
  const machineSets = await admin.list(resources.machineSets, {
    namespace: 'openshift-machine-api',
  });
  assert.deepEqual(machineSets.map((machineSet) => machineSet.metadata?.name).sort(), [
    'winlab-7xk2p-worker-us-east-1a',
    'winlab-7xk2p-worker-us-east-1b',
    'winlab-7xk2p-worker-us-east-1c',
  ]);
  const limited = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.limited,
  });
  try {
    await assert.rejects(
      limited.list(resources.machineSets, { namespace: 'openshift-machine-api' }),
      (error) => isKubeApiError(error, 403),
    );
  } finally {
    limited.close();
  }
});

test('an Automatic Subscription installs the CSV, which reaches Succeeded within 20 s', async () => {
  const namespace = 'openshift-windows-machine-config-operator'; // long names must work too
  await subscribeToWmco(admin, namespace, 'Automatic');
  const csv = await waitForCsvPhase(admin, namespace, 'Succeeded');
  assert.equal(csv.metadata?.annotations?.['olm.targetNamespaces'], namespace);
  const subscription = await waitFor('the Subscription to report the installed CSV', async () => {
    const current = await admin.get<OlmObject>(resources.subscriptions, WMCO_PACKAGE, namespace);
    return current.status?.installedCSV ? current : undefined;
  });
  assert.equal(subscription.status?.state, 'AtLatestKnown');
  assert.equal(subscription.status.installedCSV, WMCO_CSV);
});

test('a Manual Subscription waits for the InstallPlan to be approved', async () => {
  const namespace = 'wmco-manual';
  await subscribeToWmco(admin, namespace, 'Manual');
  const plan = await waitFor('an InstallPlan requiring approval', async () => {
    const [first] = await admin.list<OlmObject>(resources.installPlans, { namespace });
    return first?.status?.phase === 'RequiresApproval' ? first : undefined;
  });
  assert.equal(plan.spec?.approved, false);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await assert.rejects(admin.get(resources.clusterServiceVersions, WMCO_CSV, namespace), (error) =>
    isKubeApiError(error, 404),
  );

  const name = plan.metadata?.name ?? '';
  await admin.mergePatch(resources.installPlans, { name, namespace }, { spec: { approved: true } });
  await waitForCsvPhase(admin, namespace, 'Succeeded');
  const approved = await admin.get<OlmObject>(resources.installPlans, name, namespace);
  assert.equal(approved.status?.phase, 'Complete');
});

test('the csv-fails knob on the PackageManifest makes the CSV end in Failed', async () => {
  const at = { name: WMCO_PACKAGE, namespace: MARKETPLACE_NAMESPACE };
  const message = 'simulated: deployment never became available';
  await admin.mergePatch(resources.packageManifests, at, {
    metadata: { annotations: { [CSV_FAILS_ANNOTATION]: message } },
  });
  try {
    await subscribeToWmco(admin, 'wmco-failing', 'Automatic');
    const csv = await waitForCsvPhase(admin, 'wmco-failing', 'Failed');
    assert.equal(csv.status?.message, message);
  } finally {
    await admin.mergePatch(resources.packageManifests, at, {
      metadata: { annotations: { [CSV_FAILS_ANNOTATION]: null } },
    });
  }
});

test('after an API server restart the data, the CA and the simulators carry on', async () => {
  const caBefore = cluster.caData;
  await cluster.restartApiServer();
  assert.equal(cluster.caData, caBefore);
  const machineSets = await admin.list(resources.machineSets, {
    namespace: 'openshift-machine-api',
  });
  assert.equal(machineSets.length, 3);
  await subscribeToWmco(admin, 'wmco-after-restart', 'Automatic');
  await waitForCsvPhase(admin, 'wmco-after-restart', 'Succeeded', 30_000);
});
