import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  historyOf,
  maxTransitionsPerNode,
  parseTimeline,
  recordStates,
  type UpgradeTimeline,
} from './upgrade-timeline';

const target = '10.22.0-5c2e1f9';
const t0 = '2025-06-02T10:00:00.000Z';
const t1 = '2025-06-02T10:00:05.000Z';

test('records each node’s first state, then only changes', () => {
  const first = recordStates(
    undefined,
    target,
    [
      { node: 'a', state: 'cordoned' },
      { node: 'b', state: 'waiting' },
    ],
    t0,
  );
  assert.equal(first.changed, true);
  const second = recordStates(
    first.timeline,
    target,
    [
      { node: 'a', state: 'draining' },
      { node: 'b', state: 'waiting' },
    ],
    t1,
  );
  assert.deepEqual(second.timeline.nodes, {
    a: [
      ['cordoned', t0],
      ['draining', t1],
    ],
    b: [['waiting', t0]],
  });
  const again = recordStates(second.timeline, target, [{ node: 'a', state: 'draining' }], t1);
  assert.equal(again.changed, false, 'a transition seen twice (two replicas) is recorded once');
});

test('an idle fleet records nothing, so viewing an idle cluster writes nothing', () => {
  const { changed } = recordStates(undefined, target, [{ node: 'a', state: 'up-to-date' }], t0);
  assert.equal(changed, false);
});

test('a new target starts a new timeline, and history of another target is not this one’s', () => {
  const old: UpgradeTimeline = { target: '10.21.2-0a0b0c0', nodes: { a: [['done', t0]] } };
  assert.deepEqual(historyOf(old, target, 'a'), []);
  const { timeline } = recordStates(old, target, [{ node: 'a', state: 'waiting' }], t1);
  assert.deepEqual(timeline, { target, nodes: { a: [['waiting', t1]] } });
  assert.deepEqual(historyOf(timeline, target, 'a'), [{ state: 'waiting', at: t1 }]);
});

test('a flapping node keeps only its latest transitions', () => {
  let timeline: UpgradeTimeline | undefined;
  for (let i = 0; i < maxTransitionsPerNode + 10; i += 1) {
    const at = new Date(Date.parse(t0) + i * 1000).toISOString();
    timeline = recordStates(
      timeline,
      target,
      [{ node: 'a', state: i % 2 ? 'draining' : 'blocked' }],
      at,
    ).timeline;
  }
  assert.equal(timeline?.nodes.a?.length, maxTransitionsPerNode);
});

test('parsing tolerates a missing, hand-edited or foreign record', () => {
  assert.equal(parseTimeline(undefined), undefined);
  assert.equal(parseTimeline('{not json'), undefined);
  assert.equal(
    parseTimeline(JSON.stringify({ target, nodes: { a: [['sleeping', t0]] } })),
    undefined,
  );
  const valid = { target, nodes: { a: [['waiting', t0]] } };
  assert.deepEqual(parseTimeline(JSON.stringify(valid)), valid);
});
