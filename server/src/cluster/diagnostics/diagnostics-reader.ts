import type {
  CoreV1Event,
  V1CertificateSigningRequest,
  V1ConfigMap,
  V1Node,
} from '@kubernetes/client-node';
import { isWindowsMachineSet } from '../../domain/machinesets/windows-machine-set';
import type {
  ClusterServiceVersion,
  ConfigNetwork,
  Infrastructure,
  Machine,
  MachineSet,
  OperatorNetwork,
  Subscription,
} from '../../domain/openshift-objects';
import { wmcoNames } from '../../domain/wmco-names';
import { clusterEventsNamespace, eventSelections, kinds, windowsNodeSelector } from '../kinds';
import { readMachineSets } from '../machinesets/machine-set-reader';
import { readWindowsMachines } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import type { SecretFacts } from '../secret-facts';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoConfigMaps, readWmcoSubscription } from '../wmco/wmco-state';

/** Everything diagnostics read, as the caller: what they may not read is named in `unreadable`. */
export interface DiagnosticsObjects {
  namespace: string;
  nodes: readonly V1Node[];
  machines: readonly Machine[];
  machineSets: readonly MachineSet[];
  subscription?: Subscription;
  csvs: readonly ClusterServiceVersion[];
  configMaps: readonly V1ConfigMap[];
  /** WMCO's events on Windows Machines, on windows-instances and on kubelets' CSRs. */
  events: readonly CoreV1Event[];
  /** cloud-private-key and windows-user-data as facts: never their key material. */
  secrets: readonly SecretFacts[];
  csrs: readonly V1CertificateSigningRequest[];
  infrastructure?: Infrastructure;
  operatorNetwork?: OperatorNetwork;
  clusterNetwork?: ConfigNetwork;
  unreadable: string[];
}

function events(
  reader: ClusterReader,
  namespace: string,
  fieldSelector: string,
): Promise<readonly CoreV1Event[]> {
  return reader.list<CoreV1Event>(kinds.event, { namespace, fieldSelector }).then((e) => e ?? []);
}

/** The objects join timelines and support bundles are made of, read through the caller's reader. */
export async function readDiagnosticsObjects(reader: ClusterReader): Promise<DiagnosticsObjects> {
  const subscription = await readWmcoSubscription(reader);
  const namespace = wmcoNamespaceOf(subscription);
  const machineApi = wmcoNames.machineApiNamespace;
  const [nodes, machines, machineSets, csvs, configMaps, csrs] = await Promise.all([
    reader.list<V1Node>(kinds.node, { labelSelector: windowsNodeSelector }),
    readWindowsMachines(reader),
    readMachineSets(reader),
    reader.list<ClusterServiceVersion>(kinds.clusterServiceVersion, { namespace }),
    readWmcoConfigMaps(reader, namespace),
    reader.list<V1CertificateSigningRequest>(kinds.certificateSigningRequest),
  ]);
  const [machineEvents, instanceEvents, csrEvents, privateKey, userData] = await Promise.all([
    events(reader, machineApi, eventSelections.machines),
    events(reader, namespace, eventSelections.instances),
    events(reader, clusterEventsNamespace, eventSelections.csrs),
    reader.get<SecretFacts>(kinds.secret, wmcoNames.privateKeySecret, namespace),
    reader.get<SecretFacts>(kinds.secret, wmcoNames.userDataSecret, machineApi),
  ]);
  const [infrastructure, operatorNetwork, clusterNetwork] = await Promise.all([
    reader.get<Infrastructure>(kinds.infrastructure, 'cluster'),
    reader.get<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    reader.get<ConfigNetwork>(kinds.configNetwork, 'cluster'),
  ]);
  const machineNames = new Set(machines.map((machine) => machine.metadata?.name));
  return {
    namespace,
    nodes: nodes ?? [],
    machines,
    machineSets: machineSets.filter(isWindowsMachineSet),
    subscription,
    csvs: (csvs ?? []).filter((csv) => csv.metadata?.name?.startsWith(`${wmcoNames.packageName}.`)),
    configMaps,
    events: [
      ...machineEvents.filter((event) => machineNames.has(event.involvedObject.name)),
      ...instanceEvents,
      ...csrEvents,
    ],
    secrets: [privateKey, userData].filter((secret) => secret !== undefined),
    csrs: csrs ?? [],
    infrastructure,
    operatorNetwork,
    clusterNetwork,
    unreadable: reader.unreadable(),
  };
}

/** Every event in WMCO's namespace, as must-gather collects them: for the support bundle. */
export async function readWmcoNamespaceEvents(
  reader: ClusterReader,
  namespace: string,
): Promise<readonly CoreV1Event[]> {
  return (await reader.list<CoreV1Event>(kinds.event, { namespace })) ?? [];
}
