// Part of the OLM simulator (a TEST DOUBLE, never part of the product): the names and the shapes of
// the OLM objects it reads, as far as it reads them.
import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { Condition } from './status';

/** On a PackageManifest: the CSVs installed from it end in phase Failed with this message. */
export const CSV_FAILS_ANNOTATION = 'simulator.windows-nodes/csv-fails';
export const OLM_API_VERSION = 'operators.coreos.com/v1alpha1';

type StoredMeta = V1ObjectMeta & { name: string; namespace: string; uid: string };

export interface Subscription {
  metadata: StoredMeta;
  spec: {
    name: string;
    source: string;
    sourceNamespace: string;
    channel?: string;
    installPlanApproval?: 'Automatic' | 'Manual';
  };
  status?: { conditions?: Condition[] };
}

export interface InstallPlan {
  metadata: StoredMeta;
  spec: {
    approval: 'Automatic' | 'Manual';
    approved: boolean;
    clusterServiceVersionNames: string[];
  };
  status?: { phase?: string };
}

export interface ClusterServiceVersion {
  metadata: StoredMeta;
  status?: { phase?: string; reason?: string; lastTransitionTime?: string; conditions?: object[] };
}

export interface OperatorGroup {
  metadata: StoredMeta;
  spec?: { targetNamespaces?: string[]; selector?: object };
  status?: { namespaces?: string[] };
}

export interface CatalogSource {
  metadata: StoredMeta;
  status?: { connectionState?: { lastObservedState?: string } };
}

/** The head of a package channel as the package server describes it. */
export interface ChannelHead {
  name: string;
  currentCSV: string;
  currentCSVDesc: {
    displayName: string;
    version: string;
    description?: string;
    provider?: { name: string };
    annotations?: Record<string, string>;
    installModes?: Array<{ type: string; supported: boolean }>;
    relatedImages?: string[];
  };
}

export interface PackageManifest {
  metadata: StoredMeta;
  status: { catalogSource: string; defaultChannel: string; channels: ChannelHead[] };
}

export function now(): string {
  return new Date().toISOString();
}
