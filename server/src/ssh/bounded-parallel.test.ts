import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { forEachBounded } from './bounded-parallel';

test('every item runs once, never more than the limit at a time', async () => {
  let running = 0;
  let peak = 0;
  const seen: number[] = [];
  await forEachBounded([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
    running += 1;
    peak = Math.max(peak, running);
    await sleep(5 * (item % 3));
    seen.push(item);
    running -= 1;
  });
  assert.equal(peak, 3);
  assert.deepEqual(
    seen.sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7],
  );
});
