import assert from 'node:assert/strict';
import type { WindowsMachineSetsResponse } from '../contract/machinesets';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import { testConfig } from './test-config';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A `*-wmco-installed` scenario with every simulator running, and the BFF in front of it. */
export interface MachineSetsHarness {
  cluster: LocalCluster;
  app: BffApp;
  admin: KubeClient;
  /** Calls /api/v1<url>, as the admin unless another token is given; never a stack trace. */
  call: <T>(
    method: Method,
    url: string,
    payload?: object,
    token?: string,
  ) => Promise<{ status: number; body: T }>;
  /** Polls GET /machinesets until `done` holds. */
  machineSetsWhen(
    what: string,
    done: (state: WindowsMachineSetsResponse) => boolean,
  ): Promise<WindowsMachineSetsResponse>;
  stop(): Promise<void>;
}

export async function startMachineSetsHarness(scenario: string): Promise<MachineSetsHarness> {
  const cluster = await startLocalCluster({ scenario, controllerManager: true });
  const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
  const simulators = startSimulators(target);
  const app = await buildApp(
    testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }),
  );
  const admin = new KubeClient(target);
  const call = async <T>(method: Method, url: string, payload?: object, token?: string) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      payload,
      headers: { authorization: `Bearer ${token ?? cluster.tokens.admin}` },
    });
    assert.doesNotMatch(response.body, /at .+\.ts:\d+/, 'no stack trace in a response');
    return { status: response.statusCode, body: response.json<T>() };
  };
  return {
    cluster,
    app,
    admin,
    call,
    machineSetsWhen: (what, done) =>
      waitFor(
        what,
        async () => {
          const { body } = await call<WindowsMachineSetsResponse>('GET', '/machinesets');
          return done(body) ? body : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 200 },
      ),
    async stop() {
      admin.close();
      await app.close();
      await simulators.stop();
      await cluster.stop();
    },
  };
}
