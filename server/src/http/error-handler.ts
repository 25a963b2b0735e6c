import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ErrorResponse } from '../../contract/errors';
import { HttpError } from '../errors/http-error';
import { kubernetesFailure } from '../errors/kubernetes-failure';

function reply(response: FastifyReply, failure: HttpError): FastifyReply {
  const { statusCode, coded, details } = failure;
  const body: ErrorResponse = {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message: coded.code,
    ...coded,
    ...details,
  };
  return response.code(statusCode).type('application/json').send(body);
}

/** The field a schema validation error points at, in the request's own terms (`body.name`, `query.limit`). */
function validationField(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const context = error.validationContext ?? 'body';
  const missing = (first.params as { missingProperty?: unknown } | undefined)?.missingProperty;
  const segments = first.instancePath.split('/').filter(Boolean);
  if (typeof missing === 'string') segments.push(missing);
  return [context, ...segments].join('.');
}

/** The one place errors become responses: known failures keep their meaning, the rest never leak internals. */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  response: FastifyReply,
): FastifyReply {
  if (error.validation) {
    const field = validationField(error);
    const params = { field: field ?? 'request', detail: error.validation[0]?.message ?? '' };
    return reply(response, new HttpError(400, { code: 'invalid-request', params }, { field }));
  }
  if (error instanceof HttpError) return reply(response, error);
  const fromKubernetes = kubernetesFailure(error);
  if (fromKubernetes) {
    request.log.info(
      { statusCode: fromKubernetes.statusCode },
      'kubernetes refused or failed the request',
    );
    return reply(response, fromKubernetes);
  }
  // Fastify's own client errors (bad JSON, body too large, unsupported media type) are safe to name.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    const params = { detail: error.message };
    return reply(response, new HttpError(error.statusCode, { code: 'bad-request', params }));
  }
  request.log.error({ err: error }, 'unexpected failure');
  return reply(
    response,
    new HttpError(500, { code: 'internal-error', params: { requestId: request.id } }),
  );
}
