/**
 * The fields of OpenShift and OLM objects the BFF reads, typed loosely on purpose: objects from a real
 * cluster may lack any of them, so every field is optional and every reader checks.
 */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  resourceVersion?: string;
}

export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface ObjectList<T> {
  items?: T[];
}

export interface Infrastructure {
  status?: {
    infrastructureName?: string;
    apiServerInternalURI?: string;
    platformStatus?: {
      type?: string;
      aws?: { region?: string };
      gcp?: { region?: string; projectID?: string };
    };
  };
}

export interface ClusterVersion {
  status?: {
    desired?: { version?: string };
    history?: { version?: string; state?: string }[];
    capabilities?: { enabledCapabilities?: string[] };
  };
}

export interface OperatorHub {
  spec?: { disableAllDefaultSources?: boolean };
}

export interface ConfigNetwork {
  spec?: { networkType?: string; clusterNetwork?: { cidr?: string }[] };
  status?: { networkType?: string };
}

export interface OperatorNetwork {
  spec?: {
    defaultNetwork?: {
      type?: string;
      ovnKubernetesConfig?: {
        hybridOverlayConfig?: {
          hybridClusterNetwork?: { cidr?: string; hostPrefix?: number }[];
          hybridOverlayVXLANPort?: number;
        };
      };
    };
  };
}

export interface Proxy {
  spec?: { httpProxy?: string; httpsProxy?: string };
  status?: { httpProxy?: string; httpsProxy?: string };
}

/** An entry of a container's env, as a Subscription's `spec.config.env` holds it. */
export interface EnvEntry {
  name: string;
  value?: string;
  valueFrom?: unknown;
}

export interface Subscription {
  metadata?: ObjectMeta;
  spec?: {
    name?: string;
    channel?: string;
    installPlanApproval?: string;
    source?: string;
    sourceNamespace?: string;
    /** What OLM sets on the operator's pod; WMCO reads its log rotation from `env`. */
    config?: { env?: EnvEntry[] };
  };
  status?: {
    installedCSV?: string;
    currentCSV?: string;
    state?: string;
    installPlanRef?: { name?: string; namespace?: string };
  };
}

export interface InstallPlan {
  metadata?: ObjectMeta;
  spec?: { approved?: boolean; approval?: string; clusterServiceVersionNames?: string[] };
  status?: { phase?: string; conditions?: Condition[] };
}

export interface ClusterServiceVersion {
  metadata?: ObjectMeta;
  spec?: { version?: string };
  status?: { phase?: string; reason?: string; message?: string };
}

export interface OperatorGroup {
  metadata?: ObjectMeta;
  spec?: { targetNamespaces?: string[] };
}

export interface OperatorCondition {
  spec?: { conditions?: Condition[] };
  status?: { conditions?: Condition[] };
}

export interface PackageManifest {
  status?: {
    defaultChannel?: string;
    channels?: { name?: string; currentCSV?: string; currentCSVDesc?: { version?: string } }[];
  };
}

export interface Machine {
  metadata?: ObjectMeta;
  spec?: { providerID?: string };
  status?: {
    phase?: string;
    nodeRef?: { name?: string };
    addresses?: { type?: string; address?: string }[];
    errorMessage?: string;
  };
}

export interface MachineSet {
  metadata?: ObjectMeta;
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: {
      metadata?: { labels?: Record<string, string> };
      spec?: { providerSpec?: { value?: Record<string, unknown> } };
    };
  };
  status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number };
}
