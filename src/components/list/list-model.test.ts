import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  filteredOrder,
  indexRows,
  isFiltered,
  pageOf,
  sortedOrder,
  withAttributeCleared,
  withAttributeToggled,
  withoutFilters,
  withPage,
  withPerPage,
  withSort,
  withText,
  type ListState,
} from './list-model';

interface Host {
  name: string;
  zone: string;
  cores: number;
  tags: string[];
}

const hosts: Host[] = [
  { name: 'win-10', zone: 'b', cores: 4, tags: ['gpu'] },
  { name: 'win-9', zone: 'a', cores: 8, tags: [] },
  { name: 'Win-2', zone: 'a', cores: 4, tags: ['gpu', 'ssd'] },
  { name: 'linux-1', zone: 'c', cores: 2, tags: ['ssd'] },
];
const index = indexRows(hosts, {
  searchText: (host) => [host.name, undefined, host.zone === 'c' ? 'Edge Zone' : ''],
  sortKeys: { name: (host) => host.name, cores: (host) => host.cores },
  attributes: { zone: (host) => host.zone, tags: (host) => host.tags },
});
const names = (order: readonly number[]) => order.map((position) => hosts[position]?.name);
const byName = sortedOrder(index, { column: 'name', direction: 'asc' });

test('sorts names naturally and case-insensitively, numbers numerically, ties in arrival order', () => {
  assert.deepEqual(names(byName), ['linux-1', 'Win-2', 'win-9', 'win-10']);
  assert.deepEqual(names(sortedOrder(index, { column: 'name', direction: 'desc' })), [
    'win-10',
    'win-9',
    'Win-2',
    'linux-1',
  ]);
  assert.deepEqual(names(sortedOrder(index, { column: 'cores', direction: 'asc' })), [
    'linux-1',
    'win-10',
    'Win-2',
    'win-9',
  ]);
  assert.deepEqual(names(sortedOrder(index, { column: 'cores', direction: 'desc' })), [
    'win-9',
    'win-10',
    'Win-2',
    'linux-1',
  ]);
  assert.deepEqual(names(sortedOrder(index, { column: 'unknown', direction: 'asc' })), [
    'win-10',
    'win-9',
    'Win-2',
    'linux-1',
  ]);
});

test('the text filter is a case-insensitive substring over every searched field, trimmed', () => {
  const filter = (text: string) => names(filteredOrder(index, byName, { text, attributes: {} }));
  assert.deepEqual(filter('WIN-1'), ['win-10']);
  assert.deepEqual(filter('  edge '), ['linux-1']);
  assert.deepEqual(filter(''), ['linux-1', 'Win-2', 'win-9', 'win-10']);
  assert.deepEqual(filter('nothing'), []);
});

test('attribute filters: any selected option within one attribute, every attribute across them', () => {
  const filter = (attributes: Record<string, string[]>, text = '') =>
    names(filteredOrder(index, byName, { text, attributes }));
  assert.deepEqual(filter({ zone: ['a'] }), ['Win-2', 'win-9']);
  assert.deepEqual(filter({ zone: ['a', 'c'] }), ['linux-1', 'Win-2', 'win-9']);
  assert.deepEqual(filter({ zone: ['a'], tags: ['gpu'] }), ['Win-2']);
  assert.deepEqual(filter({ tags: ['ssd'] }, 'win'), ['Win-2']);
  assert.deepEqual(filter({ zone: [] }), ['linux-1', 'Win-2', 'win-9', 'win-10']);
});

test('counts per option cover every row, whatever the filter', () => {
  assert.deepEqual(Object.fromEntries(index.counts.zone ?? []), { a: 2, b: 1, c: 1 });
  assert.deepEqual(Object.fromEntries(index.counts.tags ?? []), { gpu: 2, ssd: 2 });
});

test('pages hold at most perPage rows, and a page past the end shows the last one', () => {
  const many = indexRows(
    Array.from({ length: 123 }, (_, n) => n),
    { searchText: (n) => [String(n)], sortKeys: {}, attributes: {} },
  );
  const order = sortedOrder(many, { column: 'none', direction: 'asc' });
  const second = pageOf(many, order, 2, 50);
  assert.equal(second.rows.length, 50);
  assert.equal(second.rows[0], 50);
  assert.equal(second.matching, 123);
  const past = pageOf(many, order, 9, 50);
  assert.equal(past.page, 3);
  assert.deepEqual(
    past.rows,
    Array.from({ length: 23 }, (_, n) => 100 + n),
  );
  assert.deepEqual(pageOf(many, [], 4, 50), { rows: [], page: 1, matching: 0 });
});

test('a changed filter or page size goes back to page 1; sorting and paging keep the filters', () => {
  const state: ListState = {
    text: 'win',
    attributes: { zone: ['a'] },
    sort: { column: 'name', direction: 'asc' },
    page: 3,
    perPage: 50,
  };
  assert.equal(withText(state, 'wi').page, 1);
  assert.deepEqual(withAttributeToggled(state, 'zone', 'b').attributes.zone, ['a', 'b']);
  assert.deepEqual(withAttributeToggled(state, 'zone', 'a').attributes.zone, []);
  assert.equal(withAttributeToggled(state, 'zone', 'b').page, 1);
  assert.deepEqual(withAttributeCleared(state, 'zone').attributes.zone, []);
  assert.deepEqual(withPerPage(state, 20), { ...state, perPage: 20, page: 1 });
  assert.deepEqual(withSort(state, { column: 'cores', direction: 'desc' }), {
    ...state,
    sort: { column: 'cores', direction: 'desc' },
  });
  assert.deepEqual(withPage(state, 2), { ...state, page: 2 });
  const cleared = withoutFilters(state);
  assert.equal(isFiltered(state), true);
  assert.equal(isFiltered(cleared), false);
  assert.deepEqual(cleared.sort, state.sort);
  assert.equal(isFiltered({ text: '  ', attributes: { zone: [] } }), false);
});
