import { wmcoNames } from '../wmco-names';
import type { MachineSetPlatform } from './machine-set-platform';
import type { MachineSetProblem, MachineSetProblemCode } from './machine-set-problem';
import { fieldProblem, nameProblem, replicasProblem } from './machine-set-rules';
import { textAt, valueAt } from './object-path';
import { machineSetPlatform, platformOfProviderKind } from './platform-table';
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
  /** Values a Windows MachineSet must not take here (vSphere: the Linux workers' RHCOS templates). */
  forbidden?: readonly string[];
}

const providerPath = 'spec.template.spec.providerSpec.value';

type Params = MachineSetProblem['params'];

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
  const clusterPlatform = machineSetPlatform(cluster.platform);
  if (!clusterPlatform) {
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
  if (platform !== clusterPlatform) {
    return [
      {
        field: `${providerPath}.kind`,
        code: 'platform-mismatch',
        params: { platform: platform?.type ?? String(providerKind), cluster: cluster.platform },
      },
    ];
  }
  return [
    ...frameProblems(object, platform, cluster),
    ...imageProblems(object, windowsServer, cluster),
    ...providerProblems(object, platform, cluster),
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

/**
 * Each field of the platform where its providerSpec keeps it, by the field's own rules (as the form
 * checks them), and the region against the cluster's.
 */
function providerProblems(
  object: unknown,
  platform: MachineSetPlatform,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  const at = (path: string) => `${providerPath}.${path}`;
  const regionPath = platform.fields.find((field) => field.role === 'region')?.path;
  const context = {
    region: regionPath ? textAt(object, at(regionPath)) : '',
    forbidden: cluster.forbidden ?? [],
  };
  return platform.fields.flatMap((field): MachineSetProblem[] => {
    if (!field.path) return [];
    const value = textAt(object, at(field.path));
    const code = fieldProblem(field, value, context);
    if (code) {
      const params = field.role === 'zone' ? { region: context.region } : undefined;
      return [
        (params
          ? { field: at(field.path), code, params }
          : { field: at(field.path), code }) as MachineSetProblem,
      ];
    }
    if (field.role === 'region' && cluster.region && value !== cluster.region) {
      return [
        { field: at(field.path), code: 'region-mismatch', params: { expected: cluster.region } },
      ];
    }
    return [];
  });
}
