import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsNode } from '../../../server/contract/nodes';
import {
  filteredOrder,
  indexRows,
  sortedOrder,
  type ListFilter,
  type ListSort,
} from '../../components/list/list-model';
import { nodeAttributes, nodeSearchText, nodeSortKeys } from './node-table-model';

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
    windowsServer: '2022',
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
    windowsServer: '2019',
    wmcoVersion: '10.22.0-abc1234',
    createdAt: '2026-11-19T00:00:00Z',
  },
];
const index = indexRows(nodes, {
  searchText: nodeSearchText,
  sortKeys: nodeSortKeys,
  attributes: nodeAttributes,
});

function names(filter: Partial<ListFilter>, sort: ListSort = { column: 'name', direction: 'asc' }) {
  const order = filteredOrder(index, sortedOrder(index, sort), {
    text: '',
    attributes: {},
    ...filter,
  });
  return order.map((position) => nodes[position]?.name);
}

test('the text filter searches name, origin, build, version and addresses', () => {
  assert.deepEqual(names({ text: '17763' }), ['win-c']);
  assert.deepEqual(names({ text: '10.1.42' }), ['win-a']);
  assert.deepEqual(names({ text: 'MS-1' }), ['win-b']);
  assert.deepEqual(names({ text: 'abc1234' }), ['win-c']);
});

test('attribute filters: status, Windows Server, MachineSet, and "none" for unset values', () => {
  assert.deepEqual(names({ attributes: { status: ['not-ready'] } }), ['win-a']);
  assert.deepEqual(names({ attributes: { windowsServer: ['2019', '2022'] } }), ['win-b', 'win-c']);
  assert.deepEqual(names({ attributes: { machineSet: ['ms-2'] } }), ['win-c']);
  assert.deepEqual(names({ attributes: { wmcoVersion: ['none'] } }), ['win-a', 'win-b']);
  assert.equal(index.counts.windowsServer?.get('none'), 1);
});

test('sorts by name, readiness and age in both directions', () => {
  assert.deepEqual(names({}, { column: 'name', direction: 'desc' }), ['win-c', 'win-b', 'win-a']);
  assert.deepEqual(names({}, { column: 'status', direction: 'asc' })[0], 'win-a');
  assert.deepEqual(names({}, { column: 'age', direction: 'asc' }), ['win-a', 'win-b', 'win-c']);
});
