import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAge, formatDuration, formatList, formatNumber } from './format';

test('ages read like kubectl’s, in the reader’s language', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  assert.equal(formatAge('en', '2026-11-22T11:59:15Z', now), '45s');
  assert.equal(formatAge('en', '2026-11-22T11:48:00Z', now), '12m');
  assert.equal(formatAge('en', '2026-11-22T07:00:00Z', now), '5h');
  assert.equal(formatAge('en', '2026-11-19T12:00:00Z', now), '3d');
  assert.equal(formatAge('en', undefined, now), '');
  assert.equal(formatAge('zh-CN', '2026-11-19T12:00:00Z', now), '3天');
  assert.equal(formatAge('ko', '2026-11-22T07:00:00Z', now), '5시간');
});

test('durations show their two largest units', () => {
  assert.equal(formatDuration('en', 45), '45s');
  assert.equal(formatDuration('en', 245), '4m 5s');
  assert.equal(formatDuration('en', 3720), '1h 2m');
  assert.equal(formatDuration('en', 3600), '1h 0m');
  assert.equal(formatDuration('en', -3), '0s');
  assert.equal(formatDuration('zh-CN', 245), '4分钟5秒');
  assert.equal(formatDuration('fr', 3720), '1h 2min');
});

test('numbers and lists follow the language', () => {
  assert.equal(formatNumber('en', 1995), '1,995');
  assert.equal(formatNumber('fr', 1995), '1\u202f995');
  assert.equal(formatList('en', ['a', 'b', 'c']), 'a, b, and c');
  assert.equal(formatList('zh-CN', ['a', 'b', 'c']), 'a、b和c');
  assert.equal(formatList('es', ['a', 'b']), 'a y b');
});
