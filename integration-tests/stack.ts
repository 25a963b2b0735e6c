// The whole product on the local cluster: real API server + simulated controllers + the BFF + the dev shell
// that loads the production plugin build. `npm start` runs one on fixed ports; browser tests one per scenario.
import path from 'node:path';
import { buildApp } from '../server/src/app';
import { userKubeConfig } from '../server/src/cluster/api/user-kube-config';
import type { ByohSettings } from '../server/src/ssh/byoh-settings';
import { startLocalCluster, type LocalCluster } from './cluster/local-cluster';
import { startSimulators } from './cluster/simulators/runner';
import { startDevShell } from './dev-shell/server';

export interface StackOptions {
  scenario: string;
  /** 0 picks free ports (tests); `npm start` uses fixed ones. */
  bffPort?: number;
  devShellPort?: number;
  log?: (line: string) => void;
  /** Where the BFF finds BYOH hosts and their DNS (the BYOH test peers); production defaults without. */
  byoh?: ByohSettings;
}

export interface Stack {
  cluster: LocalCluster;
  bffUrl: string;
  devShellUrl: string;
  stop(): Promise<void>;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => undefined);
  const cluster = await startLocalCluster({
    scenario: options.scenario,
    controllerManager: true,
    log,
  });
  const simulators = startSimulators({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
    log,
  });
  const connection = { server: cluster.server, caPem: cluster.caData };
  const bff = await buildApp({
    host: '127.0.0.1',
    port: options.bffPort ?? 0,
    pluginDistDir: path.join(repositoryRoot, 'dist'),
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    cluster: connection,
    byoh: options.byoh,
    // The admin stands in for the BFF's service account: the cache's identity, never a user's.
    watchCache: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
    // The scenario's own image registries listen on loopback, over plain http.
    registry: { plainHttpLoopback: cluster.imageRegistry !== undefined },
  });
  const bffUrl = await bff.listen({ host: '127.0.0.1', port: options.bffPort ?? 0 });
  const devShell = await startDevShell({
    port: options.devShellPort ?? 0,
    bffUrl,
    tokens: cluster.tokens,
  });
  return {
    cluster,
    bffUrl,
    devShellUrl: devShell.url,
    async stop() {
      await devShell.stop();
      await bff.close();
      await simulators.stop();
      await cluster.stop();
    },
  };
}
