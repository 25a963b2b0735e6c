import type { V1Container, V1DaemonSet, V1PodSpec } from '@kubernetes/client-node';
import { wmcoNames } from '../wmco-names';

/** A DaemonSet someone made that registers a CSI driver's node plugin on Windows nodes. */
export interface WindowsCsiDaemonSet {
  namespace: string;
  name: string;
  /** The CSI driver it registers (`file.csi.azure.com`). */
  driver: string;
}

/** A DaemonSet as far as the rule reads it: its name and its pods' spec (whole DaemonSets are ones too). */
export type CsiRuleDaemonSet = Pick<V1DaemonSet, 'metadata'> & {
  spec?: { template: { spec?: V1PodSpec } };
};

/** Where OpenShift's CSI driver operators run what they deploy, the Windows node DaemonSets too. */
export const csiOperatorsNamespace = 'openshift-cluster-csi-drivers';

/**
 * The drivers whose operators deploy a Windows node DaemonSet from OpenShift 5.0 (the Windows CSI node
 * plugin enhancement: Azure File and vSphere), by the platform they run on. Other drivers' hand-made
 * DaemonSets (Trident, SMB) have no operator DaemonSet to conflict with.
 */
export const operatorWindowsDrivers: Readonly<Record<string, string>> = {
  'file.csi.azure.com': 'Azure',
  'csi.vsphere.vmware.com': 'VSphere',
};

/** Images that name their driver, for a registrar whose registration path says nothing. */
const driverImages: readonly [RegExp, string][] = [
  [/azurefile-csi/, 'file.csi.azure.com'],
  [/vsphere-(block-)?csi-driver|vsphere-csi/, 'csi.vsphere.vmware.com'],
];

function targetsWindows(spec: V1PodSpec): boolean {
  if (spec.os?.name === 'windows') return true;
  if (spec.nodeSelector?.[wmcoNames.osLabel] === 'windows') return true;
  const terms =
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  return terms.some((term) =>
    (term.matchExpressions ?? []).some(
      (expression) =>
        expression.key === wmcoNames.osLabel &&
        expression.operator === 'In' &&
        (expression.values ?? []).includes('windows'),
    ),
  );
}

/**
 * The node-driver-registrar sidecar: what registers a driver's node plugin with the kubelet, so what
 * two DaemonSets of one driver fight over. Known by its image or its usual container name.
 */
function isRegistrar(container: V1Container): boolean {
  return (
    (container.image ?? '').includes('csi-node-driver-registrar') ||
    ['node-driver-registrar', 'csi-node-driver-registrar'].includes(container.name)
  );
}

/** `C:\var\lib\kubelet\plugins\file.csi.azure.com\csi.sock` → `file.csi.azure.com`; `$(VAR)` from env. */
function registeredDriver(registrar: V1Container): string | undefined {
  const flag = '--kubelet-registration-path=';
  const argument = (registrar.args ?? []).find((arg) => arg.startsWith(flag))?.slice(flag.length);
  const variable = /^\$\((\w+)\)$/.exec(argument ?? '')?.[1];
  const path = variable ? registrar.env?.find((entry) => entry.name === variable)?.value : argument;
  const parts = (path ?? '').split(/[\\/]+/);
  const at = parts.indexOf('plugins');
  return at >= 0 ? parts[at + 1] || undefined : undefined;
}

function driverOf(spec: V1PodSpec): string | undefined {
  const registrar = spec.containers.find(isRegistrar);
  if (!registrar) return undefined;
  const registered = registeredDriver(registrar);
  if (registered) return registered;
  const images = spec.containers.map((container) => container.image ?? '');
  return driverImages.find(([pattern]) => images.some((image) => pattern.test(image)))?.[1];
}

/** The Windows CSI node DaemonSets outside the CSI operators' namespace, with the driver each registers. */
export function handMadeWindowsCsiDaemonSets(
  daemonSets: readonly CsiRuleDaemonSet[],
): WindowsCsiDaemonSet[] {
  return daemonSets.flatMap((daemonSet) => {
    const namespace = daemonSet.metadata?.namespace ?? '';
    const spec = daemonSet.spec?.template.spec;
    if (namespace === csiOperatorsNamespace || !spec || !targetsWindows(spec)) return [];
    const driver = driverOf(spec);
    return driver ? [{ namespace, name: daemonSet.metadata?.name ?? '', driver }] : [];
  });
}
