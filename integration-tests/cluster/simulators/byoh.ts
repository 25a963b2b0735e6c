// TEST DOUBLE standing in for WMCO's BYOH controller (its ConfigMap controller); never part of the
// product. In a namespace whose WMCO CSV reached Succeeded it plays what WMCO does with ConfigMap
// windows-instances, for hosts on loopback addresses (the BYOH test peers of integration-tests/
// ssh-peers; every other address stands for a host that has not answered yet, and nodes seeded for
// such addresses are left alone):
//   - an entry (key: IPv4 address or DNS name, value `username=<user>`) becomes a BYOH Node with the
//     entry's IPv4 address after a moment, NotReady; a moment later WMCO has configured it: Ready,
//     version annotations, and event InstanceSetup on the ConfigMap;
//   - a BYOH node no entry stands for (entry removed, ConfigMap deleted) is deleted, with event
//     InstanceTeardown;
//   - while any entry is malformed (WMCO's own parser: not IPv4 and not resolvable, or a value not
//     starting with `username=`), nothing happens for any entry, as in WMCO.
// Not simulated: SSH to the hosts, CSR approval, upgrades of BYOH nodes.
import { randomBytes } from 'node:crypto';
import { lookup, Resolver } from 'node:dns/promises';
import { isIP, isIPv4 } from 'node:net';
import type { V1ConfigMap } from '@kubernetes/client-node';
import { ignoreStatus, type KubeClient } from '../kube-client';
import { resourcePath, resources } from '../resources';
import { WMCO_PACKAGE } from '../scenarios/marketplace';
import { createWithStatus, timestampSecondsAgo } from '../scenarios/seed';
import { watch, type Behaviour, type SimulatorContext } from './behaviour';
import type { Node } from './machine-api-objects';
import type { ClusterServiceVersion } from './olm-api';
import { configuredNode, joiningWindowsNode } from './windows-node-join';
import { readUpgradeWorld } from './wmco-upgrade-steps';

const INSTANCES = 'windows-instances';
const BYOH_LABEL = 'windowsmachineconfig.openshift.io/byoh';
/** Re-reads the ConfigMap for every BYOH node this often: deleting it leaves no node event. */
const RECHECK_MS = 2000;

export interface ByohSimulatorOptions {
  /** How WMCO resolves DNS keys; the system's resolver unless a test has its own DNS. */
  resolve4?: (name: string) => Promise<string[]>;
  /** From first seeing an entry to its node registering; long enough for a page to show each stage. */
  joinDelayMs?: number;
  /** From a node registering to WMCO having configured it. */
  readyDelayMs?: number;
}

interface Instance {
  address: string;
  ip: string;
}

async function systemResolve4(name: string): Promise<string[]> {
  const answers = await lookup(name, { all: true, family: 4 }).catch(() => []);
  return answers.map((answer) => answer.address);
}

/** A-record lookups on the given DNS servers only: the test's own DNS, as the BFF under test uses it. */
export function resolve4On(servers: string[]): (name: string) => Promise<string[]> {
  const resolver = new Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers(servers);
  return (name) => resolver.resolve4(name).catch(() => []);
}

function isLoopback(ip: string): boolean {
  return ip.startsWith('127.');
}

function addressesOf(node: Node): string[] {
  return (node.status?.addresses ?? []).map((entry) => entry.address);
}

/** A BYOH node of a loopback host: one this simulator manages. */
function isSimulatedByohNode(node: Node): boolean {
  return node.metadata.labels?.[BYOH_LABEL] === 'true' && addressesOf(node).some(isLoopback);
}

