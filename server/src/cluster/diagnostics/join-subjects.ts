import type { CoreV1Event, V1CertificateSigningRequest, V1Node } from '@kubernetes/client-node';
import type {
  CsrFacts,
  JoinEvent,
  JoinFacts,
  NodeFacts,
} from '../../domain/diagnostics/join-facts';
import type { ClusterCauseFacts } from '../../domain/diagnostics/known-cause-facts';
import { wmcoNames } from '../../domain/wmco-names';
import type { Machine } from '../../domain/openshift-objects';
import { kindKey, kinds } from '../kinds';
import type { DiagnosticsObjects } from './diagnostics-reader';

function time(value: Date | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value).getTime();
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The CN of a PKCS#10 request (OID 2.5.4.3, then a UTF8/Printable string), read from its DER. */
function requestCommonName(request: string | undefined): string | undefined {
  if (!request) return undefined;
  const pem = Buffer.from(request, 'base64').toString('utf8');
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const oid = der.indexOf(Buffer.from([0x06, 0x03, 0x55, 0x04, 0x03]));
  if (oid < 0) return undefined;
  const length = der[oid + 6] ?? 0;
  return der.subarray(oid + 7, oid + 7 + length).toString('utf8');
}

function csrFacts(csr: V1CertificateSigningRequest): CsrFacts {
  const condition = (type: string) =>
    time(
      csr.status?.conditions?.find((c) => c.type === type && c.status !== 'False')?.lastUpdateTime,
    );
  const subject = requestCommonName(csr.spec.request) ?? csr.spec.username;
  return {
    name: csr.metadata?.name ?? '',
    nodeName: /^system:node:(.+)$/.exec(subject ?? '')?.[1],
    createdAt: time(csr.metadata?.creationTimestamp) ?? 0,
    approvedAt: condition('Approved'),
    deniedAt: condition('Denied') ?? condition('Failed'),
    issued: Boolean(csr.status?.certificate),
  };
}

function nodeFacts(node: V1Node): NodeFacts {
  const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
  const annotations = node.metadata?.annotations ?? {};
  return {
    name: node.metadata?.name ?? '',
    createdAt: time(node.metadata?.creationTimestamp) ?? 0,
    ready: ready?.status === 'True',
    readySince: time(ready?.lastTransitionTime),
    readyMessage: ready?.message,
    internalIPs: (node.status?.addresses ?? [])
      .filter((address) => address.type === 'InternalIP')
      .map((address) => address.address),
    build: node.metadata?.labels?.[wmcoNames.windowsBuildLabel],
    kernelVersion: node.status?.nodeInfo?.kernelVersion,
    wmcoVersion: annotations[wmcoNames.versionAnnotation],
    pubKeyHash: annotations['windowsmachineconfig.openshift.io/pub-key-hash'],
  };
}

function joinEvent(event: CoreV1Event): JoinEvent {
  return {
    reason: event.reason ?? '',
    message: event.message ?? '',
    at: time(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp) ?? 0,
    type: event.type === 'Warning' ? 'Warning' : 'Normal',
  };
}

function machineJoin(machine: Machine, objects: DiagnosticsObjects, csrs: CsrFacts[]): JoinFacts {
  const name = machine.metadata?.name ?? '';
  const qualified = `${machine.metadata?.namespace ?? ''}/${name}`;
  const node = objects.nodes.find(
    (candidate) =>
      candidate.metadata?.name === machine.status?.nodeRef?.name ||
      candidate.metadata?.annotations?.[wmcoNames.machineAnnotationOnNode] === qualified,
  );
  const names = new Set([
    node?.metadata?.name,
    ...(machine.status?.addresses ?? []).map((address) => address.address),
  ]);
  const lastUpdated = (machine.status as { lastUpdated?: string } | undefined)?.lastUpdated;
  return {
    subject: {
      kind: 'Machine',
      name,
      createdAt: time(machine.metadata?.creationTimestamp) ?? 0,
      phase: machine.status?.phase,
      phaseSince: time(lastUpdated),
    },
    events: objects.events
      .filter(
        (event) => event.involvedObject.kind === 'Machine' && event.involvedObject.name === name,
      )
      .map(joinEvent),
    csrs: csrs.filter((csr) => csr.nodeName !== undefined && names.has(csr.nodeName)),
    node: node ? nodeFacts(node) : undefined,
  };
}

