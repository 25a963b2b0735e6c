import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KubeConfig } from '@kubernetes/client-node';
import { HttpError } from './http-error';
import { userKubeConfig } from '../cluster/user-kube-config';
import type { ClusterConnection } from '../cluster/cluster-connection';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Kubernetes client configuration of the user who sent this request: their token, never ours. */
    callerKube: KubeConfig;
  }
}

const bearer = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i;

export function callerToken(request: FastifyRequest): string {
  const token = bearer.exec(request.headers.authorization ?? '')?.[1];
  if (!token) {
    throw new HttpError(
      401,
      'No bearer token: open this page through the OpenShift console, whose proxy forwards your token.',
    );
  }
  return token;
}

/** Requires a bearer token on every route registered in `app` and exposes the caller's KubeConfig. */
export function requireCaller(app: FastifyInstance, connection: ClusterConnection): void {
  app.decorateRequest('callerKube', null as unknown as KubeConfig);
  app.addHook('onRequest', async (request) => {
    request.callerKube = userKubeConfig(connection, callerToken(request));
  });
}
