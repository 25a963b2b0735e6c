// The scenario seeds, each on its own cluster whose reference CRDs validate every seeded object, and
// the WMCO simulator: CSV Succeeded → windows-services ConfigMap and OperatorCondition;
// cloud-private-key → windows-user-data.
//   node --import tsx --test --test-concurrency=1 integration-tests/cluster/scenarios.itest.ts
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { KubernetesObject, V1ConfigMap, V1Node, V1Secret } from '@kubernetes/client-node';
import ssh2 from 'ssh2';
import { ignoreStatus, KubeClient } from './kube-client';
import { startLocalCluster, type LocalCluster } from './local-cluster';
import { resources } from './resources';
import { MACHINE_API_NAMESPACE, type ProxyShape } from './scenarios/openshift-cluster';
import { clusterProxy } from './scenarios/proxy';
import {
  VSPHERE_INFRASTRUCTURE_NAME,
  VSPHERE_NETWORK,
  vsphereWorkspace,
} from './scenarios/vsphere-default-vxlan';
import { wmcoInstalledWithNodes } from './scenarios/wmco-installed-with-nodes';
import { startSimulators, type Simulators } from './simulators/runner';
import type { Condition } from './simulators/status';
import {
  cloudPrivateKeySecret,
  PRIVATE_KEY_FIELD,
  PRIVATE_KEY_SECRET,
  USER_DATA_SECRET,
  windowsUserDataSecret,
  wmcoFullVersion,
} from './simulators/wmco';
import { waitFor } from './wait-for';
import { subscribeToWmco, waitForCsvPhase, WMCO_CSV, type OlmObject } from './wmco-subscription';
import { generateSshKeyPairSync } from '../../server/src/domain/keys/ssh-key-pair';

// The fields these tests read.
interface Infrastructure extends KubernetesObject {
  spec: {
    platformSpec: { vsphere: { failureDomains: Array<{ topology: { datacenter: string } }> } };
  };
  status: { infrastructureName: string; platformStatus: { type: string } };
}
interface NetworkConfig extends KubernetesObject {
  spec: { networkType: string };
  status: { networkType: string };
}
interface NetworkOperator extends KubernetesObject {
  spec: {
    defaultNetwork: {
      type: string;
      ovnKubernetesConfig?: {
        hybridOverlayConfig: { hybridClusterNetwork: object[]; hybridOverlayVXLANPort?: number };
      };
    };
  };
}
interface Proxy extends KubernetesObject {
  spec: ProxyShape;
  status: ProxyShape;
}
interface VSphereMachineSet extends KubernetesObject {
  spec: {
    template: {
      spec: {
        providerSpec: {
          value: {
            kind: string;
            template: string;
            workspace: object;
            network: { devices: Array<{ networkName: string }> };
            credentialsSecret: { name: string };
          };
        };
      };
    };
  };
}
interface Machine extends KubernetesObject {
  status: { phase: string; nodeRef: { name: string } };
}
interface OperatorCondition extends KubernetesObject {
  spec: { conditions: Condition[] };
  status: { conditions: Condition[] };
}

/**
 * Starts a cluster seeded with `scenario` before the suite's tests and stops it after them;
 * `withSimulators` also runs the default simulated controllers against it.
 */
function useCluster(scenario: string, withSimulators = false): { admin: KubeClient } {
  let cluster: LocalCluster | undefined;
  let simulators: Simulators | undefined;
  let admin: KubeClient | undefined;
  before(async () => {
    cluster = await startLocalCluster({
      scenario,
      referenceCrds: true,
      log: (line) => {
        console.log(`[${scenario}] ${line}`);
      },
    });
    const target = { server: cluster.server, caData: cluster.caData, token: cluster.tokens.admin };
    admin = new KubeClient(target);
    if (withSimulators)
      simulators = startSimulators({
        ...target,
        log: (line) => {
          console.log(`[${scenario} simulators] ${line}`);
        },
      });
  });
  after(async () => {
    await simulators?.stop();
    admin?.close();
    await cluster?.stop();
  });
  return {
    get admin(): KubeClient {
      if (!admin) throw new Error(`the ${scenario} cluster did not start`);
      return admin;
    },
  };
}

