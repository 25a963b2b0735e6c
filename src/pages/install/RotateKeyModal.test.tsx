import '../../__mocks__/component-test-setup';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanup, render, screen } from '@testing-library/react';
import { RotateKeyModal } from './RotateKeyModal';

afterEach(cleanup);

function reachText(): string {
  return document.querySelector('[data-test="rotate-key-reach"]')?.textContent ?? '';
}

test('the confirmation counts the nodes WMCO recreates and the BYOH hosts that lose access', () => {
  render(<RotateKeyModal reach={{ machineNodes: 3, byohHosts: 2 }} onClose={() => undefined} />);
  assert.match(reachText(), /3 Machine-backed Windows nodes are deleted and recreated by WMCO/);
  assert.match(reachText(), /2 BYOH hosts lose access until you add the new public key/);
});

test('one of each is said in the singular, none as none', () => {
  render(<RotateKeyModal reach={{ machineNodes: 1, byohHosts: 0 }} onClose={() => undefined} />);
  assert.match(reachText(), /1 Machine-backed Windows node is deleted and recreated/);
  assert.match(reachText(), /No BYOH host is affected\./);
});

test('what the caller could not read is not counted, and the effect is still said', () => {
  render(<RotateKeyModal reach={{}} onClose={() => undefined} />);
  assert.match(reachText(), /WMCO deletes and recreates every Machine-backed Windows node/);
  assert.match(reachText(), /BYOH hosts keep working only once you add the new public key/);
});

test('the key type select is labelled', () => {
  render(<RotateKeyModal reach={{ machineNodes: 0, byohHosts: 0 }} onClose={() => undefined} />);
  const select = screen.getByLabelText('Key type');
  assert.equal(select.tagName, 'SELECT');
});
