import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import type { CreateMachineSetRequest, WindowsMachineSetsResponse } from '../contract/machinesets';
import { awsWindowsAmis } from '../../integration-tests/cluster/simulators/cloud-instances';
import { AWS_INFRASTRUCTURE_NAME as infrastructureName } from '../../integration-tests/cluster/scenarios/aws-fresh';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import type { MachineSetInputs } from '../src/domain/machinesets/machine-set-inputs';
import { windowsMachineSetObject } from '../src/domain/machinesets/machine-set-template';
import { testConfig } from './test-config';

/** A Windows MachineSet for the AWS scenarios, as the wizard fills it in. */
export const awsInputs: MachineSetInputs = {
  platform: 'AWS',
  infrastructureName,
  name: `${infrastructureName}-windows-worker-us-east-1a`,
  replicas: 2,
  values: {
    region: 'us-east-1',
    zone: 'us-east-1a',
    ami: awsWindowsAmis['2022'],
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: `${infrastructureName}-worker-profile`,
    securityGroups: `${infrastructureName}-node, ${infrastructureName}-lb`,
    subnet: `${infrastructureName}-subnet-private-us-east-1a`,
  },
};

/** The wizard's create request for these inputs. */
export function createRequest(inputs: MachineSetInputs, dryRun?: boolean): CreateMachineSetRequest {
  return { yaml: stringify(windowsMachineSetObject(inputs)), windowsServer: '2022', dryRun };
}

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
