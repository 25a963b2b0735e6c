import type { UnsupportedFeature } from '../../server/contract/guide';
import type { Wording } from './wording';

/** A feature Windows nodes lack, named for the reader. */
export function unsupportedFeatureName({ t }: Wording, feature: UnsupportedFeature): string {
  const names: Record<UnsupportedFeature, () => string> = {
    'image-builds': () => t('image builds'),
    pipelines: () => t('OpenShift Pipelines'),
    'service-mesh': () => t('OpenShift Service Mesh'),
    'user-monitoring': () => t('monitoring of user-defined projects'),
    serverless: () => t('OpenShift Serverless'),
    vpa: () => t('Vertical Pod Autoscaling'),
    hpa: () => t('Horizontal Pod Autoscaling'),
    'deployment-configs': () => t('DeploymentConfigs'),
    'multi-tenancy': () => t('multi-tenancy'),
    hyperv: () => t('Hyper-V isolated containers (WMCO configures process isolation only)'),
    'trunk-ports': () => t('trunk ports'),
    'in-tree-storage-only': () => t('storage other than in-tree drivers'),
  };
  return names[feature]();
}

/** What to do instead, for the features that come as objects of their own. */
function kindAdvice({ t }: Wording, feature: UnsupportedFeature): string | undefined {
  switch (feature) {
    case 'image-builds':
      return t(
        'Build Windows images outside the cluster and push them to a registry the nodes can pull from.',
      );
    case 'pipelines':
      return t('Run the pipeline on Linux nodes; deploy its Windows result as a Deployment.');
    case 'serverless':
      return t('Deploy the Windows application as a Deployment with a Service.');
    case 'vpa':
      return t('Set the Windows containers’ requests and limits by hand.');
    case 'user-monitoring':
      return t(
        'WMCO’s own node metrics (windows_exporter) are collected; application metrics from Windows pods are not.',
      );
    case 'hpa':
      return t(
        'WMCO 10.18 and later scale Windows workloads by CPU and memory; check the workload it scales (spec.scaleTargetRef) instead.',
      );
    default:
      return undefined;
  }
}

/** An object whose kind is a feature Windows nodes lack, and what to do instead. */
export function unsupportedKindText(w: Wording, kind: string, feature: UnsupportedFeature): string {
  const name =
    feature === 'hpa'
      ? w.t('Horizontal Pod Autoscaling before WMCO 10.18')
      : unsupportedFeatureName(w, feature);
  const advice = kindAdvice(w, feature);
  return w.sentences(
    w.t('A {{kind}} is {{feature}}, which Windows nodes do not support (guide §3.4).', {
      kind,
      feature: name,
    }),
    ...(advice === undefined ? [] : [advice]),
  );
}
