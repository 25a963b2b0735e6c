import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Pod, V1PodDisruptionBudget } from '@kubernetes/client-node';
import { drainOutlook, selects } from './drain-blockers';

function pod(name: string, labels: Record<string, string>, extra: Partial<V1Pod> = {}): V1Pod {
  return {
    metadata: { name, namespace: 'payments', labels },
    status: { phase: 'Running' },
    ...extra,
  };
}

function budget(name: string, matchLabels: Record<string, string>, allowed: number) {
  return {
    metadata: { name, namespace: 'payments' },
    spec: { selector: { matchLabels } },
    status: {
      disruptionsAllowed: allowed,
      currentHealthy: 1,
      desiredHealthy: 1,
      expectedPods: 1,
    },
  } satisfies V1PodDisruptionBudget;
}

test('label selectors: matchLabels and every expression operator', () => {
  const labels = { app: 'iis', tier: 'web' };
  assert.equal(selects({ matchLabels: { app: 'iis' } }, labels), true);
  assert.equal(selects({ matchLabels: { app: 'sql' } }, labels), false);
  assert.equal(selects({}, labels), true, 'policy/v1: an empty selector selects all');
  assert.equal(selects(undefined, labels), false);
  const expression = (operator: string, values?: string[]) =>
    selects({ matchExpressions: [{ key: 'tier', operator, values }] }, labels);
  assert.equal(expression('In', ['web', 'api']), true);
  assert.equal(expression('NotIn', ['web']), false);
  assert.equal(expression('Exists'), true);
  assert.equal(expression('DoesNotExist'), false);
  assert.equal(expression('Gt', ['1']), false);
});

test('a budget allowing no disruption of a pod on the node blocks the drain', () => {
  const outlook = drainOutlook(
    [pod('iis-0', { app: 'iis' })],
    [budget('iis-pdb', { app: 'iis' }, 0), budget('sql-pdb', { app: 'sql' }, 0)],
  );
  assert.deepEqual(outlook, { podsToEvict: 1, blockedBy: ['payments/iis-pdb'] });
});

test('a budget that still allows a disruption does not block', () => {
  const outlook = drainOutlook(
    [pod('iis-0', { app: 'iis' })],
    [budget('iis-pdb', { app: 'iis' }, 1)],
  );
  assert.deepEqual(outlook, { podsToEvict: 1, blockedBy: [] });
});

test('a budget in another namespace does not cover the pod', () => {
  const elsewhere = {
    ...budget('iis-pdb', { app: 'iis' }, 0),
    metadata: { name: 'iis-pdb', namespace: 'shop' },
  };
  assert.deepEqual(drainOutlook([pod('iis-0', { app: 'iis' })], [elsewhere]).blockedBy, []);
});

test('DaemonSet, mirror, finished and deleted pods are not drained', () => {
  const labels = { app: 'iis' };
  const pods = [
    pod('ds', labels, {
      metadata: {
        name: 'ds',
        namespace: 'payments',
        labels,
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'x', uid: '1' }],
      },
    }),
    pod('mirror', labels, {
      metadata: {
        name: 'mirror',
        namespace: 'payments',
        labels,
        annotations: { 'kubernetes.io/config.mirror': 'x' },
      },
    }),
    pod('job', labels, { status: { phase: 'Succeeded' } }),
    pod('going', labels, {
      metadata: { name: 'going', namespace: 'payments', labels, deletionTimestamp: new Date() },
    }),
  ];
  assert.deepEqual(drainOutlook(pods, [budget('iis-pdb', labels, 0)]), {
    podsToEvict: 0,
    blockedBy: [],
  });
});