function newSshKey(type: 'ed25519' | 'ecdsa'): { privateKey: string; publicKey: string } {
  const pair = generateSshKeyPairSync(type);
  return { privateKey: pair.private, publicKey: pair.public.trim() };
}

function userDataScript(secret: V1Secret | undefined): string {
  return Buffer.from(secret?.data?.userData ?? '', 'base64').toString('utf8');
}

function readUserData(admin: KubeClient): Promise<V1Secret | undefined> {
  return admin
    .get<V1Secret>(resources.secrets, USER_DATA_SECRET, MACHINE_API_NAMESPACE)
    .catch(ignoreStatus(404));
}

describe('scenario vsphere-default-vxlan', () => {
  const cluster = useCluster('vsphere-default-vxlan');

  test('is a vSphere IPI cluster whose hybrid overlay has no custom VXLAN port', async () => {
    const infrastructure = await cluster.admin.get<Infrastructure>(
      resources.infrastructures,
      'cluster',
    );
    assert.equal(infrastructure.status.platformStatus.type, 'VSphere');
    assert.equal(infrastructure.status.infrastructureName, VSPHERE_INFRASTRUCTURE_NAME);
    const [failureDomain] = infrastructure.spec.platformSpec.vsphere.failureDomains;
    assert.equal(failureDomain?.topology.datacenter, vsphereWorkspace.datacenter);

    const network = await cluster.admin.get<NetworkOperator>(resources.networkOperators, 'cluster');
    const hybrid = network.spec.defaultNetwork.ovnKubernetesConfig?.hybridOverlayConfig;
    assert.equal(hybrid?.hybridClusterNetwork.length, 1);
    assert.equal(hybrid.hybridOverlayVXLANPort, undefined);
  });

  test('has three Linux worker MachineSets with vSphere providerSpecs', async () => {
    const machineSets = await cluster.admin.list<VSphereMachineSet>(resources.machineSets, {
      namespace: MACHINE_API_NAMESPACE,
    });
    assert.equal(machineSets.length, 3);
    for (const machineSet of machineSets) {
      const spec = machineSet.spec.template.spec.providerSpec.value;
      assert.equal(spec.kind, 'VSphereMachineProviderSpec');
      assert.equal(
        spec.template,
        `${VSPHERE_INFRASTRUCTURE_NAME}-rhcos-generated-region-generated-zone`,
      );
      assert.deepEqual(spec.workspace, vsphereWorkspace);
      assert.equal(spec.network.devices[0]?.networkName, VSPHERE_NETWORK);
      assert.equal(spec.credentialsSecret.name, 'vsphere-cloud-credentials');
    }
  });
});

describe('scenario sdn', () => {
  const cluster = useCluster('sdn');

  test('runs OpenShift SDN, without OVN-Kubernetes settings', async () => {
    const config = await cluster.admin.get<NetworkConfig>(resources.networkConfigs, 'cluster');
    assert.equal(config.spec.networkType, 'OpenShiftSDN');
    assert.equal(config.status.networkType, 'OpenShiftSDN');
    const operator = await cluster.admin.get<NetworkOperator>(
      resources.networkOperators,
      'cluster',
    );
    assert.equal(operator.spec.defaultNetwork.type, 'OpenShiftSDN');
    assert.equal(operator.spec.defaultNetwork.ovnKubernetesConfig, undefined);
  });
});

