import type { V1RuntimeClass } from '@kubernetes/client-node';
import type { WorkloadFinding } from './workload-finding';
import type { WorkloadFacts } from './workload-object';

/** WMCO's containerd knows the process-isolation runtime only (runhcs-wcow-process). */
const hypervHandler = 'runhcs-wcow-hypervisor';

/** Guide §2.8/§3.4 features a pod template can ask for: Service Mesh's sidecar, Hyper-V isolation. */
export function unsupportedPodFeatures(
  workload: WorkloadFacts,
  runtimeClass: V1RuntimeClass | undefined,
): WorkloadFinding[] {
  const findings: WorkloadFinding[] = [];
  if (workload.meshSidecar) {
    findings.push({
      id: 'service-mesh',
      severity: 'blocked',
      title: 'The pod asks for the Service Mesh sidecar',
      detail:
        'OpenShift Service Mesh is not supported on Windows nodes: its sidecar is a Linux container.',
      fix: 'Remove sidecar.istio.io/inject: "true" from the pod template.',
      guideSection: '3.4',
    });
  }
  if (runtimeClass?.handler === hypervHandler) {
    findings.push({
      id: 'hyperv-isolation',
      severity: 'blocked',
      title: `RuntimeClass ${runtimeClass.metadata?.name ?? ''} asks for Hyper-V isolation`,
      detail: `Handler ${hypervHandler} needs Hyper-V isolated containers; WMCO configures containerd with process isolation only (runhcs-wcow-process).`,
      fix: 'Use a RuntimeClass with the default handler, and a base image matching the node’s build.',
      guideSection: '3.4',
    });
  }
  return findings;
}
