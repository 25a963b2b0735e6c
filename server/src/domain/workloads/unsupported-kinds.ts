// The guide's features Windows nodes do not support (§2.8, §3.4) that come as objects of their own: the
// checker says so instead of "not a workload it reads".

interface UnsupportedKind {
  kinds: readonly string[];
  /** The API group, when the kind alone is ambiguous (a Knative Service is not a Service). */
  group?: string;
  feature: string;
  advice: string;
}

const unsupportedKinds: readonly UnsupportedKind[] = [
  {
    kinds: ['BuildConfig', 'Build'],
    feature: 'Image builds',
    advice:
      'Build Windows images outside the cluster and push them to a registry the nodes can pull from.',
  },
  {
    kinds: ['Pipeline', 'PipelineRun', 'Task', 'TaskRun'],
    group: 'tekton.dev',
    feature: 'OpenShift Pipelines',
    advice: 'Run the pipeline on Linux nodes; deploy its Windows result as a Deployment.',
  },
  {
    kinds: ['Service', 'Revision', 'Configuration', 'Route'],
    group: 'serving.knative.dev',
    feature: 'OpenShift Serverless',
    advice: 'Deploy the Windows application as a Deployment with a Service.',
  },
  {
    kinds: ['VerticalPodAutoscaler'],
    feature: 'Vertical Pod Autoscaling',
    advice: 'Set the Windows containers’ requests and limits by hand.',
  },
  {
    kinds: ['ServiceMonitor', 'PodMonitor'],
    group: 'monitoring.coreos.com',
    feature: 'Monitoring of user-defined projects',
    advice:
      'WMCO’s own node metrics (windows_exporter) are collected; application metrics from Windows pods are not.',
  },
  {
    kinds: ['HorizontalPodAutoscaler'],
    feature: 'Horizontal Pod Autoscaling before WMCO 10.18',
    advice:
      'WMCO 10.18 and later scale Windows workloads by CPU and memory; check the workload it scales (spec.scaleTargetRef) instead.',
  },
];

/** Why an object of this kind is a feature Windows nodes lack, or undefined. */
export function unsupportedKindProblem(
  kind: string,
  apiVersion: string | undefined,
): string | undefined {
  const group = apiVersion?.includes('/') ? apiVersion.split('/')[0] : '';
  const match = unsupportedKinds.find(
    (entry) => entry.kinds.includes(kind) && (entry.group === undefined || entry.group === group),
  );
  return match
    ? `A ${kind} is ${match.feature}, which Windows nodes do not support (guide §3.4). ${match.advice}`
    : undefined;
}
