import type { InstallPart } from '../../../contract/install';
import type { LogRotationSettings } from '../../../contract/log-rotation';
import type { WindowsNode } from '../../../contract/nodes';
import type { KeyResolution } from '../byoh/entry-judgement';
import type { InstanceEntry } from '../byoh/instance-entry';
import type { WindowsMachineSetFacts } from '../machinesets/windows-machine-set';
import type { WindowsCsiDaemonSet } from './windows-csi-daemon-sets';
import type { MonitoringFacts } from './wmco-monitoring';

export type PrivateKeyProblem = 'unparseable' | 'encrypted' | 'weak-rsa' | 'missing-field';

/** What the BFF learnt of `cloud-private-key`: never the key itself. */
export interface PrivateKeyFacts {
  present: boolean;
  problem?: PrivateKeyProblem;
  keyType?: string;
  bits?: number;
}

export interface WmcoFacts {
  namespace: string;
  namespaceExists: boolean;
  /** An install started there that stopped before it made these (see install-record.ts). */
  incomplete?: InstallPart[];
  operatorGroup?: { name: string; targetNamespaces: string[] };
  subscription?: {
    name: string;
    channel?: string;
    approval?: string;
    source?: string;
    installedCSV?: string;
    currentCSV?: string;
    state?: string;
    /** An InstallPlan that waits for a person to approve it. */
    pendingInstallPlan?: string;
    /** The service log rotation its env sets (WMCO 10.22+ reads it). */
    logRotation: LogRotationSettings;
  };
  csv?: { name: string; version?: string; phase?: string; reason?: string; message?: string };
  /** `<semver>-<hash>` from the newest `windows-services-*` ConfigMap. */
  fullVersion?: string;
  upgradeable?: { status: string; reason?: string; message?: string };
  /** What the catalog's default channel would install, for judging before install. */
  catalogVersion?: string;
}

/** The machine networks of install-config, or why they are not known. */
export type MachineNetworks =
  { state: 'read'; cidrs: string[] } | { state: 'unreadable' } | { state: 'absent' };

/** How the cluster was installed and where it pulls images from: what MachineSets, BYOH and mirrors need. */
export interface TopologyFacts {
  /** Whether ClusterVersion enables the MachineAPI capability; undefined when it lists none. */
  machineApiCapability?: boolean;
  /** MachineSets and Machines in openshift-machine-api; undefined when the caller may not read them. */
  machineApiObjects?: number;
  machineNetworks: MachineNetworks;
  /** ImageDigestMirrorSets and ImageTagMirrorSets; undefined when the caller may not read them. */
  mirrorSets?: number;
  /** OperatorHub `spec.disableAllDefaultSources`. */
  defaultSourcesDisabled?: boolean;
  /** The host of Infrastructure `status.apiServerInternalURI` (`api-int.<cluster domain>`). */
  apiServerInternalHost?: string;
}

/** Everything the overview judges, read from the cluster with the caller's token. */
export interface ClusterSnapshot {
  /** Resources the caller may not read (`nodes`, `infrastructures.config.openshift.io`, …). */
  unreadable: string[];
  platform?: { type: string; infrastructureName: string; region?: string };
  clusterVersion?: string;
  network?: {
    networkType?: string;
    hybridOverlay?: {
      clusterNetworks: { cidr: string; hostPrefix?: number }[];
      vxlanPort?: number;
    };
  };
  proxyConfigured?: boolean;
  wmco: WmcoFacts;
  privateKey?: PrivateKeyFacts;
  userDataSecretPresent?: boolean;
  nodes: WindowsNode[];
  windowsMachineSets: WindowsMachineSetFacts[];
  byohEntries: InstanceEntry[];
  /** The entries' name keys as WMCO's resolver finds them (hosts file, then DNS). */
  byohResolution: KeyResolution;
  /** WMCO's monitoring label and pod; undefined while its namespace or pods cannot be read. */
  monitoring?: MonitoringFacts;
  /** Read on OpenShift 5.0 and later only (before, no operator deploys its own); undefined otherwise. */
  windowsCsiDaemonSets?: WindowsCsiDaemonSet[];
  topology: TopologyFacts;
}
