import type { MachineSetDefaults } from '../../../contract/machinesets';
import type { Infrastructure, MachineSet } from '../openshift-objects';
import {
  usableWindowsVersions,
  wmcoRulesFor,
  type WindowsServerVersion,
} from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import type { MachineSetPlatform } from './machine-set-platform';
import { machineSetPlatform } from './platform-table';
import type { MachineSetCluster } from './machine-set-validation';
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
  return [...usableWindowsVersions(rules, platform, vxlanPort !== undefined)];
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** The Linux compute MachineSets of the platform: what the installer created, the best template. */
function linuxWorkerSpecs(
  machineSets: readonly MachineSet[],
  platform: MachineSetPlatform | undefined,
): { names: string[]; specs: ProviderSpec[] } {
  const workers = machineSets
    .filter(
      (machineSet) =>
        !isWindowsMachineSet(machineSet) &&
        machineSet.spec?.template?.metadata?.labels?.[wmcoNames.machineRoleLabel] === 'worker' &&
        machineSet.spec.template.spec?.providerSpec?.value?.kind === platform?.providerKind,
    )
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  return {
    names: workers.map((machineSet) => machineSet.metadata?.name ?? ''),
    specs: workers.map((machineSet) => machineSet.spec?.template?.spec?.providerSpec?.value ?? {}),
  };
}

/** The wizard's starting point: cluster facts, and the values of the platform's Linux workers. */
export function deriveMachineSetDefaults(readout: MachineSetReadout): MachineSetDefaults {
  const platform = readout.infrastructure?.status?.platformStatus?.type;
  const { installed, catalog } = readout.wmcoVersion;
  const wmcoVersion = installed ?? catalog;
  const module = machineSetPlatform(platform);
  const workers = linuxWorkerSpecs(readout.machineSets, module);
  const found = module?.readDefaults({
    specs: workers.specs,
    infrastructure: readout.infrastructure,
  });
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
    values: found?.values ?? {},
    zones: found?.zones ?? [],
    forbidden: found?.forbidden ?? [],
    unreadable: readout.unreadable,
  };
}

/** The facts a MachineSet is validated against, from the wizard's defaults. */
export function machineSetCluster(defaults: MachineSetDefaults): MachineSetCluster {
  return {
    platform: defaults.platform ?? '',
    infrastructureName: defaults.infrastructureName,
    region: defaults.values.region,
    windowsServerVersions: defaults.windowsServerVersions,
    userDataSecretPresent: defaults.userDataSecretPresent,
    forbidden: defaults.forbidden,
  };
}
