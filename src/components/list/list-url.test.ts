import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ListState } from './list-model';
import { listQuery, readListState, writeListState, type ListUrlSpec } from './list-url';

const defaults: ListState = {
  text: '',
  attributes: {},
  sort: { column: 'name', direction: 'asc' },
  page: 1,
  perPage: 50,
};
const spec: ListUrlSpec = {
  attributeIds: ['status', 'source'],
  sortColumns: ['name', 'age'],
  defaults,
};

test('a state survives the URL: written, then read back the same', () => {
  const state: ListState = {
    text: 'win 10.0',
    attributes: { status: ['ready', 'not-ready'], source: ['BYOH'] },
    sort: { column: 'age', direction: 'desc' },
    page: 3,
    perPage: 20,
  };
  const params = writeListState(new URLSearchParams(), state, spec);
  assert.equal(
    params.toString(),
    'name=win+10.0&status=ready&status=not-ready&source=BYOH&sortBy=age&orderBy=desc&page=3&perPage=20',
  );
  assert.deepEqual(readListState(new URLSearchParams(params.toString()), spec), state);
});

test('defaults stay out of the URL, and other keys are kept', () => {
  const params = writeListState(new URLSearchParams('tab=sample&name=old&page=2'), defaults, spec);
  assert.equal(params.toString(), 'tab=sample');
});

test('a second list on the page writes prefixed keys and leaves the first one alone', () => {
  const second = { ...spec, prefix: 'rc' };
  const params = writeListState(
    new URLSearchParams('name=first'),
    { ...defaults, text: 'second', attributes: { status: ['ready'] } },
    second,
  );
  assert.equal(params.toString(), 'name=first&rc-name=second&rc-status=ready');
  assert.equal(readListState(params, spec).text, 'first');
  assert.equal(readListState(params, second).text, 'second');
});

test('nonsense in the URL falls back to the defaults', () => {
  const read = readListState(
    new URLSearchParams('sortBy=password&orderBy=sideways&page=-2&perPage=7&status='),
    spec,
  );
  assert.deepEqual(read, { ...defaults, attributes: { status: [], source: [] } });
  assert.equal(readListState(new URLSearchParams('page=0x10'), spec).page, 1);
});

test('equal states give equal queries, whatever order their keys came in', () => {
  const a = readListState(new URLSearchParams('source=BYOH&name=x&status=ready'), spec);
  const b = readListState(new URLSearchParams('status=ready&name=x&source=BYOH'), spec);
  assert.equal(listQuery(a, spec), listQuery(b, spec));
  assert.notEqual(listQuery(a, spec), listQuery(defaults, spec));
});
