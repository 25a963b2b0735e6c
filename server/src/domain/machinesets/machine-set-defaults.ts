import type { MachineSetDefaults } from '../../../contract/machinesets';
import type { Infrastructure, MachineSet } from '../openshift-objects';
import {
  supportedWindowsVersions,
  wmcoRulesFor,
  type WindowsServerVersion,
} from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import {
  isMachineSetPlatform,
  providerSpecKinds,
  type MachineSetPlatform,
} from './machine-set-inputs';
import type { MachineSetCluster } from './machine-set-validation';
import { textAt, valueAt } from './object-path';
import { isWindowsMachineSet } from './windows-machine-set';

/** What the BFF read to prefill the wizard, as the caller. */
export interface MachineSetReadout {
  infrastructure?: Infrastructure;
  machineSets: readonly MachineSet[];
  wmcoVersion: { installed?: string; catalog?: string };
  vxlanPort?: number;
  userDataSecretPresent?: boolean;
  unreadable: string[];
}

type ProviderSpec = Record<string, unknown>;

/**
 * Windows Server versions a new MachineSet may run: what the support matrix allows on the platform for
 * the WMCO version, without 2019 when a custom VXLAN port is set (2019 cannot use one).
 */
export function windowsServerChoices(
  wmcoVersion: string | undefined,
  platform: string,
  vxlanPort: number | undefined,
): WindowsServerVersion[] {
  const rules = wmcoVersion ? wmcoRulesFor(wmcoVersion) : undefined;
  if (!rules) return [];
  return supportedWindowsVersions(rules, platform).filter(
    (version) => vxlanPort === undefined || version !== '2019',
  );
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

/** `tag:Name` values of an AWS resource reference (`{ filters: [{ name, values }] }`). */
function nameTags(reference: unknown): string[] {
  const filters = valueAt(reference, 'filters');
  if (!Array.isArray(filters)) return [];
  return (filters as { name?: unknown; values?: unknown }[])
    .filter((filter) => filter.name === 'tag:Name' && Array.isArray(filter.values))
    .flatMap((filter) => filter.values as string[]);
}

/** The Linux compute MachineSets of the platform: what the installer created, the best template. */
function linuxWorkerSpecs(
  machineSets: readonly MachineSet[],
  platform: MachineSetPlatform,
): { names: string[]; specs: ProviderSpec[] } {
  const workers = machineSets
    .filter(
      (machineSet) =>
        !isWindowsMachineSet(machineSet) &&
        machineSet.spec?.template?.metadata?.labels?.[wmcoNames.machineRoleLabel] === 'worker' &&
        machineSet.spec.template.spec?.providerSpec?.value?.kind === providerSpecKinds[platform],
    )
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  return {
    names: workers.map((machineSet) => machineSet.metadata?.name ?? ''),
    specs: workers.map((machineSet) => machineSet.spec?.template?.spec?.providerSpec?.value ?? {}),
  };
}

function platformDefaults(
  platform: MachineSetPlatform,
  specs: ProviderSpec[],
  infrastructure: Infrastructure | undefined,
): Pick<MachineSetDefaults, 'aws' | 'azure' | 'vsphere' | 'gcp'> {
  const [first = {}] = specs;
  const read = (path: string) => optional(textAt(first, path));
  const status = infrastructure?.status?.platformStatus;
  switch (platform) {
    case 'AWS': {
      const zones = new Map<string, string | undefined>();
      for (const spec of specs) {
        const zone = textAt(spec, 'placement.availabilityZone');
        if (zone && !zones.has(zone)) zones.set(zone, nameTags(valueAt(spec, 'subnet'))[0]);
      }
      const groups = valueAt(first, 'securityGroups');
      return {
        aws: {
          region: status?.aws?.region ?? read('placement.region'),
          zones: [...zones].map(([name, subnet]) => ({ name, subnet })),
          instanceType: read('instanceType'),
          iamInstanceProfile: read('iamInstanceProfile.id'),
          securityGroups: Array.isArray(groups) ? groups.flatMap(nameTags) : [],
        },
      };
    }
    case 'Azure':
      return {
        azure: {
          location: read('location'),
          zones: unique(specs.map((spec) => textAt(spec, 'zone'))),
          vmSize: read('vmSize'),
          resourceGroup: read('resourceGroup'),
          networkResourceGroup: read('networkResourceGroup'),
          vnet: read('vnet'),
          subnet: read('subnet'),
          managedIdentity: read('managedIdentity'),
        },
      };
    case 'VSphere':
      return {
        vsphere: {
          server: read('workspace.server'),
          datacenter: read('workspace.datacenter'),
          datastore: read('workspace.datastore'),
          folder: read('workspace.folder'),
          resourcePool: read('workspace.resourcePool'),
          networkName: read('network.devices.0.networkName'),
          linuxTemplates: unique(specs.map((spec) => textAt(spec, 'template'))),
        },
      };
    case 'GCP': {
      const tags = valueAt(first, 'tags');
      return {
        gcp: {
          region: status?.gcp?.region ?? read('region'),
          zones: unique(specs.map((spec) => textAt(spec, 'zone'))),
          projectID: status?.gcp?.projectID ?? read('projectID'),
          machineType: read('machineType'),
          network: read('networkInterfaces.0.network'),
          subnetwork: read('networkInterfaces.0.subnetwork'),
          serviceAccountEmail: read('serviceAccounts.0.email'),
          tags: Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [],
        },
      };
    }
  }
}

/** The wizard's starting point: cluster facts, and the values of the platform's Linux workers. */
export function deriveMachineSetDefaults(readout: MachineSetReadout): MachineSetDefaults {
  const platform = readout.infrastructure?.status?.platformStatus?.type;
  const { installed, catalog } = readout.wmcoVersion;
  const wmcoVersion = installed ?? catalog;
  const machineSetPlatform = platform && isMachineSetPlatform(platform) ? platform : undefined;
  const workers = machineSetPlatform
    ? linuxWorkerSpecs(readout.machineSets, machineSetPlatform)
    : { names: [], specs: [] };
  return {
    platform,
    infrastructureName: optional(readout.infrastructure?.status?.infrastructureName ?? ''),
    wmco: {
      version: wmcoVersion,
      source: installed ? 'installed' : catalog ? 'catalog' : 'unknown',
    },
    windowsServerVersions: platform
      ? windowsServerChoices(wmcoVersion, platform, readout.vxlanPort)
      : [],
    hybridOverlayVXLANPort: readout.vxlanPort,
    userDataSecretPresent: readout.userDataSecretPresent,
    workerMachineSets: workers.names,
    ...(machineSetPlatform
      ? platformDefaults(machineSetPlatform, workers.specs, readout.infrastructure)
      : {}),
    unreadable: readout.unreadable,
  };
}

/** The facts a MachineSet is validated against, from the wizard's defaults. */
export function machineSetCluster(defaults: MachineSetDefaults): MachineSetCluster {
  return {
    platform: defaults.platform ?? '',
    infrastructureName: defaults.infrastructureName,
    region: defaults.aws?.region ?? defaults.azure?.location ?? defaults.gcp?.region,
    windowsServerVersions: defaults.windowsServerVersions,
    userDataSecretPresent: defaults.userDataSecretPresent,
    linuxTemplates: defaults.vsphere?.linuxTemplates,
  };
}
