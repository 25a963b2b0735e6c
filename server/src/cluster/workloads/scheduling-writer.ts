import { ApiException } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import type {
  RuntimeClassRequest,
  RuntimeClassResult,
  SamplePreview,
  SampleRequest,
  SampleResult,
} from '../../../contract/workloads';
import { windowsServerReleaseOfBuild } from '../../domain/support/support-matrix';
import { wmcoNames } from '../../domain/wmco-names';
import {
  isEquivalentRuntimeClass,
  runtimeClassNameProblem,
  targetBuild,
  windowsRuntimeClass,
} from '../../domain/workloads/runtime-class';
import { sampleImage, sampleWorkload } from '../../domain/workloads/sample-workload';
import { HttpError } from '../../errors/http-error';
import { kubernetesFailure } from '../../errors/kubernetes-failure';
import { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import { AccessReview } from '../reader/access-review';
import type { ClusterReader } from '../reader/cluster-reader';
import { readSchedulingFacts } from './scheduling-reader';

/**
 * Creates the guide's RuntimeClass for a build as the caller, unless one that does exactly the same
 * already exists: that one is reused. A different RuntimeClass under the requested name is a conflict.
 */
export async function ensureRuntimeClass(
  reader: ClusterReader,
  request: RuntimeClassRequest,
): Promise<RuntimeClassResult> {
  const problem = runtimeClassNameProblem(request.name);
  if (problem) throw new HttpError(400, problem, 'body.name');
  const { runtimeClasses } = await readSchedulingFacts(reader);
  const equivalent = runtimeClasses?.find((rc) => isEquivalentRuntimeClass(rc, request.build));
  if (equivalent?.metadata?.name) {
    return {
      name: equivalent.metadata.name,
      outcome: 'reused',
      message: `RuntimeClass ${equivalent.metadata.name} already does exactly this for build ${request.build}: reused, nothing created.`,
    };
  }
  const sameName = runtimeClasses?.find((rc) => rc.metadata?.name === request.name);
  if (sameName) {
    const build = targetBuild(sameName);
    throw new HttpError(
      409,
      `A RuntimeClass named ${request.name} already exists${build ? ` for build ${build}` : ''} with other settings: choose another name.`,
      'body.name',
    );
  }
  try {
    await new KubeApi(reader.kubeConfig).create(
      kinds.runtimeClass,
      windowsRuntimeClass(request.name, request.build),
    );
  } catch (error) {
    if (error instanceof ApiException && error.code === 409) {
      throw new HttpError(
        409,
        `A RuntimeClass named ${request.name} already exists: choose another name.`,
        'body.name',
      );
    }
    throw error;
  }
  return {
    name: request.name,
    outcome: 'created',
    message: `Created RuntimeClass ${request.name} for build ${request.build}.`,
  };
}

interface SampleJudgement {
  /** Why creating would be refused; the preview shows it as a warning. */
  blocking?: HttpError;
  warnings: string[];
}

/** Checks the sample against the cluster before anything is created. */
async function judgeSample(
  reader: ClusterReader,
  request: SampleRequest,
): Promise<SampleJudgement> {
  if (!sampleImage(request.imageFamily, request.build)) {
    return {
      blocking: new HttpError(
        400,
        `No Windows Server image tag is known for build ${request.build}.`,
        'body.build',
      ),
      warnings: [],
    };
  }
  const facts = await readSchedulingFacts(reader);
  const warnings: string[] = [];
  let blocking: HttpError | undefined;
  const runtimeClass = facts.runtimeClasses?.find(
    (rc) => rc.metadata?.name === request.runtimeClassName,
  );
  if (!facts.runtimeClasses) {
    warnings.push(
      `Could not check RuntimeClass ${request.runtimeClassName}: you may not read RuntimeClasses.`,
    );
  } else if (!runtimeClass) {
    blocking = new HttpError(
      400,
      `RuntimeClass ${request.runtimeClassName} does not exist: create it for build ${request.build} first.`,
      'body.runtimeClassName',
    );
  } else if (targetBuild(runtimeClass) !== request.build) {
    const pinned = targetBuild(runtimeClass);
    blocking = new HttpError(
      400,
      `RuntimeClass ${request.runtimeClassName} ${pinned ? `pins build ${pinned}` : 'pins no Windows build'}, but the image is for ${request.build}: choose the RuntimeClass of ${request.build}.`,
      'body.runtimeClassName',
    );
  }
  const nodes = facts.nodes?.filter(
    (node) => node.metadata?.labels?.[wmcoNames.windowsBuildLabel] === request.build,
  );
  if (nodes?.length === 0) {
    const release = windowsServerReleaseOfBuild(request.build);
    warnings.push(
      `No node runs build ${request.build}${release ? ` (Windows Server ${release.version})` : ''}: the pods will stay Pending until one joins.`,
    );
  }
  return { blocking, warnings };
}

export async function previewSample(
  reader: ClusterReader,
  request: SampleRequest,
): Promise<SamplePreview> {
  const judgement = await judgeSample(reader, request);
  if (judgement.blocking?.field === 'body.build') throw judgement.blocking;
  const { deployment, service } = sampleWorkload(request);
  return {
    objects: [
      { kind: 'Deployment', name: request.name, yaml: stringify(deployment) },
      { kind: 'Service', name: request.name, yaml: stringify(service) },
    ],
    warnings: [...(judgement.blocking ? [judgement.blocking.message] : []), ...judgement.warnings],
  };
}

/**
 * Creates the guide's Deployment and Service in the chosen namespace as the caller. Permissions are
 * asked first, so a refusal names them and leaves nothing half-created.
 */
export async function createSample(
  reader: ClusterReader,
  request: SampleRequest,
): Promise<SampleResult> {
  const { namespace, name } = request;
  const needed = [
    { label: 'deployments.apps', attributes: { group: 'apps', resource: 'deployments' } },
    { label: 'services', attributes: { group: '', resource: 'services' } },
  ];
  // A review of its own: the answers are asked afresh, never remembered from an earlier request.
  const access = new AccessReview();
  const answers = await Promise.all(
    needed.map(({ attributes }) =>
      access.allowed(reader.kubeConfig, { verb: 'create', namespace, ...attributes }),
    ),
  );
  const missing = needed.filter((_, index) => !answers[index]).map((n) => `create ${n.label}`);
  if (missing.length > 0) {
    throw new HttpError(
      403,
      `You may not create the sample in namespace ${namespace}: it needs permission to ${missing.join(' and ')} there (for example the edit role). Nothing was created.`,
      'body.namespace',
    );
  }
  const judgement = await judgeSample(reader, request);
  if (judgement.blocking) throw judgement.blocking;
  const { deployment, service } = sampleWorkload(request);
  const created: SampleResult['created'] = [];
  try {
    const api = new KubeApi(reader.kubeConfig);
    await api.create(kinds.deployment, deployment, { namespace });
    created.push({ kind: 'Deployment', name, namespace });
    await api.create(kinds.service, service, { namespace });
    created.push({ kind: 'Service', name, namespace });
  } catch (error) {
    const failure = kubernetesFailure(error);
    if (!failure) throw error;
    const kind = created.length === 0 ? 'Deployment' : 'Service';
    const what =
      failure.statusCode === 409
        ? `A ${kind} named ${name} already exists in namespace ${namespace}.`
        : failure.statusCode === 404
          ? `Namespace ${namespace} does not exist.`
          : failure.message;
    const done = created.map((object) => `${object.kind} ${namespace}/${object.name}`);
    throw new HttpError(
      failure.statusCode,
      `${what} ${done.length > 0 ? `Already created: ${done.join(', ')}.` : 'Nothing was created.'}`,
      failure.statusCode === 409
        ? 'body.name'
        : failure.statusCode === 404
          ? 'body.namespace'
          : undefined,
    );
  }
  return { created, warnings: judgement.warnings };
}
