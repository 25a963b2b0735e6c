import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkloadsState } from '../../../server/contract/workloads';
import {
  checkFormErrors,
  initialCheckForm,
  initialSampleForm,
  runtimeClassNameError,
  runtimeClassesFor,
  sampleFormErrors,
  toCheckRequest,
  withBuild,
} from './workload-forms';

const state: WorkloadsState = {
  builds: [
    {
      build: '10.0.17763',
      windowsServer: '2019',
      imageTag: 'ltsc2019',
      nodes: ['a'],
      readyNodes: 1,
      runtimeClasses: ['windows2019'],
      guideRuntimeClass: 'windows2019',
      suggestedName: 'windows2019',
    },
    {
      build: '10.0.20348',
      windowsServer: '2022',
      imageTag: 'ltsc2022',
      nodes: ['b', 'c'],
      readyNodes: 2,
      runtimeClasses: ['custom-2022', 'windows2022'],
      guideRuntimeClass: 'windows2022',
      suggestedName: 'windows2022',
    },
    { build: '10.0.19041', nodes: ['d'], readyNodes: 1, runtimeClasses: [] },
  ],
  runtimeClasses: [],
  unreadable: [],
};

test('the sample starts on the newest build with a known tag, and its guide RuntimeClass', () => {
  const form = initialSampleForm(state);
  assert.equal(form.build, '10.0.20348');
  assert.equal(form.runtimeClassName, 'windows2022');
  assert.equal(form.name, 'win-webserver');
  assert.deepEqual(runtimeClassesFor(state, '10.0.20348'), ['windows2022', 'custom-2022']);
});

test('choosing another build takes its RuntimeClass along, or none', () => {
  const form = initialSampleForm(state);
  assert.equal(withBuild(state, form, '10.0.17763').runtimeClassName, 'windows2019');
  assert.equal(withBuild(state, form, '10.0.19041').runtimeClassName, '');
});

test('every wrong sample field is named', () => {
  const errors = sampleFormErrors({
    ...initialSampleForm(state),
    namespace: 'Team_A',
    name: '1web',
    runtimeClassName: '',
    replicas: -1,
  });
  assert.deepEqual(errors, {
    namespace: 'invalid',
    name: 'invalid',
    runtimeClassName: 'no-runtime-class',
    replicas: 'invalid-replicas',
  });
  assert.deepEqual(sampleFormErrors({ ...initialSampleForm(state), namespace: 'team-a' }), {});
});

test('RuntimeClass names follow the API server’s rules', () => {
  assert.equal(runtimeClassNameError('windows2022'), undefined);
  assert.equal(runtimeClassNameError(''), 'required');
  assert.equal(runtimeClassNameError('Windows'), 'invalid');
  assert.equal(runtimeClassNameError('a'.repeat(254)), 'too-long');
});

test('the checker form sends a reference or the YAML, never both', () => {
  const reference = { ...initialCheckForm, namespace: 'team-a', name: 'web', yaml: 'kind: Pod' };
  assert.deepEqual(checkFormErrors(reference), {});
  assert.deepEqual(toCheckRequest(reference), {
    reference: { kind: 'Deployment', namespace: 'team-a', name: 'web' },
  });
  const yaml = { ...reference, mode: 'yaml' as const };
  assert.deepEqual(toCheckRequest(yaml), { yaml: 'kind: Pod' });
  assert.deepEqual(checkFormErrors({ ...yaml, yaml: '  ' }), { yaml: 'required' });
  assert.deepEqual(checkFormErrors({ ...initialCheckForm }), {
    namespace: 'required',
    name: 'required',
  });
});
