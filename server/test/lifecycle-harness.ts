import assert from 'node:assert/strict';
import type { ReplacementView } from '../contract/replacement';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import type { ImageRegistries } from '../../integration-tests/registry/image-registries';
import { buildApp } from '../src/app';
import { testConfig } from './test-config';

type Method = 'GET' | 'POST';

/** The lifecycle scenario with its image registries, the default simulators and the BFF. */
export interface LifecycleHarness {
  cluster: LocalCluster;
  registries: ImageRegistries;
  admin: KubeClient;
  call(
    method: Method,
    url: string,
    payload?: object,
    token?: string,
  ): Promise<{ status: number; body: unknown }>;
  /** A 200 answer's body, as the admin. */
  ok<T>(method: Method, url: string, payload?: object): Promise<T>;
  /** Advances the replacement of `machineSet` as the admin until `done` holds for its view. */
  advanceUntil(
    machineSet: string,
    what: string,
    done: (view: ReplacementView) => boolean,
  ): Promise<ReplacementView>;
  stop(): Promise<void>;
}

export async function startLifecycleHarness(): Promise<LifecycleHarness> {
  const cluster = await startLocalCluster({
    scenario: 'lifecycle-2019-machineset',
    controllerManager: true,
  });
  const registries = cluster.imageRegistry;
  assert.ok(registries, 'the scenario starts its image registries');
  const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
  const simulators = startSimulators(target);
  const app = await buildApp(
    testConfig({
      cluster: { server: cluster.server, caPem: cluster.caData },
      registry: { plainHttpLoopback: true },
    }),
  );
  const admin = new KubeClient(target);
  const call = async (
    method: Method,
    url: string,
    payload?: object,
    token = cluster.tokens.admin,
  ) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.doesNotMatch(response.body, /at .+\.ts:\d+/, 'no stack trace in a response');
    return { status: response.statusCode, body: response.json<unknown>() };
  };
  const ok = async <T>(method: Method, url: string, payload?: object) => {
    const { status, body } = await call(method, url, payload);
    assert.equal(status, 200, `${method} ${url}: ${JSON.stringify(body)}`);
    return body as T;
  };
  const advanceUntil = (
    machineSet: string,
    what: string,
    done: (view: ReplacementView) => boolean,
  ) =>
    waitFor(
      what,
      async () => {
        const { replacement } = await ok<{ replacement: ReplacementView }>(
          'POST',
          `/lifecycle/replacements/${machineSet}/advance`,
        );
        if (done(replacement)) return replacement;
        // Not yet: the timeout names where the replacement stood.
        const { current, next, observed, steps } = replacement;
        const failed = steps.filter((step) => step.failure);
        throw new Error(JSON.stringify({ current, next, failed, observed }));
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
  return {
    cluster,
    registries,
    admin,
    call,
    ok,
    advanceUntil,
    async stop() {
      admin.close();
      await app.close();
      await simulators.stop();
      await cluster.stop();
    },
  };
}
