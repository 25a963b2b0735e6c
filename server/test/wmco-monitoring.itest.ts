import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import type { ErrorResponse } from '../contract/errors';
import type { FindingCode } from '../contract/findings';
import type { MonitoringRestartResult } from '../contract/monitoring';
import type { OverviewResponse } from '../contract/overview';
import { whileLimitedMay } from '../../integration-tests/cluster/cluster-role-grant';
import { resourcePath, resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { startBffOnCluster, type BffOnCluster } from './bff-on-cluster';

let bff: BffOnCluster;

const { namespace } = wmcoInstalledWithNodes;
const label = 'openshift.io/cluster-monitoring';
const podLabels = { name: 'windows-machine-config-operator' };

before(async () => {
  // With the watch caches: the namespace's label time must survive the cache's trimming.
  bff = await startBffOnCluster('wmco-installed-with-nodes', { watchCache: true });
  // WMCO's Deployment as OLM makes it from the CSV (no controller here makes its pods).
  await bff.admin.create(resources.deployments, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'windows-machine-config-operator', namespace },
    spec: {
      selector: { matchLabels: podLabels },
      template: {
        metadata: { labels: podLabels },
        spec: { containers: [{ name: 'manager', image: 'registry.example/wmco:10.22.0' }] },
      },
    },
  });
});

after(async () => {
  await bff.stop();
});

let pods = 0;

/** A WMCO pod as its ReplicaSet would make it, started at `startTime` (never scheduled, so deletable at once). */
async function wmcoPod(startTime: Date): Promise<string> {
  pods += 1;
  const name = `windows-machine-config-operator-${String(pods)}`;
  await bff.admin.create<V1Pod>(resources.pods, {
    metadata: { name, namespace, labels: podLabels },
    spec: { containers: [{ name: 'manager', image: 'registry.example/wmco:10.22.0' }] },
  });
  await bff.admin.mergePatch(
    resources.pods,
    { name, namespace, subresource: 'status' },
    {
      status: { startTime: startTime.toISOString() },
    },
  );
  return name;
}

const podNames = async () =>
  (await bff.admin.list<V1Pod>(resources.pods, { namespace })).map((pod) => pod.metadata?.name);

const readNamespace = () => bff.admin.get<V1Namespace>(resources.namespaces, namespace);

const restart = async (token = bff.cluster.tokens.admin) => {
  const response = await bff.app.inject({
    method: 'POST',
    url: '/api/v1/install/monitoring',
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.statusCode,
    body: response.json<MonitoringRestartResult & ErrorResponse>(),
  };
};

const monitoringCodes = new Set<FindingCode>([
  'wmco-monitoring-label-missing',
  'wmco-monitoring-needs-restart',
]);

/** The Overview's monitoring findings once they are `expected` (the caches follow the writes). */
function overviewSays(expected: FindingCode[]) {
  return waitFor(
    `the Overview to say ${expected.join(', ') || 'nothing of monitoring'}`,
    async () => {
      const { body } = await bff.get<OverviewResponse>(
        '/api/v1/overview',
        bff.cluster.tokens.admin,
      );
      const findings = body.findings.filter((finding) => monitoringCodes.has(finding.code));
      const codes = findings.map((finding) => finding.code);
      return JSON.stringify(codes) === JSON.stringify(expected) ? findings : undefined;
    },
  );
}

test('a WMCO pod older than the label: the Overview says metrics wait for a restart', async () => {
  await wmcoPod(new Date(Date.now() - 3_600_000));
  const [finding] = await overviewSays(['wmco-monitoring-needs-restart']);
  assert.equal(finding?.fix?.action, 'enable-monitoring');
});

test('once a pod started after the label is the only one, nothing is said', async () => {
  const [old] = await podNames();
  // The successor first, then the old pod goes: the finding holds until the old pod is gone.
  await wmcoPod(new Date(Date.now() + 60_000));
  await overviewSays(['wmco-monitoring-needs-restart']);
  await bff.admin.request('DELETE', resourcePath(resources.pods, { namespace, name: old }));
  await overviewSays([]);
});

test('the label removed: the Overview offers it, and the limited user is refused with 403', async () => {
  await bff.admin.mergePatch(
    resources.namespaces,
    { name: namespace },
    {
      metadata: { labels: { [label]: null } },
    },
  );
  await overviewSays(['wmco-monitoring-label-missing']);
  const before = await podNames();

  const unread = await restart(bff.cluster.tokens.limited);
  assert.equal(unread.status, 403);
  assert.equal(unread.body.code, 'wmco-restart-not-allowed');
  assert.deepEqual(unread.body.params, { namespace, resource: 'subscriptions' });

  // Allowed to read everything it needs, still not to label the namespace: the API server refuses.
  const reads = [
    { apiGroups: ['operators.coreos.com'], resources: ['subscriptions'], verbs: ['get', 'list'] },
    { apiGroups: [''], resources: ['namespaces', 'pods'], verbs: ['get', 'list'] },
    { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list'] },
  ];
  await whileLimitedMay(bff.admin, 'limited-reads-wmco', reads, async () => {
    const refused = await restart(bff.cluster.tokens.limited);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'monitoring-label-not-allowed');
    assert.deepEqual(refused.body.params, { namespace });
  });
  assert.equal((await readNamespace()).metadata?.labels?.[label], undefined);
  assert.deepEqual(await podNames(), before, 'no pod was deleted');
});

test('the admin labels the namespace and WMCO’s pod is deleted; its successor clears the finding', async () => {
  const [pod] = await podNames();
  const { status, body } = await restart();
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body, { namespace, labelAdded: true, restartedPods: [pod] });
  assert.equal((await readNamespace()).metadata?.labels?.[label], 'true');
  assert.deepEqual(await podNames(), []);

  // What the Deployment's ReplicaSet does next: a new pod, started after the label.
  await wmcoPod(new Date(Date.now() + 60_000));
  await overviewSays([]);
});

test('with the label in place, a second restart only deletes the pod', async () => {
  const before = await readNamespace();
  const [pod] = await podNames();
  const { status, body } = await restart();
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body, { namespace, labelAdded: false, restartedPods: [pod] });
  const after = await readNamespace();
  assert.equal(after.metadata?.resourceVersion, before.metadata?.resourceVersion);
  assert.deepEqual(await podNames(), []);
});