/** Every Windows Machine and every BYOH entry with what the cluster shows of its joining. */
export function joinSubjectsOf(
  objects: DiagnosticsObjects,
  ptrNames: Map<string, string[]>,
): JoinFacts[] {
  const csrs = objects.csrs.map(csrFacts);
  const machines = objects.machines.map((machine) => machineJoin(machine, objects, csrs));
  const claimed = new Set(machines.flatMap((join) => join.csrs.map((csr) => csr.name)));
  const entries =
    objects.configMaps.find((c) => c.metadata?.name === wmcoNames.instancesConfigMap)?.data ?? {};
  const byoh = Object.keys(entries).map((address): JoinFacts => {
    const node = objects.nodes.find(
      (candidate) =>
        candidate.metadata?.labels?.[wmcoNames.byohLabel] === 'true' &&
        (candidate.status?.addresses ?? []).some((known) => known.address === address),
    );
    const names = new Set([
      node?.metadata?.name,
      ...(ptrNames.get(address) ?? []).map((ptr) => ptr.split('.')[0]),
    ]);
    return {
      subject: { kind: 'BYOH', address },
      events: objects.events
        .filter(
          (event) =>
            event.involvedObject.kind === 'ConfigMap' &&
            (event.message?.includes(address) ?? false),
        )
        .map(joinEvent),
      csrs: csrs.filter(
        (csr) =>
          !claimed.has(csr.name) &&
          csr.nodeName !== undefined &&
          (names.has(csr.nodeName) || names.has(csr.nodeName.split('.')[0])),
      ),
      node: node ? nodeFacts(node) : undefined,
    };
  });
  // A host without a PTR record names itself in its CSRs with a name nothing here knows: when one
  // BYOH entry alone has neither node nor CSRs, the CSRs no node or Machine claims are its.
  const unclaimed = csrs.filter(
    (csr) =>
      !claimed.has(csr.name) &&
      !byoh.some((j) => j.csrs.includes(csr)) &&
      !objects.nodes.some((n) => n.metadata?.name === csr.nodeName),
  );
  const orphans = byoh.filter((join) => !join.node && join.csrs.length === 0);
  if (orphans.length === 1 && orphans[0]) orphans[0].csrs = unclaimed;
  const joins = [...machines, ...byoh];
  // WMCO records NodeNameValidationFailed on the CSR it refused: the subject's through its CSRs.
  for (const join of joins) {
    const names = new Set(join.csrs.map((csr) => csr.name));
    join.events.push(
      ...objects.events
        .filter(
          (event) =>
            event.involvedObject.kind === 'CertificateSigningRequest' &&
            names.has(event.involvedObject.name ?? ''),
        )
        .map(joinEvent),
    );
  }
  return joins;
}

export function clusterCauseFactsOf(objects: DiagnosticsObjects): ClusterCauseFacts {
  const hybrid =
    objects.operatorNetwork?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig;
  return {
    platform: objects.infrastructure?.status?.platformStatus?.type,
    clusterNetworkCidrs: [
      ...(objects.clusterNetwork?.spec?.clusterNetwork ?? []).map((network) => network.cidr ?? ''),
      ...(hybrid?.hybridClusterNetwork ?? []).map((network) => network.cidr ?? ''),
    ].filter((cidr) => cidr !== ''),
    vxlanPort: hybrid?.hybridOverlayVXLANPort,
    userDataSecretPresent: objects.unreadable.includes(kindKey(kinds.secret))
      ? undefined
      : objects.secrets.some((secret) => secret.metadata?.name === wmcoNames.userDataSecret),
    currentKeyHash: objects.secrets.find(
      (secret) => secret.metadata?.name === wmcoNames.privateKeySecret,
    )?.pubKeyHash,
  };
}
