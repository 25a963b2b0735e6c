import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubernetesObject } from '@kubernetes/client-node';
import type { CompatibilityResponse, LifecycleResponse } from '../contract/lifecycle';
import type { ReplacementPreview, ReplacementView } from '../contract/replacement';
import { resources } from '../../integration-tests/cluster/resources';
import { lifecycle2019MachineSet as scenario } from '../../integration-tests/cluster/scenarios/lifecycle-2019-machineset';
import { startLifecycleHarness, type LifecycleHarness } from './lifecycle-harness';

let harness: LifecycleHarness;

before(async () => {
  harness = await startLifecycleHarness();
});

after(async () => {
  await harness.stop();
});

const move2019 = () => ({
  machineSet: scenario.machineSet2019,
  targetVersion: '2022',
  image: { ami: scenario.ami2022 },
});

test('the Lifecycle view: builds grouped, a mixed MachineSet, a BYOH host below the required build', async () => {
  const view = await harness.ok<LifecycleResponse>('GET', '/lifecycle');
  assert.deepEqual(
    view.groups.map((group) => [group.version, group.build, group.fullBuilds, group.nodes.length]),
    [
      ['2019', '10.0.17763', ['10.0.17763.6893'], 3],
      ['2022', '10.0.20348', ['10.0.20348.587', '10.0.20348.2340', '10.0.20348.3207'], 3],
    ],
  );
  assert.deepEqual(
    view.mixedMachineSets.map((set) => [set.machineSet, set.builds.map((b) => b.build)]),
    [[scenario.machineSet2022, ['10.0.20348.2340', '10.0.20348.3207']]],
  );
  const byoh = Object.fromEntries(view.byoh.map((host) => [host.node, host.actions]));
  assert.deepEqual(byoh['win2022-byoh-01'], [
    {
      code: 'install-update',
      params: { build: '10.0.20348.681', update: 'KB5012637', found: '10.0.20348.587' },
    },
  ]);
  assert.equal(byoh['win2019-byoh-01']?.[0]?.code, 'plan-version-move');
  const low = view.nodes.find((node) => node.node === 'win2022-byoh-01');
  assert.equal(low?.state, 'below-required-build');
  const old = view.machineSets.find((set) => set.name === scenario.machineSet2019);
  assert.deepEqual(old && { versions: old.versions, image: old.image, replicas: old.replicas }, {
    versions: ['2019'],
    image: { ami: scenario.ami2019 },
    replicas: 2,
  });
  const target2022 = view.targets.find((target) => target.version === '2022');
  assert.deepEqual(target2022, {
    version: '2022',
    build: '10.0.20348',
    supported: true,
    image: { ami: scenario.ami2022 },
  });
});

test('compatibility: each workload judged per build, the private image read with its pull secret', async () => {
  const view = await harness.ok<CompatibilityResponse>('GET', '/lifecycle/compatibility');
  const verdicts = Object.fromEntries(
    view.workloads.map((workload) => [
      workload.name,
      Object.fromEntries((workload.images[0]?.verdicts ?? []).map((v) => [v.build, v.verdict])),
    ]),
  );
  assert.deepEqual(verdicts, {
    'legacy-web': {
      '10.0.17763': 'runs',
      '10.0.20348': 'does-not-run',
      '10.0.26100': 'does-not-run',
    },
    'multi-web': { '10.0.17763': 'runs', '10.0.20348': 'runs', '10.0.26100': 'runs' },
    'private-web': { '10.0.17763': 'does-not-run', '10.0.20348': 'runs', '10.0.26100': 'runs' },
    'web-2022': { '10.0.17763': 'does-not-run', '10.0.20348': 'runs', '10.0.26100': 'runs' },
  });
  const pinned = view.workloads.find((workload) => workload.name === 'web-2022');
  assert.deepEqual(pinned?.nodes.length, 3, 'web-2022 can be placed on the three 2022 nodes');
  assert.deepEqual(
    view.builds.map((build) => [build.build, build.onNodes]),
    [
      ['10.0.17763', true],
      ['10.0.20348', true],
      ['10.0.26100', false],
    ],
  );
});

