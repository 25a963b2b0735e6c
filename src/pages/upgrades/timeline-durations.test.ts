import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineDurations } from './timeline-durations';

const minute = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 10, minutes)).toISOString();

test('each state lasts until the next one; the state a node is in counts until now', () => {
  const timed = timelineDurations(
    [
      { state: 'cordoned', at: at(0) },
      { state: 'draining', at: at(1) },
      { state: 'reconfiguring', at: at(5) },
    ],
    Date.parse(at(12)),
  );
  assert.deepEqual(
    timed.map(({ state, durationMs, ongoing }) => ({ state, durationMs, ongoing })),
    [
      { state: 'cordoned', durationMs: minute, ongoing: false },
      { state: 'draining', durationMs: 4 * minute, ongoing: false },
      { state: 'reconfiguring', durationMs: 7 * minute, ongoing: true },
    ],
  );
});

test('a finished node has nothing taking time; a failed one keeps counting', () => {
  const done = timelineDurations(
    [
      { state: 'rejoining', at: at(0) },
      { state: 'done', at: at(3) },
    ],
    Date.parse(at(30)),
  );
  assert.deepEqual(
    done.map(({ durationMs, ongoing }) => ({ durationMs, ongoing })),
    [
      { durationMs: 3 * minute, ongoing: false },
      { durationMs: undefined, ongoing: false },
    ],
  );
  const failed = timelineDurations([{ state: 'failed', at: at(0) }], Date.parse(at(20)));
  assert.deepEqual(failed[0]?.durationMs, 20 * minute);
  assert.equal(failed[0]?.ongoing, true);
});

test('a clock behind the cluster never shows a negative duration', () => {
  const [timed] = timelineDurations([{ state: 'draining', at: at(5) }], Date.parse(at(4)));
  assert.equal(timed?.durationMs, 0);
});
