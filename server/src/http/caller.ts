import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KubeConfig } from '@kubernetes/client-node';
import type { WhoAmI } from '../../contract/whoami';
import { IdentityCache } from '../cluster/api/identity-cache';
import { HttpError } from '../errors/http-error';
import { userKubeConfig } from '../cluster/api/user-kube-config';
import type { ClusterConnection } from '../cluster/api/cluster-connection';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Kubernetes client configuration of the user who sent this request: their token, never ours. */
    callerKube: KubeConfig;
    /** Who the API server says the caller is. */
    caller: WhoAmI;
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

/**
 * Requires a bearer token the API server accepts on every route registered in `app`, before any other
 * work (validation included), and exposes the caller's identity and KubeConfig.
 */
export function requireCaller(app: FastifyInstance, connection: ClusterConnection): void {
  const identities = new IdentityCache();
  app.decorateRequest('callerKube', null as unknown as KubeConfig);
  app.decorateRequest('caller', null as unknown as WhoAmI);
  app.addHook('onRequest', async (request) => {
    const token = callerToken(request);
    request.callerKube = userKubeConfig(connection, token);
    request.caller = await identities.identify(request.callerKube, token);
    request.log = request.log.child({ user: request.caller.username });
  });
}
