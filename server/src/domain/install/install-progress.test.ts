import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveInstallProgress } from './install-progress';

const subscription = { metadata: { name: 'wmco' }, status: { state: 'UpgradePending' } };
const plan = (approved: boolean, phase: string) => ({
  metadata: { name: 'install-x' },
  spec: { approved },
  status: { phase },
});
const csv = (phase: string, message?: string) => ({
  metadata: { name: 'wmco.v10.22.0' },
  spec: { version: '10.22.0' },
  status: { phase, message },
});

const cases: [string, Parameters<typeof deriveInstallProgress>, string][] = [
  ['nothing yet', [undefined, undefined, undefined], 'not-started'],
  ['a Subscription without a plan', [subscription, undefined, undefined], 'subscribed'],
  [
    'a Manual plan waiting',
    [subscription, plan(false, 'RequiresApproval'), undefined],
    'awaiting-approval',
  ],
  [
    'an approved plan installing',
    [subscription, plan(true, 'Installing'), undefined],
    'installing',
  ],
  [
    'a CSV in InstallReady',
    [subscription, plan(true, 'Complete'), csv('InstallReady')],
    'installing',
  ],
  ['a CSV that succeeded', [subscription, plan(true, 'Complete'), csv('Succeeded')], 'succeeded'],
  [
    'a CSV that failed',
    [subscription, plan(true, 'Complete'), csv('Failed', 'install timeout')],
    'failed',
  ],
  ['a failed plan', [subscription, plan(true, 'Failed'), undefined], 'failed'],
];

for (const [name, args, stage] of cases) {
  test(`install stage: ${name} → ${stage}`, () => {
    assert.equal(deriveInstallProgress(...args).stage, stage);
  });
}

test('the progress carries the CSV’s message for failures', () => {
  const progress = deriveInstallProgress(
    subscription,
    plan(true, 'Complete'),
    csv('Failed', 'install timeout'),
  );
  assert.equal(progress.csv?.message, 'install timeout');
  assert.deepEqual(progress.installPlan, { name: 'install-x', phase: 'Complete', approved: true });
});
