import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  logRotationChanged,
  logRotationForm,
  logRotationFormErrors,
  logRotationRequest,
} from './log-rotation-form';

test('the form starts from the Subscription’s values, an unset one blank', () => {
  assert.deepEqual(logRotationForm({ fileSize: '100M' }), {
    fileSize: '100M',
    fileAge: '',
    flushInterval: '',
  });
});

test('the request trims the values and leaves blank fields out, so they are removed', () => {
  const form = { fileSize: ' 100M ', fileAge: '', flushInterval: '  ' };
  assert.deepEqual(logRotationRequest(form), { fileSize: '100M' });
});

test('the form refuses what the BFF refuses, naming the field, and accepts what it accepts', () => {
  const form = { fileSize: '100MB', fileAge: '7d', flushInterval: '5s' };
  assert.deepEqual([...logRotationFormErrors(form)], ['fileSize', 'fileAge']);
  const valid = { fileSize: '100M', fileAge: '168h', flushInterval: '5s' };
  assert.equal(logRotationFormErrors(valid).size, 0);
});

test('saving is offered only when it changes what the Subscription holds', () => {
  const current = { fileSize: '100M' };
  assert.equal(logRotationChanged(logRotationForm(current), current), false);
  assert.equal(
    logRotationChanged({ ...logRotationForm(current), fileSize: ' 100M ' }, current),
    false,
  );
  assert.equal(logRotationChanged({ ...logRotationForm(current), fileAge: '168h' }, current), true);
  assert.equal(logRotationChanged({ ...logRotationForm(current), fileSize: '' }, current), true);
});
