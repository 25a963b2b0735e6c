import type { TSchema } from 'typebox';
import { ErrorResponse } from '../../contract/errors';

/** Response schemas every route shares: errors are documented and serialised the same way everywhere. */
export const errorResponses = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;

/**
 * A route's options: its tags and summary for the OpenAPI document, the schemas of what it takes and
 * what it answers (200), and the errors every route shares.
 */
export function routeOptions<
  const S extends { body?: TSchema; params?: TSchema },
  R extends TSchema,
>(tags: string[], summary: string, schemas: S & { response: R }) {
  const { response, ...takes } = schemas;
  return { schema: { tags, summary, ...takes, response: { 200: response, ...errorResponses } } };
}
