import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompatibilityResponse, WindowsWorkload } from '../../../server/contract/lifecycle';
import type { ReplacementView } from '../../../server/contract/replacement';
import {
  defaultTargetBuild,
  isSettled,
  shownSteps,
  stepToConfirm,
  workloadsForBuild,
  workloadVerdict,
} from './lifecycle-model';

const image = (verdicts: Record<string, 'runs' | 'does-not-run' | 'unknown'>) => ({
  container: 'web',
  image: 'registry.example/web:1',
  platforms: [],
  verdicts: Object.entries(verdicts).map(([build, verdict]) => ({ build, verdict })),
});
const workload = (name: string, images: WindowsWorkload['images']): WindowsWorkload => ({
  kind: 'Deployment',
  namespace: 'apps',
  name,
  images,
  nodes: [],
  unreadable: [],
});

test('a workload is as bad as its worst image on the build', () => {
  const mixed = workload('mixed', [
    image({ '10.0.20348': 'runs' }),
    image({ '10.0.20348': 'does-not-run' }),
  ]);
  assert.equal(workloadVerdict(mixed, '10.0.20348'), 'does-not-run');
  assert.equal(workloadVerdict(mixed, '10.0.26100'), 'unknown', 'a build not judged is unknown');
});

test('an image its registry could not describe makes the workload unknown, never runs', () => {
  const failed = {
    ...image({ '10.0.20348': 'runs' }),
    failure: { code: 'unauthorized' as const, params: {} },
  };
  assert.equal(workloadVerdict(workload('private', [failed]), '10.0.20348'), 'unknown');
});

test('the workloads that break on the target build come first, then the unknown, then by name', () => {
  const compatibility: CompatibilityResponse = {
    builds: [],
    unreadable: [],
    workloads: [
      workload('a-runs', [image({ '10.0.20348': 'runs' })]),
      workload('b-unknown', [image({ '10.0.20348': 'unknown' })]),
      workload('c-breaks', [image({ '10.0.20348': 'does-not-run' })]),
      workload('a-breaks', [image({ '10.0.20348': 'does-not-run' })]),
    ],
  };
  assert.deepEqual(
    workloadsForBuild(compatibility, '10.0.20348').map((row) => row.workload.name),
    ['a-breaks', 'c-breaks', 'b-unknown', 'a-runs'],
  );
});

test('the compatibility picker starts at the newest build judged', () => {
  assert.equal(
    defaultTargetBuild([
      { build: '10.0.17763', onNodes: true },
      { build: '10.0.26100', onNodes: false },
    ]),
    '10.0.26100',
  );
  assert.equal(defaultTargetBuild([]), undefined);
});

const view = (over: Partial<ReplacementView>): ReplacementView =>
  ({
    status: 'running',
    steps: [],
    next: { kind: 'none' },
    ...over,
  }) as ReplacementView;

test('the step to confirm: the one the replacement waits at, or a failed one to retry', () => {
  assert.equal(
    stepToConfirm(view({ next: { kind: 'await-confirmation', step: 'scale-up' } })),
    'scale-up',
  );
  assert.equal(
    stepToConfirm(
      view({ steps: [{ id: 'drain-old-nodes', state: 'failed' }], next: { kind: 'wait' } }),
    ),
    'drain-old-nodes',
  );
  assert.equal(
    stepToConfirm(view({ next: { kind: 'wait', step: 'wait-nodes-ready' } })),
    undefined,
  );
  assert.equal(
    stepToConfirm(
      view({ status: 'rolling-back', next: { kind: 'await-confirmation', step: 'scale-up' } }),
    ),
    undefined,
    'nothing is confirmed while rolling back',
  );
});

test('a replacement shows its rollback steps only once it is aborted', () => {
  const steps: ReplacementView['steps'] = [
    { id: 'create-machine-set', state: 'done' },
    { id: 'scale-old-back', state: 'pending' },
  ];
  assert.deepEqual(
    shownSteps(view({ steps })).map((step) => step.id),
    ['create-machine-set'],
  );
  assert.deepEqual(
    shownSteps(view({ status: 'rolling-back', steps })).map((step) => step.id),
    ['create-machine-set', 'scale-old-back'],
  );
});

test('a replacement is acted on only when no request is in flight and the view does not predate it', () => {
  assert.equal(isSettled(undefined, '5'), true);
  assert.equal(isSettled({ before: '5' }, '5'), false, 'in flight');
  assert.equal(isSettled({ before: '5', after: '7' }, '5'), false, 'a stale document');
  assert.equal(isSettled({ before: '5', after: '7' }, '7'), true);
  assert.equal(isSettled({ before: '5', after: '7' }, '9'), true, 'newer than the request');
  assert.equal(isSettled({ before: '5', after: '5' }, '5'), true, 'the request changed nothing');
});