describe('scenario proxy, and the WMCO simulator', () => {
  const cluster = useCluster('proxy', true);

  test('has a cluster-wide proxy, mirrored in its status', async () => {
    const proxy = await cluster.admin.get<Proxy>(resources.proxies, 'cluster');
    assert.equal(proxy.spec.httpProxy, clusterProxy.httpProxy);
    assert.equal(proxy.spec.httpsProxy, clusterProxy.httpsProxy);
    assert.equal(proxy.spec.noProxy, clusterProxy.noProxy);
    assert.equal(proxy.status.httpProxy, clusterProxy.httpProxy);
    const exempt = proxy.status.noProxy.split(',');
    for (const entry of clusterProxy.noProxy.split(',')) assert.ok(exempt.includes(entry), entry);
    assert.ok(exempt.includes('api-int.winlab.example.com'));
  });

  test('WMCO publishes its version and Upgradeable, then turns cloud-private-key into windows-user-data', async () => {
    const { admin } = cluster;
    // A key in a namespace without WMCO is none of WMCO's business.
    await admin.create(resources.namespaces, { metadata: { name: 'no-wmco' } });
    const stray = newSshKey('ed25519');
    await admin.create(resources.secrets, cloudPrivateKeySecret('no-wmco', stray.privateKey));

    const namespace = 'wmco-simulated';
    await subscribeToWmco(admin, namespace, 'Automatic');
    const csv = await waitForCsvPhase(admin, namespace, 'Succeeded');
    const servicesName = `windows-services-${wmcoFullVersion('10.22.0')}`;
    assert.match(servicesName, /^windows-services-10\.22\.0-[0-9a-f]{7}$/);
    const services = await waitFor('the windows-services ConfigMap', () =>
      admin.get<V1ConfigMap>(resources.configMaps, servicesName, namespace),
    );
    assert.ok((JSON.parse(services.data?.services ?? '[]') as object[]).length > 0);
    // The simulator creates the OperatorCondition, then writes its status in a second request.
    const condition = await waitFor('the OperatorCondition with its status', async () => {
      const found = await admin.get<OperatorCondition>(
        resources.operatorConditions,
        WMCO_CSV,
        namespace,
      );
      return found.status?.conditions ? found : undefined;
    });
    assert.equal(condition.metadata?.ownerReferences?.[0]?.uid, csv.metadata?.uid);
    for (const conditions of [condition.spec.conditions, condition.status.conditions]) {
      assert.deepEqual(
        conditions.map(({ type, status }) => [type, status]),
        [['Upgradeable', 'True']],
      );
    }
    assert.equal(await readUserData(admin), undefined, 'no user data without a key');

    const key = newSshKey('ed25519');
    await admin.create(resources.secrets, cloudPrivateKeySecret(namespace, key.privateKey));
    const userData = await waitFor('windows-user-data', () => readUserData(admin));
    assert.match(userDataScript(userData), /^<powershell>/);
    assert.ok(userDataScript(userData).includes(key.publicKey));
    assert.ok(!userDataScript(userData).includes(stray.publicKey));

    const rotated = newSshKey('ecdsa');
    await admin.mergePatch(
      resources.secrets,
      { name: PRIVATE_KEY_SECRET, namespace },
      cloudPrivateKeySecret(namespace, rotated.privateKey),
    );
    await waitFor('windows-user-data to name the rotated key', async () => {
      const script = userDataScript(await readUserData(admin));
      return script.includes(rotated.publicKey) ? script : undefined;
    });
  });
});

test('the WMCO simulator reads PKCS#8 keys as WMCO does', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  assert.deepEqual(windowsUserDataSecret(pkcs8), windowsUserDataSecret(pkcs1));
});

