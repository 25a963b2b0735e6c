import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAge } from './format-age';

test('ages read like kubectl’s', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  assert.equal(formatAge('2026-11-22T11:59:15Z', now), '45s');
  assert.equal(formatAge('2026-11-22T11:48:00Z', now), '12m');
  assert.equal(formatAge('2026-11-22T07:00:00Z', now), '5h');
  assert.equal(formatAge('2026-11-19T12:00:00Z', now), '3d');
  assert.equal(formatAge(undefined, now), '');
});
