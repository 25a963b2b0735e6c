// The project's own fallback CRDs (what a clone without ../shared/crds gets) carry the aws-fresh
// seed, the MachineSet scale subresource and the OLM simulator's install flow.
//   node --import tsx --test integration-tests/cluster/fallback-crds.itest.ts
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { KubernetesObject } from '@kubernetes/client-node';
import { KubeClient } from './kube-client';
import { startLocalCluster } from './local-cluster';
import { resourcePath, resources } from './resources';
import { startSimulators } from './simulators/runner';
import { subscribeToWmco, waitForCsvPhase } from './wmco-subscription';

interface Crd extends KubernetesObject {
  spec: { versions: Array<{ schema: { openAPIV3Schema: Record<string, unknown> } }> };
}
interface Scale extends KubernetesObject {
  spec: { replicas: number };
  status: { replicas: number; selector: string };
}

const cluster = await startLocalCluster({ scenario: 'aws-fresh', referenceCrds: false });
const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
const simulators = startSimulators(target);
const admin = new KubeClient(target);

after(async () => {
  await simulators.stop();
  admin.close();
  await cluster.stop();
});

test('the installed CRDs are the schemaless fallbacks', async () => {
  const crd = await admin.get<Crd>(
    resources.customResourceDefinitions,
    'clusterserviceversions.operators.coreos.com',
  );
  assert.deepEqual(crd.spec.versions[0]?.schema.openAPIV3Schema, {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  });
});

test('a seeded MachineSet is scalable through its scale subresource', async () => {
  const path = resourcePath(resources.machineSets, {
    namespace: 'openshift-machine-api',
    name: 'winlab-7xk2p-worker-us-east-1a',
    subresource: 'scale',
  });
  const scale = await admin.request<Scale>('GET', path);
  assert.equal(scale.spec.replicas, 1);
  assert.equal(scale.status.replicas, 1);
  assert.match(
    scale.status.selector,
    /machine\.openshift\.io\/cluster-api-machineset=winlab-7xk2p-worker-us-east-1a/,
  );
});

test('an Automatic Subscription still installs the CSV', async () => {
  await subscribeToWmco(admin, 'wmco-fallback', 'Automatic');
  await waitForCsvPhase(admin, 'wmco-fallback', 'Succeeded');
});
