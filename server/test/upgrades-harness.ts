import assert from 'node:assert/strict';
import type { UpgradesResponse } from '../contract/upgrades';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { upgradeScenario } from '../../integration-tests/cluster/scenarios/upgrade';
import { olmSimulator } from '../../integration-tests/cluster/simulators/olm';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { wmcoSimulator } from '../../integration-tests/cluster/simulators/wmco';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import { testConfig } from './test-config';

/** An `upgrade*` scenario with OLM and WMCO's install simulated, and the BFF; the test takes the upgrade steps. */
export interface UpgradeHarness {
  cluster: LocalCluster;
  app: BffApp;
  admin: KubeClient;
  call(
    method: 'GET' | 'POST',
    url: string,
    token: string,
    payload?: object,
  ): Promise<{ status: number; body: unknown }>;
  /** GET /upgrades as the admin. */
  upgrades(): Promise<UpgradesResponse>;
  /** Waits for the pending 10.22.0 InstallPlan, approves it through the BFF, waits for the new target. */
  approveUpdate(): Promise<UpgradesResponse>;
  stop(): Promise<void>;
}

export async function startUpgradeHarness(scenario: string): Promise<UpgradeHarness> {
  const cluster = await startLocalCluster({ scenario });
  const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
  const simulators = startSimulators({ ...target, behaviours: [olmSimulator, wmcoSimulator] });
  const app = await buildApp(
    testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }),
  );
  const admin = new KubeClient(target);

  const call = async (method: 'GET' | 'POST', url: string, token: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.doesNotMatch(response.body, /at .+\.ts:\d+/, 'no stack trace in a response');
    return { status: response.statusCode, body: response.json<unknown>() };
  };
  const upgrades = async () => {
    const { status, body } = await call('GET', '/api/v1/upgrades', cluster.tokens.admin);
    assert.equal(status, 200, JSON.stringify(body));
    return body as UpgradesResponse;
  };
  const approveUpdate = async () => {
    const pending = await waitFor('the pending InstallPlan of 10.22.0', async () => {
      const { operator } = await upgrades();
      return operator.availableUpdate ? operator.pendingInstallPlan : undefined;
    });
    const approved = await call('POST', '/api/v1/install/approve', cluster.tokens.admin, {
      installPlan: pending,
    });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    return waitFor(
      'the 10.22.0 windows-services ConfigMap to become the target',
      async () => {
        const current = await upgrades();
        return current.operator.targetVersion === upgradeScenario.targetFullVersion
          ? current
          : undefined;
      },
      { timeoutMs: 30_000 },
    );
  };
  return {
    cluster,
    app,
    admin,
    call,
    upgrades,
    approveUpdate,
    async stop() {
      admin.close();
      await app.close();
      await simulators.stop();
      await cluster.stop();
    },
  };
}
