import { ApiException } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import type {
  RuntimeClassRequest,
  RuntimeClassResult,
  SamplePreview,
  SampleRequest,
  SampleResult,
  SampleWarning,
} from '../../../contract/workloads';
import type { ErrorMessage } from '../../../contract/errors';
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
import { ensureSampleNamespace, namespaceCreateNotAllowed } from './sample-namespace';
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
      build: request.build,
    };
  }
  const sameName = runtimeClasses?.find((rc) => rc.metadata?.name === request.name);
  if (sameName) {
    const build = targetBuild(sameName);
    const params = { name: request.name, build };
    throw new HttpError(409, { code: 'runtime-class-name-taken', params }, 'body.name');
  }
  try {
    await new KubeApi(reader.kubeConfig).create(
      kinds.runtimeClass,
      windowsRuntimeClass(request.name, request.build),
    );
  } catch (error) {
    if (error instanceof ApiException && error.code === 409) {
      const params = { name: request.name };
      throw new HttpError(409, { code: 'runtime-class-name-taken', params }, 'body.name');
    }
    throw error;
  }
  return {
    name: request.name,
    outcome: 'created',
    build: request.build,
  };
}

type SampleProblem = Extract<ErrorMessage, SampleWarning>;

interface SampleJudgement {
  /** Why creating would be refused; the preview shows it as a warning. */
  blocking?: { problem: SampleProblem; field: string };
  warnings: SampleWarning[];
}

/** Checks the sample against the cluster before anything is created. */
async function judgeSample(
  reader: ClusterReader,
  request: SampleRequest,
): Promise<SampleJudgement> {
  if (!sampleImage(request.imageFamily, request.build)) {
    const problem = { code: 'no-image-for-build', params: { build: request.build } } as const;
    throw new HttpError(400, problem, 'body.build');
  }
  const facts = await readSchedulingFacts(reader);
  const warnings: SampleWarning[] = [];
  let blocking: SampleJudgement['blocking'];
  const runtimeClassName = request.runtimeClassName;
  const field = 'body.runtimeClassName';
  const runtimeClass = facts.runtimeClasses?.find(
    (rc) => rc.metadata?.name === request.runtimeClassName,
  );
  if (!facts.runtimeClasses) {
    warnings.push({ code: 'runtime-class-unreadable', params: { runtimeClass: runtimeClassName } });
  } else if (!runtimeClass) {
    const params = { runtimeClass: runtimeClassName, build: request.build };
    blocking = { problem: { code: 'runtime-class-not-found', params }, field };
  } else if (targetBuild(runtimeClass) !== request.build) {
    const params = {
      runtimeClass: runtimeClassName,
      build: request.build,
      pinned: targetBuild(runtimeClass),
    };
    blocking = { problem: { code: 'runtime-class-other-build', params }, field };
  }
  const nodes = facts.nodes?.filter(
    (node) => node.metadata?.labels?.[wmcoNames.windowsBuildLabel] === request.build,
  );
  if (nodes?.length === 0) {
    const version = windowsServerReleaseOfBuild(request.build)?.version;
    warnings.push({ code: 'no-node-with-build', params: { build: request.build, version } });
  }
  return { blocking, warnings };
}

export async function previewSample(
  reader: ClusterReader,
  request: SampleRequest,
): Promise<SamplePreview> {
  const judgement = await judgeSample(reader, request);
  const { deployment, service } = sampleWorkload(request);
  return {
    objects: [
      { kind: 'Deployment', name: request.name, yaml: stringify(deployment) },
      { kind: 'Service', name: request.name, yaml: stringify(service) },
    ],
    warnings: [...(judgement.blocking ? [judgement.blocking.problem] : []), ...judgement.warnings],
  };
}

/**
 * Creates the guide's Deployment and Service in the chosen namespace as the caller, and the namespace
 * first when it does not exist. Permissions are asked first, so a refusal names them and leaves nothing
 * half-created.
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
  const missing = needed.filter((_, index) => !answers[index]).map((n) => n.label);
  if (missing.length > 0) {
    const params = { namespace, resources: missing };
    throw new HttpError(403, { code: 'sample-not-allowed', params }, 'body.namespace');
  }
  const judgement = await judgeSample(reader, request);
  if (judgement.blocking) {
    throw new HttpError(400, judgement.blocking.problem, judgement.blocking.field);
  }
  const created: SampleResult['created'] = [];
  const namespaceState = await ensureSampleNamespace(reader, namespace);
  if (namespaceState === 'created') {
    created.push({ kind: 'Namespace', name: namespace, namespace });
  }
  const { deployment, service } = sampleWorkload(request);
  try {
    const api = new KubeApi(reader.kubeConfig);
    await api.create(kinds.deployment, deployment, { namespace });
    created.push({ kind: 'Deployment', name, namespace });
    await api.create(kinds.service, service, { namespace });
    created.push({ kind: 'Service', name, namespace });
  } catch (error) {
    const failure = kubernetesFailure(error);
    if (!failure) throw error;
    if (failure.statusCode === 404 && namespaceState === 'refused') {
      throw namespaceCreateNotAllowed(namespace);
    }
    const kind = created.some((object) => object.kind === 'Deployment') ? 'Service' : 'Deployment';
    const cause: ErrorMessage =
      failure.statusCode === 409
        ? { code: 'object-exists', params: { kind, name, namespace } }
        : failure.statusCode === 404
          ? { code: 'namespace-missing', params: { namespace } }
          : failure.coded;
    const done = created.map((object) => `${object.kind} ${namespace}/${object.name}`);
    const field = { 409: 'body.name', 404: 'body.namespace' }[failure.statusCode];
    throw new HttpError(
      failure.statusCode,
      { code: 'sample-stopped', params: { created: done } },
      { cause, field },
    );
  }
  return { created, warnings: judgement.warnings };
}
