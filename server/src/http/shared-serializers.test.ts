import { test } from 'node:test';
import assert from 'node:assert/strict';
import Type from 'typebox';
import { sharedSerializerFactory } from './shared-serializers';

const ErrorBody = Type.Object({ code: Type.String() });
const Document = Type.Object({ count: Type.Number() });

test('one serializer per schema, whichever routes and statuses answer with it', () => {
  const compile = sharedSerializerFactory()({}, {});
  const route = (url: string, httpStatus: string, schema: unknown) =>
    compile({ method: 'GET', url, httpStatus, schema });
  const errors = route('/a', '4xx', ErrorBody);
  assert.equal(route('/b', '5xx', ErrorBody), errors);
  assert.notEqual(route('/a', '200', Document), errors);
  assert.equal(errors({ code: 'not-found', stack: 'never sent' }), '{"code":"not-found"}');
});
