// The registry of scenario seeds: each one shapes a fresh local cluster like a particular OpenShift
// cluster.
import type { ImageRegistries } from '../../registry/image-registries';
import type { KubeClient } from '../kube-client';
import { seedAwsFresh } from './aws-fresh';
import { knownCauseScenarios } from './diagnostics-known-causes';
import { seedLarge } from './large';
import { seedLifecycle2019MachineSet } from './lifecycle-2019-machineset';
import { seedMixedBuilds } from './mixed-builds';
import { seedNutanixWmcoInstalled } from './nutanix-cluster';
import { seedProxy } from './proxy';
import { seedSdn } from './sdn';
import { seedUpgrade, seedUpgradeNodeNeverReturns, seedUpgradePdbBlocked } from './upgrade';
import { seedVsphereDefaultVxlan } from './vsphere-default-vxlan';
import {
  seedAwsWmcoInstalled,
  seedAzureWmcoInstalled,
  seedGcpWmcoInstalled,
  seedVsphereWmcoInstalled,
} from './wmco-installed-clusters';
import { seedWmcoInstalledWithNodes } from './wmco-installed-with-nodes';

/** What runs beside the cluster for a scenario. */
export interface ScenarioContext {
  /** The local OCI registries holding the crafted Windows images (see imageRegistryScenarios). */
  imageRegistry?: ImageRegistries;
}

/** Creates a scenario's objects with the admin client. */
export type Scenario = (client: KubeClient, context: ScenarioContext) => Promise<void>;

export const scenarios: Record<string, Scenario> = {
  'aws-fresh': seedAwsFresh,
  'vsphere-default-vxlan': seedVsphereDefaultVxlan,
  sdn: seedSdn,
  proxy: seedProxy,
  'wmco-installed-with-nodes': seedWmcoInstalledWithNodes,
  'mixed-builds': seedMixedBuilds,
  'lifecycle-2019-machineset': seedLifecycle2019MachineSet,
  upgrade: seedUpgrade,
  'upgrade-pdb-blocked': seedUpgradePdbBlocked,
  'upgrade-node-never-returns': seedUpgradeNodeNeverReturns,
  'aws-wmco-installed': seedAwsWmcoInstalled,
  'azure-wmco-installed': seedAzureWmcoInstalled,
  'vsphere-wmco-installed': seedVsphereWmcoInstalled,
  'gcp-wmco-installed': seedGcpWmcoInstalled,
  'nutanix-wmco-installed': seedNutanixWmcoInstalled,
  large: seedLarge,
  ...knownCauseScenarios,
};

export const scenarioNames = Object.keys(scenarios);

/** Scenarios whose workloads pull from the local image registries: they start with the cluster. */
export const imageRegistryScenarios: ReadonlySet<string> = new Set(['lifecycle-2019-machineset']);
