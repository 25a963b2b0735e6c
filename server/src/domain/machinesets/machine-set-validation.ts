import { wmcoNames } from '../wmco-names';
import {
  isMachineSetPlatform,
  platformOfProviderKind,
  type MachineSetPlatform,
} from './machine-set-inputs';
import type { MachineSetProblem, MachineSetProblemCode } from './machine-set-problem';
import { textAt, valueAt } from './object-path';
import { amiProblem, nameProblem, replicasProblem, zoneProblem } from './machine-set-rules';
import { windowsServerOfImage } from './windows-machine-set';

/** What a Windows MachineSet is checked against: facts of the cluster it is meant for. */
export interface MachineSetCluster {
  /** Infrastructure `status.platformStatus.type`. */
  platform: string;
  infrastructureName?: string;
  /** AWS and GCP region, Azure location, where known. */
  region?: string;
  /** What the support matrix allows here for the WMCO version in use. */
  windowsServerVersions: readonly string[];
  /** Undefined when the caller may not read secrets in openshift-machine-api. */
  userDataSecretPresent?: boolean;
  /** vSphere: the RHCOS templates of the Linux workers, which a Windows MachineSet must never use. */
  linuxTemplates?: readonly string[];
}

const providerPath = 'spec.template.spec.providerSpec.value';

type Params = MachineSetProblem['params'];

/** Fields each platform's providerSpec cannot do without, relative to `providerSpec.value`. */
const requiredProviderFields: Record<MachineSetPlatform, string[]> = {
  AWS: ['instanceType', 'iamInstanceProfile.id'],
  Azure: ['vmSize', 'image.sku', 'resourceGroup', 'vnet', 'subnet'],
  VSphere: [
    'template',
    'network.devices.0.networkName',
    'workspace.server',
    'workspace.datacenter',
    'workspace.datastore',
    'workspace.folder',
  ],
  GCP: ['projectID', 'machineType', 'disks.0.image', 'networkInterfaces.0.network'],
};

/**
 * Every problem of a Windows MachineSet (parsed from YAML the admin may have edited) for this cluster,
 * each naming its field: the rules of the wizard's form, plus what only the whole object shows.
 */
export function validateWindowsMachineSet(
  object: unknown,
  windowsServer: string,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  if (
    valueAt(object, 'apiVersion') !== 'machine.openshift.io/v1beta1' ||
    valueAt(object, 'kind') !== 'MachineSet'
  ) {
    return [{ field: 'kind', code: 'not-a-machine-set' }];
  }
  if (!isMachineSetPlatform(cluster.platform)) {
    return [
      {
        field: `${providerPath}.kind`,
        code: 'platform-without-machine-sets',
        params: { cluster: cluster.platform },
      },
    ];
  }
  const providerKind = valueAt(object, `${providerPath}.kind`);
  const platform = platformOfProviderKind(providerKind);
  if (platform !== cluster.platform) {
    return [
      {
        field: `${providerPath}.kind`,
        code: 'platform-mismatch',
        params: { platform: platform ?? String(providerKind), cluster: cluster.platform },
      },
    ];
  }
  return [
    ...frameProblems(object, platform, cluster),
    ...imageProblems(object, windowsServer, cluster),
    ...placementProblems(object, platform, cluster),
    ...requiredProviderFields[platform]
      .filter((path) => textAt(object, `${providerPath}.${path}`) === '')
      .map((path): MachineSetProblem => ({ field: `${providerPath}.${path}`, code: 'required' })),
  ];
}

