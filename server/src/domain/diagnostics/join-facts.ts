import type { JoinSubject } from '../../../contract/diagnostics';

/** What the cluster shows about one Windows Machine or BYOH instance joining, gathered as the caller. */

/** An event WMCO (or the Machine API) recorded, trimmed to what the rules read. */
export interface JoinEvent {
  reason: string;
  message: string;
  /** Last time it happened (ms since the epoch). */
  at: number;
  type?: 'Normal' | 'Warning';
}

/** A CertificateSigningRequest of a kubelet, trimmed. */
export interface CsrFacts {
  name: string;
  /** The node name the request is for (`system:node:<name>` in its subject or requestor). */
  nodeName?: string;
  createdAt: number;
  /** When it was approved or denied; absent while pending. */
  approvedAt?: number;
  deniedAt?: number;
  issued: boolean;
}

export interface NodeFacts {
  name: string;
  createdAt: number;
  ready: boolean;
  /** When Ready last became what it is. */
  readySince?: number;
  readyMessage?: string;
  /** InternalIP addresses: more than one means more than one network adapter. */
  internalIPs: string[];
  /** `node.kubernetes.io/windows-build`, e.g. 10.0.20348. */
  build?: string;
  /** nodeInfo.kernelVersion, e.g. 10.0.20348.2340: the build and its revision. */
  kernelVersion?: string;
  /** WMCO's annotations: the configured version, the key hash, the pinned host key. */
  wmcoVersion?: string;
  pubKeyHash?: string;
}

export type { JoinSubject } from '../../../contract/diagnostics';

export interface JoinFacts {
  subject: JoinSubject;
  /** WMCO's events about this subject (on the Machine, or on windows-instances naming the address). */
  events: JoinEvent[];
  /** The kubelet CSRs for this subject's node name, when the name is known. */
  csrs: CsrFacts[];
  node?: NodeFacts;
}
