import '../../__mocks__/component-test-setup';
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { answerWith, calls } from '../../__mocks__/dynamic-plugin-sdk';
import { EnableMonitoringModal } from './EnableMonitoringModal';

const namespace = 'openshift-windows-machine-config-operator';

beforeEach(() => {
  calls.length = 0;
});
afterEach(cleanup);

function confirm() {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Label and restart' }));
  });
}

test('the confirmation says what happens before anything is sent: WMCO restarts, nodes untouched', () => {
  render(<EnableMonitoringModal namespace={namespace} onClose={() => undefined} />);
  const text = document.querySelector('[data-test="monitoring-what-happens"]')?.textContent ?? '';
  assert.match(text, /openshift-windows-machine-config-operator gets the label/);
  assert.match(text, /WMCO’s pod is deleted/);
  assert.match(text, /Windows nodes and their workloads are not touched/);
  assert.deepEqual(calls, []);
});

test('confirmed, it posts once and says what was done', async () => {
  answerWith(() => ({ namespace, labelAdded: true, restartedPods: ['wmco-1'] }));
  render(<EnableMonitoringModal namespace={namespace} onClose={() => undefined} />);
  confirm();
  await waitFor(() => {
    assert.ok(document.querySelector('[data-test="monitoring-result"]'));
  });
  assert.deepEqual(
    calls.map(({ method, url }) => [method, url.replace(/^.*\/api\/v1/, '')]),
    [['POST', '/install/monitoring']],
  );
  const result = document.querySelector('[data-test="monitoring-result"]')?.textContent ?? '';
  assert.match(result, /now has the label openshift\.io\/cluster-monitoring=true/);
  assert.match(result, /1 WMCO pod was deleted/);
});

test('a refusal is shown and nothing claims success', async () => {
  answerWith(() => {
    throw new Error('You may not label namespace x');
  });
  render(<EnableMonitoringModal namespace={namespace} onClose={() => undefined} />);
  confirm();
  await waitFor(() => {
    assert.ok(screen.getByText('That did not work'));
  });
  assert.equal(document.querySelector('[data-test="monitoring-result"]'), null);
});
