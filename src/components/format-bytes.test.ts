import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes } from './format-bytes';

test('sizes are said in the largest unit that keeps them at 1 or more', () => {
  assert.equal(formatBytes(512, 'en-US'), '512 byte');
  assert.equal(formatBytes(2048, 'en-US'), '2 kB');
  assert.equal(formatBytes(200 * 1024 * 1024, 'en-US'), '200 MB');
  assert.equal(formatBytes(1.5 * 1024 ** 3, 'en-US'), '1.5 GB');
});
