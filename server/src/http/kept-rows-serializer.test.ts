import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import Type, { type TSchema } from 'typebox';
import { KeptRowsSerializer } from './kept-rows-serializer';

const Row = Type.Object({ name: Type.String(), ready: Type.Boolean() });
const Response = Type.Object({
  version: Type.Optional(Type.String()),
  rows: Type.Array(Row),
  unreadable: Type.Array(Type.String()),
});

/** Serializes each document with the route's compiler, as a live view does; counts rows serialized. */
async function serializing(documents: unknown[]) {
  const serializer = new KeptRowsSerializer(Response, 'rows');
  let rowsSerialized = 0;
  const app = Fastify();
  app.get('/', async (_request, reply) => {
    const serialize = serializer.serializer((schema: TSchema) => {
      const compiled = reply.compileSerializationSchema(schema as Record<string, unknown>);
      return (value) => {
        if (schema !== Response.properties.rows.items) return compiled(value as never);
        rowsSerialized += 1;
        return compiled(value as never);
      };
    });
    return documents.map((document) => JSON.parse(serialize(document)) as unknown);
  });
  const parsed = (await app.inject({ method: 'GET', url: '/' })).json<unknown[]>();
  await app.close();
  return { parsed, rowsSerialized };
}

const a = { name: 'a', ready: true, internal: 'not in the schema' };
const b = { name: 'b', ready: false };

test('serializes as the schema does: what it does not name is left out, in rows and around them', async () => {
  const { parsed } = await serializing([
    { version: '10.22.0', rows: [a, b], unreadable: ['machines'], internal: 1 },
    { rows: [], unreadable: [] },
  ]);
  assert.deepEqual(parsed, [
    {
      rows: [
        { name: 'a', ready: true },
        { name: 'b', ready: false },
      ],
      version: '10.22.0',
      unreadable: ['machines'],
    },
    { rows: [], unreadable: [] },
  ]);
});

test('a row kept between documents is serialized once; a new row object is serialized', async () => {
  const changedB = { name: 'b', ready: true };
  const { parsed, rowsSerialized } = await serializing([
    { rows: [a, b], unreadable: [] },
    { rows: [a, changedB], unreadable: [] },
  ]);
  assert.equal(rowsSerialized, 3);
  assert.deepEqual(parsed[1], {
    rows: [
      { name: 'a', ready: true },
      { name: 'b', ready: true },
    ],
    unreadable: [],
  });
});

test('refuses a property that is not an array of the response', () => {
  assert.throws(() => new KeptRowsSerializer(Response, 'unknown'));
});