export function byohSimulator(options: ByohSimulatorOptions = {}): Behaviour {
  const resolve4 = options.resolve4 ?? systemResolve4;
  const joinDelayMs = options.joinDelayMs ?? 3000;
  const readyDelayMs = options.readyDelayMs ?? 4000;
  const firstSeen = new Map<string, number>();
  /** Nodes this simulator registered, which it goes on to configure. */
  const joining = new Set<string>();

  /** WMCO's parser (wiparser): the instances, or why the whole ConfigMap is refused. */
  async function parse(data: Record<string, string>): Promise<Instance[] | string> {
    const instances: Instance[] = [];
    for (const [address, value] of Object.entries(data)) {
      if (isIP(address) === 6) return `invalid address ${address}: ipv6 is not supported`;
      const [ip] = isIPv4(address) ? [address] : await resolve4(address);
      if (ip === undefined) return `invalid address ${address}: error looking up DNS`;
      if (value.split('=')[0] !== 'username') return `unable to get username for ${address}`;
      instances.push({ address, ip });
    }
    return instances;
  }

  /** Where a Succeeded WMCO runs (in `namespace`, if given), with its full version. */
  async function runningWmco(
    client: KubeClient,
    namespace?: string,
  ): Promise<{ namespace: string; version: string } | undefined> {
    const csvs = await client.list<ClusterServiceVersion & { metadata: { name: string } }>(
      resources.clusterServiceVersions,
      { namespace },
    );
    const csv = csvs.find(
      (candidate) =>
        candidate.metadata.name.startsWith(`${WMCO_PACKAGE}.v`) &&
        candidate.status?.phase === 'Succeeded',
    );
    const at = csv?.metadata.namespace;
    const version = at ? (await readUpgradeWorld(client, at)).target : undefined;
    return at && version ? { namespace: at, version } : undefined;
  }

  async function record(
    client: KubeClient,
    namespace: string,
    reason: string,
    message: string,
  ): Promise<void> {
    const now = timestampSecondsAgo(0);
    await client.create(resources.events, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${INSTANCES}.${randomBytes(8).toString('hex')}`, namespace },
      involvedObject: { apiVersion: 'v1', kind: 'ConfigMap', namespace, name: INSTANCES },
      reason,
      message,
      type: 'Normal',
      source: { component: 'configmap' },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    });
  }

  /** The Node kubelet registers on a BYOH host: labelled BYOH, with no Machine and no provider ID. */
  function byohNode(instance: Instance): ReturnType<typeof joiningWindowsNode> {
    const name = `byoh-${instance.ip.replaceAll('.', '-')}`;
    const labels = { [BYOH_LABEL]: 'true', 'node-role.kubernetes.io/worker': '' };
    const node = joiningWindowsNode(
      { metadata: { name, namespace: '', uid: '' }, spec: { metadata: { labels } } },
      { providerID: '', instanceId: '', address: instance.ip, nodeName: name },
      '2022',
    );
    if (node.metadata) node.metadata.annotations = {};
    node.spec = { taints: (node.spec as { taints?: object[] }).taints };
    return node;
  }

  async function teardown(client: KubeClient, namespace: string, node: Node): Promise<void> {
    await client
      .request('DELETE', resourcePath(resources.nodes, { name: node.metadata.name }))
      .catch(ignoreStatus(404));
    joining.delete(node.metadata.name);
    const addresses = (node.status?.addresses ?? []).map(
      (entry) => `{${entry.type} ${entry.address}}`,
    );
    await record(
      client,
      namespace,
      'InstanceTeardown',
      `Deconfigured node with addresses [${addresses.join(' ')}]`,
    );
  }

  async function reconcileInstances(
    configMap: V1ConfigMap,
    context: SimulatorContext,
  ): Promise<void> {
    const { client } = context;
    const namespace = configMap.metadata?.namespace ?? '';
    if (configMap.metadata?.name !== INSTANCES) return;
    if (!(await runningWmco(client, namespace))) {
      context.requeueAfter(RECHECK_MS); // WMCO acts once it runs
      return;
    }
    const instances = await parse(configMap.data ?? {});
    if (typeof instances === 'string') {
      context.log(`${namespace}/${INSTANCES}: ${instances}; no BYOH host is configured or removed`);
      return;
    }
    const nodes = (
      await client.list<Node>(resources.nodes, { labelSelector: `${BYOH_LABEL}=true` })
    ).filter(isSimulatedByohNode);
    for (const instance of instances.filter(({ ip }) => isLoopback(ip))) {
      if (nodes.some((node) => addressesOf(node).includes(instance.ip))) continue;
      const key = `${namespace}/${instance.address}`;
      const waited = Date.now() - (firstSeen.get(key) ?? Date.now());
      if (!firstSeen.has(key)) firstSeen.set(key, Date.now());
      if (waited < joinDelayMs) {
        context.requeueAfter(joinDelayMs - waited);
        continue;
      }
      firstSeen.delete(key);
      const node = await createWithStatus(client, resources.nodes, byohNode(instance));
      joining.add(node.metadata.name);
      context.log(`BYOH ${instance.address}: node ${node.metadata.name} registered`);
    }
    for (const node of nodes) {
      if (!instances.some((instance) => addressesOf(node).includes(instance.ip)))
        await teardown(client, namespace, node);
    }
  }

  async function reconcileNode(node: Node, context: SimulatorContext): Promise<void> {
    if (!isSimulatedByohNode(node)) return;
    const { client } = context;
    const wmco = await runningWmco(client);
    if (!wmco) return;
    const { namespace, version } = wmco;
    // No ConfigMap: WMCO deconfigures every BYOH host.
    const configMap = await client
      .get<V1ConfigMap & { metadata: object }>(resources.configMaps, INSTANCES, namespace)
      .catch(ignoreStatus(404));
    const age = Date.now() - Date.parse(node.metadata.creationTimestamp?.toString() ?? '');
    const configuring = joining.has(node.metadata.name);
    context.requeueAfter(configuring ? Math.max(100, readyDelayMs - age) : RECHECK_MS);
    const instances = await parse(configMap?.data ?? {});
    if (typeof instances === 'string') return;
    const instance = instances.find((candidate) => addressesOf(node).includes(candidate.ip));
    if (!instance) {
      await teardown(client, namespace, node);
      return;
    }
    if (!configuring || age < readyDelayMs) return;
    const { object, status } = configuredNode(node, version);
    await client.mergePatch(resources.nodes, { name: node.metadata.name }, object);
    await client.mergePatch(
      resources.nodes,
      { name: node.metadata.name, subresource: 'status' },
      status,
    );
    joining.delete(node.metadata.name);
    await record(
      client,
      namespace,
      'InstanceSetup',
      `Configured instance with address ${instance.address} as a worker node`,
    );
  }

  return {
    name: 'byoh-simulator',
    watches: [
      watch<V1ConfigMap>(resources.configMaps, reconcileInstances),
      watch<Node>(resources.nodes, reconcileNode),
    ],
  };
}