describe('scenario wmco-installed-with-nodes', () => {
  const cluster = useCluster('wmco-installed-with-nodes', true);
  const truth = wmcoInstalledWithNodes;

  test('WMCO is installed by OLM and reports its version', async () => {
    const { admin } = cluster;
    const namespace = await admin.get(resources.namespaces, truth.namespace);
    assert.equal(namespace.metadata?.labels?.['openshift.io/cluster-monitoring'], 'true');
    const csv = await admin.get<OlmObject>(
      resources.clusterServiceVersions,
      truth.csv,
      truth.namespace,
    );
    assert.equal(csv.status?.phase, 'Succeeded');
    const subscription = await admin.list<OlmObject>(resources.subscriptions, {
      namespace: truth.namespace,
    });
    assert.equal(subscription[0]?.status?.installedCSV, truth.csv);
    assert.equal(subscription[0].status.state, 'AtLatestKnown');
    const configMaps = await admin.list(resources.configMaps, { namespace: truth.namespace });
    assert.deepEqual(
      configMaps
        .map((configMap) => configMap.metadata?.name ?? '')
        .filter((name) => name.startsWith('windows-services-'))
        .sort(),
      truth.servicesConfigMaps,
    );
    const instances = await admin.get<V1ConfigMap>(
      resources.configMaps,
      'windows-instances',
      truth.namespace,
    );
    assert.deepEqual(instances.data, truth.byohInstances);
  });

  test('the private key is an Ed25519 OpenSSH key and windows-user-data names its public half', async () => {
    const { admin } = cluster;
    const secret = await admin.get<V1Secret>(
      resources.secrets,
      PRIVATE_KEY_SECRET,
      truth.namespace,
    );
    const pem = Buffer.from(secret.data?.[PRIVATE_KEY_FIELD] ?? '', 'base64').toString('utf8');
    assert.ok(pem.startsWith('-----BEGIN OPENSSH'));
    const parsed = ssh2.utils.parseKey(pem);
    assert.ok(!(parsed instanceof Error) && !Array.isArray(parsed));
    assert.equal(parsed.type, 'ssh-ed25519');
    const publicKey = `ssh-ed25519 ${parsed.getPublicSSH().toString('base64')}`;
    assert.ok(userDataScript(await readUserData(admin)).includes(publicKey));
  });

  test('has five Windows nodes matching the ground truth: 3 from the MachineSet, 2 BYOH', async () => {
    const { admin } = cluster;
    const nodes = await admin.list<V1Node>(resources.nodes, {
      labelSelector: 'kubernetes.io/os=windows',
    });
    const machines = await admin.list<Machine>(resources.machines, {
      namespace: MACHINE_API_NAMESPACE,
      labelSelector: 'machine.openshift.io/os-id=Windows',
    });
    const machineSetOf = new Map(
      machines.map((machine) => [
        machine.status.nodeRef.name,
        machine.metadata?.labels?.['machine.openshift.io/cluster-api-machineset'],
      ]),
    );
    const actual = nodes.map((node) => {
      const byoh = node.metadata?.labels?.['windowsmachineconfig.openshift.io/byoh'] === 'true';
      const name = node.metadata?.name ?? '';
      const internalIP = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
      return {
        name,
        source: byoh ? 'BYOH' : 'MachineSet',
        origin: byoh ? internalIP : machineSetOf.get(name),
        wmcoVersion: node.metadata?.annotations?.['windowsmachineconfig.openshift.io/version'],
        ready: node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True',
      };
    });
    const expected = truth.nodes.map(({ name, source, origin, wmcoVersion, ready }) => ({
      name,
      source,
      origin,
      wmcoVersion,
      ready,
    }));
    const byName = (a: { name: string }, b: { name: string }): number =>
      a.name.localeCompare(b.name);
    assert.deepEqual(actual.sort(byName), expected.sort(byName));
    assert.equal(truth.nodes.filter((node) => !node.ready).length, 1);
    assert.deepEqual(
      machines.map((machine) => machine.status.phase),
      ['Running', 'Running', 'Running'],
    );
    for (const node of nodes) {
      assert.ok(node.spec?.taints?.some((t) => t.key === 'os' && t.value === 'Windows'));
      assert.equal(node.status?.nodeInfo?.osImage, 'Windows Server 2022 Datacenter');
    }
  });

  test('the simulators find nothing to change in it', async () => {
    const { admin } = cluster;
    const before = await readUserData(admin);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const configMaps = await admin.list(resources.configMaps, { namespace: truth.namespace });
    assert.equal(
      configMaps.filter((configMap) => configMap.metadata?.name?.startsWith('windows-services-'))
        .length,
      truth.servicesConfigMaps.length,
    );
    const after = await readUserData(admin);
    assert.equal(after?.metadata?.resourceVersion, before?.metadata?.resourceVersion);
    const plans = await admin.list(resources.installPlans, { namespace: truth.namespace });
    assert.equal(plans.length, 1);
  });
});
