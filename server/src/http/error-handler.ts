import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ErrorResponse } from '../../contract/errors';
import { HttpError } from '../errors/http-error';
import { kubernetesFailure } from '../errors/kubernetes-failure';

function reply(response: FastifyReply, body: Omit<ErrorResponse, 'error'>): FastifyReply {
  return response
    .code(body.statusCode)
    .type('application/json')
    .send({ ...body, error: STATUS_CODES[body.statusCode] ?? 'Error' });
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
    const detail = error.validation[0]?.message ?? 'is invalid';
    return reply(response, { statusCode: 400, message: `${field ?? 'request'} ${detail}`, field });
  }
  if (error instanceof HttpError) {
    return reply(response, {
      statusCode: error.statusCode,
      message: error.message,
      field: error.field,
      ...error.coded,
    });
  }
  const fromKubernetes = kubernetesFailure(error);
  if (fromKubernetes) {
    request.log.info(
      { statusCode: fromKubernetes.statusCode },
      'kubernetes refused or failed the request',
    );
    return reply(response, {
      statusCode: fromKubernetes.statusCode,
      message: fromKubernetes.message,
    });
  }
  // Fastify's own client errors (bad JSON, body too large, unsupported media type) are safe to name.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return reply(response, { statusCode: error.statusCode, message: error.message });
  }
  request.log.error({ err: error }, 'unexpected failure');
  return reply(response, { statusCode: 500, message: `Internal error (request ${request.id}).` });
}
