import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoalescedChanges } from './coalesced-changes';
import type { DataChange } from './config-map-change';

/** A ConfigMap in memory: each write runs the change `attempts` times (a conflict retries) and waits a tick. */
function fakeConfigMap(attempts = 1) {
  const state = { data: {} as Record<string, string>, writes: 0 };
  const write = async (change: DataChange): Promise<boolean> => {
    state.writes += 1;
    let next: Record<string, string> | undefined;
    for (let attempt = 0; attempt < attempts; attempt += 1)
      next = await change({ ...state.data }, true);
    await new Promise((resolve) => setImmediate(resolve));
    if (next) state.data = next;
    return next !== undefined;
  };
  return { state, write };
}

const set =
  (key: string, value: string): DataChange =>
  async (data) =>
    data[key] === value ? undefined : { ...data, [key]: value };

test('changes arriving during a write go together, in order, into the next one', async () => {
  const { state, write } = fakeConfigMap();
  const changes = new CoalescedChanges(write);
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, index) => changes.apply(set(`host-${String(index)}`, 'x'))),
  );
  assert.deepEqual(
    results,
    Array.from({ length: 50 }, () => true),
  );
  assert.equal(Object.keys(state.data).length, 50);
  assert.equal(state.writes, 2, 'the first alone, the 49 that waited together');
  await changes.apply(async (data) => ({ ...data, last: String(Object.keys(data).length) }));
  assert.equal(state.data.last, '50', 'later changes see the earlier ones');
});

test('each change learns its own outcome; a refusal fails only its caller', async () => {
  const { state, write } = fakeConfigMap(2);
  const changes = new CoalescedChanges(write);
  const [first, same, refused, other] = await Promise.allSettled([
    changes.apply(set('a', '1')),
    changes.apply(set('a', '1')),
    changes.apply(async () => {
      throw new Error('already listed');
    }),
    changes.apply(set('b', '2')),
  ]);
  assert.deepEqual(first, { status: 'fulfilled', value: true });
  assert.deepEqual(same, { status: 'fulfilled', value: false }, 'nothing left to change');
  assert.equal(refused?.status, 'rejected');
  assert.deepEqual(other, { status: 'fulfilled', value: true });
  assert.deepEqual(state.data, { a: '1', b: '2' });
});

test('a failed write fails its batch only', async () => {
  let calls = 0;
  const changes = new CoalescedChanges(async (change) => {
    calls += 1;
    if (calls === 1) throw new Error('403');
    return (await change({}, true)) !== undefined;
  });
  const [refused, later] = await Promise.allSettled([
    changes.apply(set('a', '1')),
    changes.apply(set('b', '2')),
  ]);
  assert.equal(refused?.status, 'rejected');
  assert.deepEqual(later, { status: 'fulfilled', value: true });
});
