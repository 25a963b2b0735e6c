import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pullIdentity } from './pull-identity';

test('a Deployment: its namespace, service account and pull secrets', () => {
  const deployment = {
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'apps' },
    spec: {
      template: {
        spec: {
          serviceAccountName: 'puller',
          imagePullSecrets: [{ name: 'a' }, { name: 'a' }, { name: '' }, {}, { name: 'b' }],
        },
      },
    },
  };
  assert.deepEqual(pullIdentity(deployment), {
    namespace: 'apps',
    serviceAccountName: 'puller',
    imagePullSecrets: ['a', 'b'],
  });
});

test('a CronJob without service account runs as default; unknown kinds have no identity', () => {
  const cronJob = {
    kind: 'CronJob',
    metadata: { namespace: 'jobs' },
    spec: { jobTemplate: { spec: { template: { spec: {} } } } },
  };
  assert.deepEqual(pullIdentity(cronJob), {
    namespace: 'jobs',
    serviceAccountName: 'default',
    imagePullSecrets: [],
  });
  assert.equal(pullIdentity({ kind: 'Service', metadata: { namespace: 'x' } }), undefined);
  assert.equal(pullIdentity({ kind: 'Pod', metadata: {} }), undefined);
});
