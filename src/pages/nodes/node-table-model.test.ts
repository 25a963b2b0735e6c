import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsNode } from '../../../server/contract/nodes';
import { visibleNodes } from './node-table-model';

const base: Omit<WindowsNode, 'name'> = {
  ready: true,
  schedulable: true,
  source: 'MachineSet',
  addresses: [],
  upgrading: false,
};
const nodes: WindowsNode[] = [
  {
    ...base,
    name: 'win-b',
    origin: 'ms-1',
    build: '10.0.20348',
    createdAt: '2026-11-20T00:00:00Z',
  },
  {
    ...base,
    name: 'win-a',
    source: 'BYOH',
    origin: '10.1.42.1',
    addresses: ['10.1.42.1'],
    ready: false,
    createdAt: '2026-11-21T00:00:00Z',
  },
  {
    ...base,
    name: 'win-c',
    origin: 'ms-2',
    build: '10.0.17763',
    createdAt: '2026-11-19T00:00:00Z',
  },
];

test('filters by source and by text across name, origin, build and addresses', () => {
  const all = { column: 'name' as const, direction: 'asc' as const };
  assert.deepEqual(
    visibleNodes(nodes, { text: '', source: 'BYOH' }, all).map((n) => n.name),
    ['win-a'],
  );
  assert.deepEqual(
    visibleNodes(nodes, { text: '17763', source: 'all' }, all).map((n) => n.name),
    ['win-c'],
  );
  assert.deepEqual(
    visibleNodes(nodes, { text: '10.1.42', source: 'all' }, all).map((n) => n.name),
    ['win-a'],
  );
});

test('sorts by name, readiness and age in both directions', () => {
  const filter = { text: '', source: 'all' as const };
  assert.deepEqual(
    visibleNodes(nodes, filter, { column: 'name', direction: 'desc' }).map((n) => n.name),
    ['win-c', 'win-b', 'win-a'],
  );
  assert.deepEqual(
    visibleNodes(nodes, filter, { column: 'ready', direction: 'asc' }).map((n) => n.name)[0],
    'win-a',
  );
  assert.deepEqual(
    visibleNodes(nodes, filter, { column: 'age', direction: 'asc' }).map((n) => n.name),
    ['win-a', 'win-b', 'win-c'],
  );
});
