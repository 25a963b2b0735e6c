import type { FastifyServerOptions } from 'fastify';

/** Credentials and keys must never reach a log line, whatever logs them. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrftoken"]',
  '*.token',
  '*.privateKey',
  '*.privateKeyPem',
  'err.body',
];

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
}
