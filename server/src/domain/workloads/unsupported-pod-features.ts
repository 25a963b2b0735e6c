import type { V1RuntimeClass } from '@kubernetes/client-node';
import type { WorkloadFinding } from './workload-check-result';
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
      code: 'service-mesh',
      params: {},
      fix: { code: 'remove-mesh-sidecar', params: {} },
      guideSection: '3.4',
    });
  }
  if (runtimeClass?.handler === hypervHandler) {
    findings.push({
      id: 'hyperv-isolation',
      severity: 'blocked',
      code: 'hyperv-isolation',
      params: { runtimeClass: runtimeClass.metadata?.name ?? '', handler: hypervHandler },
      fix: { code: 'use-process-isolation', params: {} },
      guideSection: '3.4',
    });
  }
  return findings;
}
