// The whole product on the local cluster: real API server + simulated controllers + the BFF + a console
// that loads the production plugin build: the real OpenShift console where its files are present
// (../shared/console/), else the dev shell. `npm start` runs one on fixed ports; browser tests one per
// scenario.
import path from 'node:path';
import { buildApp } from '../server/src/app';
import { userKubeConfig } from '../server/src/cluster/api/user-kube-config';
import type { ByohSettings } from '../server/src/ssh/byoh-settings';
import type { UserName } from './cluster/credentials';
import { startLocalCluster, type LocalCluster } from './cluster/local-cluster';
import { resolve4On } from './cluster/simulators/byoh';
import { startSimulators } from './cluster/simulators/runner';
import { grantConsoleBaseline } from './console/console-user';
import { startRealConsole, type ConsoleVersion } from './console/real-console';
import { startDevShell } from './dev-shell/server';
import {
  WindowsKubeletFleet,
  windowsKubeletSimulator,
} from './windows-kubelets/windows-kubelet-fleet';

/** The console the plugin runs in: a real OpenShift console release, or the dev shell. */
export type ConsoleKind = ConsoleVersion | 'dev-shell';

export interface StackOptions {
  scenario: string;
  console: ConsoleKind;
  /** 0 picks free ports (tests); `npm start` uses fixed ones. */
  bffPort?: number;
  /** The admin's console; a limited user's always gets a free port. */
  consolePort?: number;
  log?: (line: string) => void;
  /** Where the BFF finds BYOH hosts and their DNS (the BYOH test peers); production defaults without. */
  byoh?: ByohSettings;
}

export interface Stack {
  cluster: LocalCluster;
  /** A simulated kubelet per Windows node with a routable address: node logs through the node proxy. */
  kubelets: WindowsKubeletFleet;
  console: ConsoleKind;
  bffUrl: string;
  /** The admin's console. */
  consoleUrl: string;
  /** A console signed in as `user`: one process per user, started on first use. */
  consoleUrlFor(user: UserName): Promise<string>;
  stop(): Promise<void>;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');

/**
 * The OpenShift version the BFF is told it serves (it has no service account here to read ClusterVersion
 * with), so that it serves the build of the console in use. The dev shell loads plugins as 4.22 does.
 */
const openshiftVersions: Record<ConsoleKind, string> = {
  '4.22': '4.22.0',
  '4.20': '4.20.0',
  'dev-shell': '4.22.0',
};

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => undefined);
  const cluster = await startLocalCluster({
    scenario: options.scenario,
    controllerManager: true,
    log,
  });
  const kubelets = new WindowsKubeletFleet(cluster);
  const simulators = startSimulators({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
    more: [windowsKubeletSimulator(kubelets)],
    // WMCO resolves BYOH names with the cluster's DNS: the test's own, where the BFF is pointed at one.
    byoh: options.byoh?.dnsServers ? { resolve4: resolve4On(options.byoh.dnsServers) } : undefined,
    log,
  });
  const connection = { server: cluster.server, caPem: cluster.caData };
  const bff = await buildApp({
    host: '127.0.0.1',
    port: options.bffPort ?? 0,
    pluginDistDir: path.join(repositoryRoot, 'dist'),
    consoleVersion: { openshiftVersion: openshiftVersions[options.console] },
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    cluster: connection,
    byoh: options.byoh,
    // The admin stands in for the BFF's service account: the cache's identity, never a user's.
    watchCache: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
    // The scenario's own image registries listen on loopback, over plain http.
    registry: { plainHttpLoopback: cluster.imageRegistry !== undefined },
  });
  const bffUrl = await bff.listen({ host: '127.0.0.1', port: options.bffPort ?? 0 });
  const consoles = new Map<UserName, Promise<{ url: string; stop(): Promise<void> }>>();
  const consoleFor = (user: UserName) => {
    let started = consoles.get(user);
    if (!started) {
      const kind = options.console;
      const port = user === 'admin' ? (options.consolePort ?? 0) : 0;
      started =
        kind === 'dev-shell'
          ? startDevShell({
              port,
              bffUrl,
              tokens: cluster.tokens,
              defaultUser: user,
            })
          : grantConsoleBaseline(cluster, user).then(() =>
              startRealConsole({
                version: kind,
                apiServer: cluster.server,
                token: cluster.tokens[user],
                bffUrl,
                port,
              }),
            );
      consoles.set(user, started);
    }
    return started;
  };
  const stop = async () => {
    const started = await Promise.allSettled(consoles.values());
    for (const result of started) if (result.status === 'fulfilled') await result.value.stop();
    await bff.close();
    await simulators.stop();
    await kubelets.stop();
    await cluster.stop();
  };
  try {
    const { url: consoleUrl } = await consoleFor('admin');
    return {
      cluster,
      kubelets,
      console: options.console,
      bffUrl,
      consoleUrl,
      consoleUrlFor: async (user) => (await consoleFor(user)).url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
