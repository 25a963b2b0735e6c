import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyLogLine,
  emptyLogView,
  initialLogForm,
  logFormProblems,
  logQuery,
} from './log-view-model';

test('the query names only what the form sets; a download never follows', () => {
  assert.equal(logQuery(initialLogForm), '?tailLines=500');
  const form = {
    ...initialLogForm,
    tailLines: '',
    sinceTime: '2025-08-12T10:20',
    filter: '  csr ',
    follow: true,
  };
  const query = new URLSearchParams(logQuery(form));
  assert.equal(query.get('tailLines'), null);
  assert.equal(query.get('sinceTime'), new Date('2025-08-12T10:20').toISOString());
  assert.equal(query.get('filter'), 'csr');
  assert.equal(query.get('follow'), 'true');
  assert.equal(new URLSearchParams(logQuery(form, { download: true })).get('follow'), null);
});

test('a tail that is not a count up to 100000, or a window ending before it starts, is named', () => {
  assert.deepEqual(logFormProblems(initialLogForm), {});
  assert.deepEqual(logFormProblems({ ...initialLogForm, tailLines: '0' }), { tailLines: 'tail' });
  assert.deepEqual(logFormProblems({ ...initialLogForm, tailLines: '100001' }), {
    tailLines: 'tail',
  });
  assert.deepEqual(
    logFormProblems({
      ...initialLogForm,
      sinceTime: '2025-08-12T10:20',
      untilTime: '2025-08-12T10:19',
    }),
    { untilTime: 'window' },
  );
});

test('lines accumulate up to the kept number, the ones let go are counted; cuts, problems and the end are kept', () => {
  let state = applyLogLine(emptyLogView, { type: 'lines', lines: ['a', 'b', 'c'] }, 4);
  state = applyLogLine(
    state,
    { type: 'cut', cut: { code: 'scan-cap', params: { scannedBytes: 9 } } },
    4,
  );
  state = applyLogLine(state, { type: 'lines', lines: ['d', 'e', 'f'] }, 4);
  assert.deepEqual(state.lines, ['c', 'd', 'e', 'f']);
  assert.equal(state.droppedLines, 2);
  assert.equal(state.cuts.length, 1);
  assert.equal(state.ended, false);
  const refused = applyLogLine(state, {
    type: 'problem',
    problem: { code: 'node-not-found', params: { node: 'x' } },
  });
  assert.equal(refused.ended, true);
  assert.equal(refused.problem?.code, 'node-not-found');
});
