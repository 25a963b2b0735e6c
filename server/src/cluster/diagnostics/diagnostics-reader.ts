import { createHash } from 'node:crypto';
import {
  CertificatesV1Api,
  CoreV1Api,
  CustomObjectsApi,
  type CoreV1Event,
  type KubeConfig,
  type V1CertificateSigningRequest,
  type V1ConfigMap,
  type V1Node,
  type V1Secret,
} from '@kubernetes/client-node';
import { inspectPrivateKey } from '../../domain/keys/inspect-private-key';
import { wmcoNames } from '../../domain/wmco-names';
import type {
  ClusterServiceVersion,
  Infrastructure,
  Machine,
  MachineSet,
  ObjectList,
  OperatorNetwork,
  Subscription,
} from '../openshift-objects';
import { PermissiveReader } from '../permissive-reader';
import { secretFacts, type SecretFacts } from '../secret-facts';
import { wmcoNamespaceOf } from '../wmco-namespace';

export interface ClusterNetworkConfig {
  spec?: { clusterNetwork?: { cidr?: string }[] };
}

/** Everything diagnostics read, as the caller: what they may not read is named in `unreadable`. */
export interface DiagnosticsObjects {
  namespace: string;
  nodes: V1Node[];
  machines: Machine[];
  machineSets: MachineSet[];
  subscription?: Subscription;
  csvs: ClusterServiceVersion[];
  configMaps: V1ConfigMap[];
  /** Events in WMCO's namespace and on Windows Machines. */
  events: CoreV1Event[];
  /** cloud-private-key and windows-user-data as facts: never their key material. */
  secrets: SecretFacts[];
  /** WMCO's pub-key-hash of the current cloud-private-key, when it is readable and usable. */
  currentKeyHash?: string;
  csrs: V1CertificateSigningRequest[];
  infrastructure?: Infrastructure;
  operatorNetwork?: OperatorNetwork;
  clusterNetwork?: ClusterNetworkConfig;
  unreadable: string[];
}

const machineApi = { group: 'machine.openshift.io', version: 'v1beta1' };
const windowsMachine = `${wmcoNames.machineOsIdLabel}=Windows`;

/** WMCO's key hash: SHA-256 (hex) of the public half's authorized_keys line. */
function keyHashOf(secret: V1Secret | undefined): string | undefined {
  const encoded = secret?.data?.[wmcoNames.privateKeyField];
  if (!encoded) return undefined;
  const inspected = inspectPrivateKey(Buffer.from(encoded, 'base64'));
  return inspected.usable
    ? createHash('sha256').update(inspected.publicKey).digest('hex')
    : undefined;
}

export async function readDiagnosticsObjects(kubeConfig: KubeConfig): Promise<DiagnosticsObjects> {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const custom = kubeConfig.makeApiClient(CustomObjectsApi);
  const certificates = kubeConfig.makeApiClient(CertificatesV1Api);
  const reader = new PermissiveReader();
  const list = async <T>(resource: string, call: () => Promise<unknown>): Promise<T[]> =>
    ((await reader.read(resource, call)) as ObjectList<T> | undefined)?.items ?? [];
  const olm = (plural: string, namespace: string) => () =>
    custom.listNamespacedCustomObject({
      group: 'operators.coreos.com',
      version: 'v1alpha1',
      namespace,
      plural,
    });

  const subscriptions = await list<Subscription>('subscriptions', () =>
    custom.listClusterCustomObject({
      group: 'operators.coreos.com',
      version: 'v1alpha1',
      plural: 'subscriptions',
    }),
  );
  const subscription = subscriptions.find((s) => s.spec?.name === wmcoNames.packageName);
  const namespace = wmcoNamespaceOf(subscription);
  const machineApiNamespace = wmcoNames.machineApiNamespace;
  const [nodes, machines, machineSets, csvs, configMaps, wmcoEvents, machineEvents, csrs] =
    await Promise.all([
      list<V1Node>('nodes', () => core.listNode({ labelSelector: `${wmcoNames.osLabel}=windows` })),
      list<Machine>('machines', () =>
        custom.listNamespacedCustomObject({
          ...machineApi,
          namespace: machineApiNamespace,
          plural: 'machines',
          labelSelector: windowsMachine,
        }),
      ),
      list<MachineSet>('machinesets', () =>
        custom.listNamespacedCustomObject({
          ...machineApi,
          namespace: machineApiNamespace,
          plural: 'machinesets',
        }),
      ),
      list<ClusterServiceVersion>(
        'clusterserviceversions',
        olm('clusterserviceversions', namespace),
      ),
      list<V1ConfigMap>('configmaps', () => core.listNamespacedConfigMap({ namespace })),
      list<CoreV1Event>('events', () => core.listNamespacedEvent({ namespace })),
      list<CoreV1Event>('events', () =>
        core.listNamespacedEvent({
          namespace: machineApiNamespace,
          fieldSelector: 'involvedObject.kind=Machine',
        }),
      ),
      list<V1CertificateSigningRequest>('certificatesigningrequests', () =>
        certificates.listCertificateSigningRequest(),
      ),
    ]);
  const readSecret = (name: string, ns: string) =>
    reader.read(`secrets/${name}`, () => core.readNamespacedSecret({ name, namespace: ns }));
  const privateKey = await readSecret(wmcoNames.privateKeySecret, namespace);
  const userData = await readSecret(wmcoNames.userDataSecret, machineApiNamespace);
  const cluster = (group: string, plural: string, name: string) => () =>
    custom.getClusterCustomObject({ group, version: 'v1', plural, name });
  const machineNames = new Set(machines.map((machine) => machine.metadata?.name));
  return {
    namespace,
    nodes,
    machines,
    machineSets: machineSets.filter(
      (set) => set.spec?.template?.metadata?.labels?.[wmcoNames.machineOsIdLabel] === 'Windows',
    ),
    subscription,
    csvs: csvs.filter((csv) => csv.metadata?.name?.startsWith(`${wmcoNames.packageName}.`)),
    configMaps,
    events: [
      ...wmcoEvents,
      ...machineEvents.filter((event) => machineNames.has(event.involvedObject.name)),
    ],
    secrets: [privateKey, userData].filter((secret) => secret !== undefined).map(secretFacts),
    currentKeyHash: keyHashOf(privateKey),
    csrs,
    infrastructure: (await reader.read(
      'infrastructures',
      cluster('config.openshift.io', 'infrastructures', 'cluster'),
    )) as Infrastructure | undefined,
    operatorNetwork: (await reader.read(
      'networks.operator',
      cluster('operator.openshift.io', 'networks', 'cluster'),
    )) as OperatorNetwork | undefined,
    clusterNetwork: (await reader.read(
      'networks.config',
      cluster('config.openshift.io', 'networks', 'cluster'),
    )) as ClusterNetworkConfig | undefined,
    unreadable: [...reader.unreadable],
  };
}
