import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Counter, Registry } from 'prom-client';
import Type from 'typebox';
import type { AccessAnswer } from '../cluster/reader/cached-reads';
import { ViewDocuments, type ViewReader } from './view-documents';

/** What the test route's reader reports: the caches' stamp, who asks, and what its reads relied on. */
interface ReaderState {
  stamp: string;
  caller: string;
  fromCachesOnly: boolean;
  stillAllowed: boolean;
  /** Without watch caches there is nothing to keep by. */
  cached: boolean;
}

const answers: AccessAnswer[] = [
  { question: { verb: 'list', group: '', resource: 'nodes' }, allowed: true },
];

function reader(state: ReaderState): ViewReader {
  return {
    fromCachesOnly: state.fromCachesOnly,
    cached: state.cached
      ? {
          stamp: state.stamp,
          callerKey: state.caller,
          accessAnswers: () => answers,
          stillAnswers: async (asked) => {
            assert.deepEqual(asked, answers);
            return state.stillAllowed;
          },
        }
      : undefined,
  };
}

/** An app with one view whose response schema lists `count` only; `derivations` counts the work done. */
async function viewApp(state: ReaderState) {
  const registry = new Registry();
  const outcomes = new Counter({
    name: 'view_documents_total',
    help: 'outcomes',
    labelNames: ['view', 'result'],
    registers: [registry],
  });
  const documents = new ViewDocuments(outcomes, 2);
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  let derivations = 0;
  app.get(
    '/view',
    { schema: { response: { 200: Type.Object({ count: Type.Number() }) } } },
    async (_request, reply) =>
      documents.send(reply, 'view', reader(state), async () => {
        derivations += 1;
        return { count: derivations, internal: 'not in the schema' };
      }),
  );
  await app.ready();
  const get = async () => {
    const response = await app.inject({ method: 'GET', url: '/view' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    return response.json<Record<string, unknown>>();
  };
  return { get, derivations: () => derivations, registry };
}

const cachedState = (): ReaderState => ({
  stamp: 's1',
  caller: 'alice',
  fromCachesOnly: true,
  stillAllowed: true,
  cached: true,
});

test('a document is derived once and sent again while the stamp and the access answers hold', async () => {
  const state = cachedState();
  const view = await viewApp(state);
  assert.deepEqual(await view.get(), { count: 1 }, 'serialized by the response schema');
  assert.deepEqual(await view.get(), { count: 1 });
  assert.equal(view.derivations(), 1);
  const metrics = await view.registry.metrics();
  assert.match(metrics, /view_documents_total\{view="view",result="kept"\} 1/);
  assert.match(metrics, /view_documents_total\{view="view",result="derived"\} 1/);
});

test('a change in the caches, or a changed access answer, derives the document afresh', async () => {
  const state = cachedState();
  const view = await viewApp(state);
  await view.get();
  state.stamp = 's2';
  assert.deepEqual(await view.get(), { count: 2 });
  state.stillAllowed = false;
  assert.deepEqual(await view.get(), { count: 3 });
  state.stillAllowed = true;
  assert.deepEqual(await view.get(), { count: 3 });
});

test('each caller gets a document of their own', async () => {
  const state = cachedState();
  const view = await viewApp(state);
  await view.get();
  state.caller = 'bob';
  assert.deepEqual(await view.get(), { count: 2 });
  state.caller = 'alice';
  assert.deepEqual(await view.get(), { count: 1 });
});

for (const [what, state] of [
  ['a document that needed a read from the API server is never kept', { fromCachesOnly: false }],
  ['without watch caches every request derives its document', { cached: false }],
] as const) {
  test(what, async () => {
    const view = await viewApp({ ...cachedState(), ...state });
    await view.get();
    assert.deepEqual(await view.get(), { count: 2 });
  });
}

test('only the most recently derived documents are kept', async () => {
  const state = cachedState();
  const view = await viewApp(state);
  for (const caller of ['alice', 'bob', 'carol']) {
    state.caller = caller;
    await view.get();
  }
  state.caller = 'alice';
  assert.deepEqual(await view.get(), { count: 4 }, 'the oldest of three went at a limit of two');
  state.caller = 'carol';
  assert.deepEqual(await view.get(), { count: 3 });
});
