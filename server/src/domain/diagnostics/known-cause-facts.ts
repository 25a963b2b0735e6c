import type { JoinFacts } from './join-facts';
import type { JoinTimeline } from './join-timeline';

/** What the cluster as a whole shows that known causes read. */
export interface ClusterCauseFacts {
  /** Infrastructure status.platformStatus.type. */
  platform?: string;
  /** The cluster network and hybrid overlay CIDRs (networks.config / operator Network). */
  clusterNetworkCidrs: string[];
  /** The hybrid overlay's custom VXLAN port, when one is set. */
  vxlanPort?: number;
  /** Whether Secret openshift-machine-api/windows-user-data exists; undefined: not readable. */
  userDataSecretPresent?: boolean;
  /** WMCO's hash of the current cloud-private-key's public half, as on nodes' pub-key-hash. */
  currentKeyHash?: string;
}

/** One stuck Machine or BYOH instance, with what SSH checks and DNS found of its host. */
export interface SubjectCauseFacts {
  join: JoinFacts;
  timeline: JoinTimeline;
  /** A BYOH IPv4 address's PTR names: [] looked up and none; undefined not looked up. */
  ptrNames?: string[];
  host?: {
    /** Network adapters the host reports. */
    networkAdapters?: number;
    /** EC2LaunchV2's version on an AWS host. */
    ec2LaunchVersion?: string;
    /** The host key the host presents differs from the one WMCO pinned. */
    hostKeyMismatch?: boolean;
  };
}

export type { KnownCause, KnownCauseCode } from '../../../contract/diagnostics';
