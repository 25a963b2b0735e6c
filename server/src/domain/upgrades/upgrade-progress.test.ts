import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeUpgradeState, StateTransition } from '../../../contract/upgrades';
import { median, nodeDurationMs, summarizeProgress } from './upgrade-progress';

const start = Date.parse('2025-06-02T10:00:00.000Z');
const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
const history = (...entries: [NodeUpgradeState, number][]): StateTransition[] =>
  entries.map(([state, seconds]) => ({ state, at: at(seconds) }));

test('median of odd and even counts', () => {
  assert.equal(median([]), undefined);
  assert.equal(median([300, 100, 200]), 200);
  assert.equal(median([100, 400, 200, 300]), 250);
});

test('a node’s duration runs from its first step to done, waiting excluded', () => {
  assert.equal(nodeDurationMs(history(['waiting', 0], ['cordoned', 60], ['done', 360])), 300_000);
  assert.equal(nodeDurationMs(history(['waiting', 0], ['cordoned', 60])), undefined);
  assert.equal(nodeDurationMs(history(['done', 60])), undefined, 'its start was not seen');
});

test('no estimate before a node has finished', () => {
  const progress = summarizeProgress(
    [
      { name: 'a', state: 'reconfiguring', history: history(['cordoned', 0]) },
      { name: 'b', state: 'waiting', history: history(['waiting', 0]) },
    ],
    start + 120_000,
  );
  assert.deepEqual(progress, {
    total: 2,
    done: 0,
    blocked: 0,
    failed: 0,
    inProgress: 'a',
    medianNodeSeconds: undefined,
    secondsLeft: undefined,
  });
});

test('time left: the median per node to go, less what the current node has spent', () => {
  const progress = summarizeProgress(
    [
      { name: 'a', state: 'done', history: history(['cordoned', 0], ['done', 100]) },
      { name: 'b', state: 'done', history: history(['cordoned', 100], ['done', 400]) },
      { name: 'c', state: 'done', history: history(['cordoned', 400], ['done', 600]) },
      { name: 'd', state: 'draining', history: history(['waiting', 0], ['cordoned', 600]) },
      { name: 'e', state: 'waiting', history: history(['waiting', 0]) },
      { name: 'f', state: 'up-to-date', history: [] },
    ],
    start + 650_000,
  );
  // median 200 s; d and e to go: 2 × 200 − 50 already spent on d.
  assert.equal(progress.medianNodeSeconds, 200);
  assert.equal(progress.secondsLeft, 350);
  assert.equal(progress.done, 4, 'up-to-date nodes count as done');
  assert.equal(progress.total, 6);
  assert.equal(progress.inProgress, 'd');
});

test('a current node slower than the median never makes time left negative', () => {
  const progress = summarizeProgress(
    [
      { name: 'a', state: 'done', history: history(['cordoned', 0], ['done', 100]) },
      { name: 'b', state: 'rejoining', history: history(['cordoned', 100]) },
    ],
    start + 1_000_000,
  );
  assert.equal(progress.secondsLeft, 0);
});

test('blocked and failed nodes are counted apart', () => {
  const progress = summarizeProgress(
    [
      { name: 'a', state: 'blocked', history: [] },
      { name: 'b', state: 'failed', history: [] },
      { name: 'c', state: 'waiting', history: [] },
    ],
    start,
  );
  assert.deepEqual(
    [progress.blocked, progress.failed, progress.done, progress.inProgress],
    [1, 1, 0, undefined],
  );
});
