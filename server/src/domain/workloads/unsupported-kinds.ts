import type { UnsupportedFeature } from '../../../contract/guide';
import type { WorkloadReadProblem } from '../../../contract/workloads';

// The guide's features Windows nodes do not support (§2.8, §3.4) that come as objects of their own: the
// checker says so instead of "not a workload it reads".

interface UnsupportedKind {
  kinds: readonly string[];
  /** The API group, when the kind alone is ambiguous (a Knative Service is not a Service). */
  group?: string;
  feature: UnsupportedFeature;
}

const unsupportedKinds: readonly UnsupportedKind[] = [
  { kinds: ['BuildConfig', 'Build'], feature: 'image-builds' },
  {
    kinds: ['Pipeline', 'PipelineRun', 'Task', 'TaskRun'],
    group: 'tekton.dev',
    feature: 'pipelines',
  },
  {
    kinds: ['Service', 'Revision', 'Configuration', 'Route'],
    group: 'serving.knative.dev',
    feature: 'serverless',
  },
  { kinds: ['VerticalPodAutoscaler'], feature: 'vpa' },
  {
    kinds: ['ServiceMonitor', 'PodMonitor'],
    group: 'monitoring.coreos.com',
    feature: 'user-monitoring',
  },
  { kinds: ['HorizontalPodAutoscaler'], feature: 'hpa' },
];

/** Why an object of this kind is a feature Windows nodes lack, or undefined. */
export function unsupportedKindProblem(
  kind: string,
  apiVersion: string | undefined,
): WorkloadReadProblem | undefined {
  const group = apiVersion?.includes('/') ? apiVersion.split('/')[0] : '';
  const match = unsupportedKinds.find(
    (entry) => entry.kinds.includes(kind) && (entry.group === undefined || entry.group === group),
  );
  return match ? { code: 'unsupported-kind', params: { kind, feature: match.feature } } : undefined;
}
