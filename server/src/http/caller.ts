import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KubeConfig } from '@kubernetes/client-node';
import type { WhoAmI } from '../../contract/whoami';
import { IdentityCache } from '../cluster/api/identity-cache';
import { KubeApi } from '../cluster/api/kube-api';
import { ClusterReader } from '../cluster/reader/cluster-reader';
import { HttpError } from '../errors/http-error';
import { userKubeConfig } from '../cluster/api/user-kube-config';
import type { ClusterConnection } from '../cluster/api/cluster-connection';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Kubernetes client configuration of the user who sent this request: their token, never ours. */
    callerKube: KubeConfig;
    /** Reads as the caller: from the watch caches where they answer, else from the API server. */
    reader: ClusterReader;
    /** The API as the caller, for writes and for reads that must fail loudly. */
    kubeApi: KubeApi;
    /** Who the API server says the caller is. */
    caller: WhoAmI;
  }
}

const bearer = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i;

export function callerToken(request: FastifyRequest): string {
  const token = bearer.exec(request.headers.authorization ?? '')?.[1];
  if (!token) {
    throw new HttpError(401, { code: 'no-bearer-token', params: {} });
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
  app.decorateRequest('reader', null as unknown as ClusterReader);
  app.decorateRequest('kubeApi', null as unknown as KubeApi);
  app.addHook('onRequest', async (request) => {
    const token = callerToken(request);
    request.callerKube = userKubeConfig(connection, token);
    request.caller = await identities.identify(request.callerKube, token);
    request.reader = new ClusterReader(request.callerKube, request.server.cachedReads);
    request.kubeApi = new KubeApi(request.callerKube);
    request.log = request.log.child({ user: request.caller.username });
  });
}
