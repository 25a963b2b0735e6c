// The watch caches' initial lists, read a page at a time from the real API server: every object arrives
// once, in a typed core kind and a custom one, and the pages are one snapshot a watch continues from.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KubeConfig, type KubernetesObject } from '@kubernetes/client-node';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { KubeApi } from '../src/cluster/api/kube-api';
import { kinds } from '../src/cluster/kinds';

let cluster: LocalCluster;
let api: KubeApi;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes' });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(cluster.kubeconfigPath('admin'));
  api = new KubeApi(kubeConfig);
});

after(async () => {
  await cluster.stop();
});

const nameOf = (object: KubernetesObject) => object.metadata?.name ?? '';

for (const kind of [kinds.node, kinds.machine]) {
  test(`${kind.plural}: two at a time, every object once, as one whole list`, async () => {
    const whole = await api.listObject<KubernetesObject>(kind);
    const names = (whole.items ?? []).map(nameOf).sort();
    assert.ok(names.length > 2, `the scenario has more than one page of ${kind.plural}`);

    const first = await api.listObject<KubernetesObject>(kind, { limit: 2 });
    assert.equal(first.items?.length, 2);
    assert.ok(first.metadata?.continue, 'a first page of two says there is more');

    const paged = await api.listInPages<KubernetesObject, string>(kind, {}, 2, nameOf);
    assert.deepEqual([...paged.items].sort(), names);
    assert.ok(paged.metadata?.resourceVersion, 'the pages carry the resourceVersion to watch from');
    assert.ok(!paged.metadata.continue, 'the last page has no continue token');
  });
}