/** Name, replicas, namespace, labels and user data: what the guide writes alike on every platform. */
function frameProblems(
  object: unknown,
  platform: MachineSetPlatform,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  const problems: MachineSetProblem[] = [];
  const check = (field: string, code: MachineSetProblemCode | undefined, params?: Params) => {
    if (code)
      problems.push((params ? { field, code, params } : { field, code }) as MachineSetProblem);
  };
  const name = textAt(object, 'metadata.name');
  const templateLabels = 'spec.template.metadata.labels';
  const selector = 'spec.selector.matchLabels';
  const nodeLabels = 'spec.template.spec.metadata.labels';
  // Label keys contain dots, so they are looked up whole, not as a path.
  const label = (path: string, key: string) =>
    (valueAt(object, path) as Record<string, unknown> | undefined)?.[key];
  check('metadata.name', nameProblem(name, platform));
  check(
    'metadata.namespace',
    textAt(object, 'metadata.namespace') === wmcoNames.machineApiNamespace
      ? undefined
      : 'namespace',
  );
  check('spec.replicas', replicasProblem(valueAt(object, 'spec.replicas')));
  if (label(templateLabels, wmcoNames.machineOsIdLabel) !== 'Windows')
    check(templateLabels, 'not-windows');
  if (
    label(selector, wmcoNames.machineSetLabel) !== name ||
    label(templateLabels, wmcoNames.machineSetLabel) !== name
  )
    check(selector, 'selector-mismatch');
  const infrastructureName = cluster.infrastructureName;
  if (
    infrastructureName &&
    ['metadata.labels', selector, templateLabels].some(
      (path) => label(path, wmcoNames.machineClusterLabel) !== infrastructureName,
    )
  )
    check('metadata.labels', 'infrastructure-mismatch', { expected: infrastructureName });
  if (label(nodeLabels, wmcoNames.workerRoleLabel) !== '') check(nodeLabels, 'worker-role-missing');
  const userData = `${providerPath}.userDataSecret.name`;
  if (textAt(object, userData) !== wmcoNames.userDataSecret) check(userData, 'user-data-secret');
  else if (cluster.userDataSecretPresent === false) check(userData, 'user-data-missing');
  return problems;
}

/** The chosen Windows Server must be supported here, and the image must not name another one. */
function imageProblems(
  object: unknown,
  windowsServer: string,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  const problems: MachineSetProblem[] = [];
  if (!cluster.windowsServerVersions.includes(windowsServer)) {
    problems.push({
      field: 'windowsServer',
      code: 'windows-server-unsupported',
      params: { version: windowsServer, supported: cluster.windowsServerVersions.join(', ') },
    });
  }
  const provider = valueAt(object, providerPath) as Record<string, unknown> | undefined;
  const named = windowsServerOfImage(provider);
  if (named && named !== windowsServer) {
    problems.push({
      field: providerPath,
      code: 'image-version-mismatch',
      params: { image: named, version: windowsServer },
    });
  }
  return problems;
}

/** Region, zone and image reference of each platform. */
function placementProblems(
  object: unknown,
  platform: MachineSetPlatform,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  const at = (path: string) => `${providerPath}.${path}`;
  const fields = {
    AWS: { region: 'placement.region', zone: 'placement.availabilityZone' },
    Azure: { region: 'location', zone: 'zone' },
    GCP: { region: 'region', zone: 'zone' },
    VSphere: undefined,
  }[platform];
  const problems: MachineSetProblem[] = [];
  if (fields) {
    const region = textAt(object, at(fields.region));
    if (region === '') problems.push({ field: at(fields.region), code: 'required' });
    else if (cluster.region && region !== cluster.region)
      problems.push({
        field: at(fields.region),
        code: 'region-mismatch',
        params: { expected: cluster.region },
      });
    const zone = zoneProblem(platform, region, textAt(object, at(fields.zone)));
    if (zone)
      problems.push({
        field: at(fields.zone),
        code: zone,
        params: { region },
      } as MachineSetProblem);
  }
  if (platform === 'AWS') {
    const ami = amiProblem(textAt(object, at('ami.id')));
    if (ami) problems.push({ field: at('ami.id'), code: ami });
  }
  const template = textAt(object, at('template'));
  if (platform === 'VSphere' && cluster.linuxTemplates?.includes(template)) {
    problems.push({ field: at('template'), code: 'linux-template' });
  }
  return problems;
}