test('a move of the 2019 MachineSet to 2022 is blocked by the one incompatible workload, first', async () => {
  const preview = await harness.ok<ReplacementPreview>(
    'POST',
    '/lifecycle/replacements/preview',
    move2019(),
  );
  assert.deepEqual(preview.problems, []);
  assert.deepEqual(
    preview.blockers.map((b) => [b.code, b.params.workload]),
    [['image-incompatible', 'windows-apps/Deployment/legacy-web']],
  );
  assert.deepEqual(preview.affected, [
    { workload: 'windows-apps/Deployment/legacy-web', verdict: 'does-not-run' },
    { workload: 'windows-apps/Deployment/multi-web', verdict: 'runs' },
  ]);
  assert.equal(preview.plan.newMachineSet, scenario.machineSet2019.replace('2019', '2022'));
  assert.deepEqual(preview.oldNodes, [...scenario.oldNodes].sort());
  const refused = await harness.call('POST', '/lifecycle/replacements', {
    ...move2019(),
    confirmed: true,
  });
  assert.equal(refused.status, 409);
  assert.equal((refused.body as { code?: string }).code, 'replacement-blocked');
});

test('an AMI id of the wrong shape is named by its field, as the MachineSet wizard names it', async () => {
  const preview = await harness.ok<ReplacementPreview>('POST', '/lifecycle/replacements/preview', {
    ...move2019(),
    image: { ami: 'ami-123' },
  });
  assert.deepEqual(preview.problems, [{ field: 'image.ami', code: 'ami-invalid' }]);
});

test('a user without rights is refused before anything changes', async () => {
  const { status, body } = await harness.call(
    'POST',
    '/lifecycle/replacements',
    { ...move2019(), confirmed: true },
    harness.cluster.tokens.limited,
  );
  assert.equal(status, 403, JSON.stringify(body));
  const records = await harness.admin.list(resources.configMaps, {
    namespace: 'openshift-machine-api',
    labelSelector: 'windows-nodes-plugin/replacement=true',
  });
  assert.deepEqual(records, []);
});

const stepStates = (view: ReplacementView) =>
  Object.fromEntries(view.steps.map((step) => [step.id, step.state]));

async function confirm(machineSet: string, step: string): Promise<ReplacementView> {
  const { replacement } = await harness.ok<{ replacement: ReplacementView }>(
    'POST',
    `/lifecycle/replacements/${machineSet}/confirm`,
    { step, confirmed: true },
  );
  return replacement;
}

test('after the fix the replacement runs through, each step confirmed, to the old MachineSet at 0', async () => {
  const { admin } = harness;
  const fixedImage = scenario.workloads(harness.registries).fixedImage;
  await admin.mergePatch(
    resources.deployments,
    { name: 'legacy-web', namespace: scenario.workloadNamespace },
    { spec: { template: { spec: { containers: [{ name: 'web', image: fixedImage }] } } } },
  );
  const preview = await harness.ok<ReplacementPreview>(
    'POST',
    '/lifecycle/replacements/preview',
    move2019(),
  );
  assert.deepEqual(preview.blockers, []);
  const old = scenario.machineSet2019;
  const started = await harness.ok<{ replacement: ReplacementView }>(
    'POST',
    '/lifecycle/replacements',
    {
      ...move2019(),
      confirmed: true,
    },
  );
  assert.equal(started.replacement.current, 'create-machine-set');
  assert.deepEqual(started.replacement.next, {
    kind: 'await-confirmation',
    step: 'create-machine-set',
  });
  const again = await harness.call('POST', '/lifecycle/replacements', {
    ...move2019(),
    confirmed: true,
  });
  assert.equal((again.body as { code?: string }).code, 'replacement-in-progress');

  const created = await confirm(old, 'create-machine-set');
  const newName = created.plan.newMachineSet;
  const machineSet = await admin.get<
    KubernetesObject & {
      spec: {
        replicas: number;
        template: { spec: { providerSpec: { value: { ami: { id: string } } } } };
      };
    }
  >(resources.machineSets, newName, 'openshift-machine-api');
  assert.equal(machineSet.spec.replicas, 0);
  assert.equal(machineSet.spec.template.spec.providerSpec.value.ami.id, scenario.ami2022);
  await harness.advanceUntil(old, 'the create step done', (view) => view.current === 'scale-up');

  await confirm(old, 'scale-up');
  const ready = await harness.advanceUntil(
    old,
    'two new Ready 2022 nodes',
    (view) => view.current === 'drain-old-nodes',
  );
  assert.deepEqual(
    ready.observed.new?.nodes.map((node) => [node.ready, node.build]),
    [
      [true, '10.0.20348'],
      [true, '10.0.20348'],
    ],
  );
  assert.deepEqual(ready.next, { kind: 'await-confirmation', step: 'drain-old-nodes' });

  await confirm(old, 'drain-old-nodes');
  const drained = await harness.advanceUntil(
    old,
    'the old nodes drained',
    (view) => view.current === 'scale-down-old',
  );
  assert.deepEqual(drained.cordoned, [...scenario.oldNodes].sort());
  assert.ok(drained.observed.old?.nodes.every((node) => !node.schedulable));
  const podsLeft = await admin.list(resources.pods, { namespace: scenario.workloadNamespace });
  assert.deepEqual(podsLeft, [], 'the evicted pods are gone');

  await confirm(old, 'scale-down-old');
  const finished = await harness.advanceUntil(
    old,
    'the replacement finished',
    (view) => view.status === 'finished',
  );
  assert.deepEqual(Object.values(stepStates(finished)).slice(0, 5), [
    'done',
    'done',
    'done',
    'done',
    'done',
  ]);
  const oldSet = await admin.get<KubernetesObject & { spec: { replicas: number } }>(
    resources.machineSets,
    old,
    'openshift-machine-api',
  );
  assert.equal(oldSet.spec.replicas, 0);
  const view = await harness.ok<LifecycleResponse>('GET', '/lifecycle');
  assert.deepEqual(view.machineSets.find((set) => set.name === newName)?.versions, ['2022']);
});

