import '../../__mocks__/component-test-setup';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { LogRotationState } from '../../../server/contract/log-rotation';
import { LogRotationPanel } from './LogRotationPanel';

afterEach(cleanup);

const state: LogRotationState = {
  subscription: 'windows-machine-config-operator',
  namespace: 'openshift-windows-machine-config-operator',
  wmco: '10.22.0',
  since: '10.22.0',
  supported: true,
  settings: {},
};

const saveButton = () => screen.getByRole('button', { name: 'Save log rotation' });

test('a WMCO before 10.22 is said not to rotate, and no form is offered', () => {
  render(<LogRotationPanel state={{ ...state, wmco: '10.21.1', supported: false }} />);
  assert.ok(screen.getByText(/WMCO 10\.21\.1 does not rotate service logs/));
  assert.equal(screen.queryByRole('button', { name: 'Save log rotation' }), null);
});

test('without a size the panel warns, and nothing unchanged can be saved', () => {
  render(<LogRotationPanel state={state} />);
  assert.ok(screen.getByText('Service logs on Windows nodes grow without bound'));
  assert.equal((saveButton() as HTMLButtonElement).disabled, true);
});

test('a wrong value is named at its field and blocks saving; a right one opens the confirmation', () => {
  render(<LogRotationPanel state={state} />);
  const size = screen.getByLabelText('Rotate a log at this size');
  fireEvent.change(size, { target: { value: '100MB' } });
  assert.ok(screen.getByText('Enter a size that is not negative, such as 100M or 1Gi.'));
  assert.equal((saveButton() as HTMLButtonElement).disabled, true);

  fireEvent.change(size, { target: { value: '100M' } });
  assert.equal(screen.queryByText('Enter a size that is not negative, such as 100M or 1Gi.'), null);
  fireEvent.click(saveButton());
  assert.ok(screen.getByText(/reconfigures the Windows nodes one at a time/));
  assert.ok(screen.getByRole('button', { name: 'Save and reconfigure' }));
});
