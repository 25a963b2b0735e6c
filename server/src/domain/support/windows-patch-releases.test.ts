import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patchAge } from './windows-patch-releases';

const now = new Date('2025-04-11T00:00:00Z');

test('a revision that is an anchor was released that day', () => {
  assert.deepEqual(patchAge('10.0.20348', 3328, now), {
    kind: 'released',
    on: '2025-03-11',
    days: 31,
  });
});

test('a revision between two anchors was released between their days', () => {
  assert.deepEqual(patchAge('10.0.17763', 6000, now), {
    kind: 'between',
    after: '2024-03-12',
    before: '2025-02-11',
    minDays: 59,
    maxDays: 395,
  });
});

test('a revision older than every anchor is at least as old as the oldest', () => {
  assert.deepEqual(patchAge('10.0.20348', 681, now), {
    kind: 'older-than',
    before: '2024-03-12',
    minDays: 395,
  });
});

test('a revision newer than every anchor is younger than the newest', () => {
  assert.deepEqual(patchAge('10.0.26100', 9999, new Date('2025-06-12T00:00:00Z')), {
    kind: 'newer-than',
    after: '2025-05-13',
    maxDays: 30,
  });
});

test('a build without anchors has no patch age', () => {
  assert.equal(patchAge('10.0.14393', 7785, now), undefined);
});