const move2022 = () => ({
  machineSet: scenario.machineSet2022,
  targetVersion: '2025',
  image: { ami: scenario.ami2025 },
});

test('a budget that can never be met blocks the plan before anything changes', async () => {
  const { admin } = harness;
  const node =
    scenario.nodes.find((candidate) => candidate.origin === scenario.machineSet2022)?.name ?? '';
  await admin.create(resources.pods, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'guarded',
      namespace: scenario.workloadNamespace,
      labels: { app: 'guarded' },
    },
    spec: {
      nodeName: node,
      containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }],
    },
  });
  await admin.create(resources.podDisruptionBudgets, {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'guarded', namespace: scenario.workloadNamespace },
    spec: { maxUnavailable: 0, selector: { matchLabels: { app: 'guarded' } } },
  });
  const preview = await harness.ok<ReplacementPreview>(
    'POST',
    '/lifecycle/replacements/preview',
    move2022(),
  );
  assert.deepEqual(preview.blockers, [
    { code: 'pdb-never-satisfiable', params: { budget: `${scenario.workloadNamespace}/guarded` } },
  ]);
  const refused = await harness.call('POST', '/lifecycle/replacements', {
    ...move2022(),
    confirmed: true,
  });
  assert.equal(refused.status, 409);
  const sets = await admin.list(resources.machineSets, { namespace: 'openshift-machine-api' });
  assert.ok(!sets.some((set) => set.metadata?.name?.includes('2025')), 'no MachineSet was created');
  await admin.request(
    'DELETE',
    `/apis/policy/v1/namespaces/${scenario.workloadNamespace}/poddisruptionbudgets/guarded`,
  );
});

test('abort mid-way rolls back: old nodes uncordoned, old MachineSet scaled back, new one to 0', async () => {
  const { admin } = harness;
  const old = scenario.machineSet2022;
  await harness.ok('POST', '/lifecycle/replacements', { ...move2022(), confirmed: true });
  await confirm(old, 'create-machine-set');
  await harness.advanceUntil(old, 'the create step done', (view) => view.current === 'scale-up');
  await confirm(old, 'scale-up');
  await harness.advanceUntil(
    old,
    'the new nodes Ready',
    (view) => view.current === 'drain-old-nodes',
  );
  await confirm(old, 'drain-old-nodes');
  const cordoned = await harness.advanceUntil(
    old,
    'the old nodes cordoned',
    (view) => view.cordoned.length === 2,
  );
  const newName = cordoned.plan.newMachineSet;
  const { replacement } = await harness.ok<{ replacement: ReplacementView }>(
    'POST',
    `/lifecycle/replacements/${old}/abort`,
    { confirmed: true },
  );
  assert.equal(replacement.status, 'rolling-back');
  const rolledBack = await harness.advanceUntil(
    old,
    'the rollback',
    (view) => view.status === 'rolled-back',
  );
  assert.deepEqual(
    [
      stepStates(rolledBack)['uncordon-old-nodes'],
      stepStates(rolledBack)['scale-old-back'],
      stepStates(rolledBack)['scale-new-down'],
    ],
    ['done', 'done', 'done'],
  );
  assert.ok(
    rolledBack.observed.old?.nodes.every((node) => node.schedulable),
    'old nodes uncordoned',
  );
  const replicas = async (name: string) =>
    (
      await admin.get<KubernetesObject & { spec: { replicas: number } }>(
        resources.machineSets,
        name,
        'openshift-machine-api',
      )
    ).spec.replicas;
  assert.deepEqual([await replicas(old), await replicas(newName)], [2, 0]);
  const late = await harness.call('POST', `/lifecycle/replacements/${old}/abort`, {
    confirmed: true,
  });
  assert.deepEqual([late.status, (late.body as { code?: string }).code], [409, 'not-running']);
});
