import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { tokenKey } from '../cluster/api/token-key';
import { HttpError } from '../errors/http-error';

/** Rate limits count per user: a hash of the bearer token (never the token itself), else the address. */
function callerKey(request: FastifyRequest): string {
  const authorization = request.headers.authorization;
  return authorization ? tokenKey(authorization) : request.ip;
}

/** Limits exist for expensive routes only; each opts in with `config.rateLimit`. */
export async function registerRequestLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    keyGenerator: callerKey,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, {
        code: 'too-many-requests',
        params: { max: context.max, window: context.after },
      }),
  });
}

/** Expensive actions (install, SSH preflight) per user and minute. */
export const expensiveRouteLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };
