import type { V1RuntimeClass } from '@kubernetes/client-node';
import type { CheckResult, WorkloadFinding as ContractFinding } from '../../../contract/workloads';
import type { NodeFacts } from './node-scheduling';

/** What the cluster holds, as far as the caller may read it: undefined = not readable. */
export interface ClusterFacts {
  windowsNodes?: NodeFacts[];
  runtimeClasses?: readonly V1RuntimeClass[];
}

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
export type WorkloadFinding = ContractFinding & { id: FindingId };

export type WorkloadVerdict = 'can-run' | 'cannot-run' | 'linux';

export type WorkloadCheck = Omit<CheckResult, 'findings'> & { findings: WorkloadFinding[] };
