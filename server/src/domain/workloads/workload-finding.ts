/** What the workload checker can find. */
export type FindingId =
  | 'deployment-config'
  | 'no-windows-nodes'
  | 'runtime-class-missing'
  | 'no-toleration-no-runtime-class'
  | 'no-toleration'
  | 'no-matching-node'
  | 'os-name-missing'
  | 'os-name-not-windows'
  | 'image-build-mismatch'
  | 'several-builds-no-runtime-class'
  | 'runtime-class-recommended'
  | 'linux-image'
  | 'privileged'
  | 'huge-pages'
  | 'private-registry'
  | 'host-network'
  | 'linux-not-pinned'
  | 'linux-tolerates-windows-taint'
  | 'service-mesh'
  | 'hyperv-isolation';

/** One reason a workload cannot (or might not) run on Windows nodes, and how to fix it. */
export interface WorkloadFinding {
  id: FindingId;
  severity: 'blocked' | 'warning';
  title: string;
  detail: string;
  fix: string;
  guideSection?: string;
  container?: string;
}
