import { Agent } from 'node:https';
import { KubeConfig, type RequestContext } from '@kubernetes/client-node';
import type { ClusterConnection } from './cluster-connection';

/**
 * client-node makes a new TLS agent, and so a new connection, for every call. Callers' tokens travel in
 * the Authorization header, never in the TLS session, so one keep-alive agent per API server serves
 * every caller (as the console's own proxy does) and a request costs no TLS handshake.
 */
const agents = new WeakMap<ClusterConnection, Agent>();

function sharedAgent(connection: ClusterConnection): Agent {
  let agent = agents.get(connection);
  if (!agent) {
    agent = new Agent({ keepAlive: true, ca: connection.caPem });
    agents.set(connection, agent);
  }
  return agent;
}

class KeepAliveKubeConfig extends KubeConfig {
  constructor(private readonly agent: Agent) {
    super();
  }

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    await super.applySecurityAuthentication(context);
    context.setAgent(this.agent);
  }
}

/** A KubeConfig that acts as the requesting user: the cluster from configuration, the user's bearer token. */
export function userKubeConfig(connection: ClusterConnection, token: string): KubeConfig {
  const kubeConfig = new KeepAliveKubeConfig(sharedAgent(connection));
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: 'cluster',
        server: connection.server,
        caData: connection.caPem ? Buffer.from(connection.caPem).toString('base64') : undefined,
        skipTLSVerify: false,
      },
    ],
    users: [{ name: 'caller', token }],
    contexts: [{ name: 'caller', cluster: 'cluster', user: 'caller' }],
    currentContext: 'caller',
  });
  return kubeConfig;
}
