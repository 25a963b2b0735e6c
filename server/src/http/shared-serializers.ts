import {
  SerializerSelector,
  type Serializer,
  type SerializerFactory,
} from '@fastify/fast-json-stringify-compiler';
import { remembered } from '../cluster/reader/remembered';

/**
 * fastify's serializer compiler, compiling each response schema once for every route that answers with
 * it: fastify compiles per route and status, and every route answers 4xx and 5xx with ErrorResponse,
 * whose code catalogue makes its serializer large (compiled a hundred times, 12 MB of heap).
 */
export function sharedSerializerFactory(): SerializerFactory {
  const compilerOf = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = compilerOf(externalSchemas, options);
    const compiled = new WeakMap<object, Serializer>();
    return (route) =>
      typeof route.schema === 'object' && route.schema !== null
        ? remembered(compiled, route.schema, () => compile(route))
        : compile(route);
  };
}
