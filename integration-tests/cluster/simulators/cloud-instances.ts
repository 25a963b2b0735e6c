// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): what the simulated
// clouds make of a Machine's providerSpec: the instance's provider ID, private address and node name,
// and which Windows Server its image runs. AWS knows its Windows AMIs by id (an unknown id fails the
// launch, as EC2 does); Azure SKUs, GCP image families and vSphere templates name their version, and a
// name without one is taken for Windows Server 2022, the version every platform supports.
import { createHash } from 'node:crypto';
import type { WindowsBuild } from './windows-kubelet';

export type WindowsServer = '2019' | '2022' | '2025';

/** The public English Windows Server Core AMIs of the simulated us-east-1 (`aws ec2 describe-images`). */
export const awsWindowsAmis: Record<WindowsServer, string> = {
  '2019': 'ami-0b7a3c5d9e1f24680',
  '2022': 'ami-0e5a7f3d9c2b1a4e6',
  '2025': 'ami-0c4d8e2a6f1b9d357',
};

/** Kubelet's `node.kubernetes.io/windows-build` of each version. */
export const buildOf: Record<WindowsServer, WindowsBuild> = {
  '2019': '10.0.17763',
  '2022': '10.0.20348',
  '2025': '10.0.26100',
};

export interface CloudInstance {
  providerID: string;
  instanceId: string;
  address: string;
  nodeName: string;
  instanceType?: string;
  region?: string;
  zone?: string;
}

export type Launch =
  | { instance: CloudInstance; windowsServer: WindowsServer }
  | { failure: { reason: string; message: string } };

type ProviderSpec = Record<string, unknown>;

function field(spec: ProviderSpec, ...path: string[]): string {
  let value: unknown = spec;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
}

/** Stable pseudo-random bytes per machine, so a re-run reconcile computes the same instance. */
function bytesOf(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

function versionNamedIn(reference: string): WindowsServer {
  return (/(2019|2022|2025)/.exec(reference)?.[1] as WindowsServer | undefined) ?? '2022';
}

/** A private address in `prefix` (the machine network of the platform's workers). */
function address(prefix: string, bytes: Buffer): string {
  return `${prefix}.${String(128 + ((bytes[0] ?? 0) % 64))}.${String(4 + ((bytes[1] ?? 0) % 250))}`;
}

function awsLaunch(spec: ProviderSpec, bytes: Buffer): Launch {
  const ami = field(spec, 'ami', 'id');
  const windowsServer = (Object.keys(awsWindowsAmis) as WindowsServer[]).find(
    (version) => awsWindowsAmis[version] === ami,
  );
  if (!windowsServer) {
    return {
      failure: {
        reason: 'InvalidConfiguration',
        message: `error launching instance: InvalidAMIID.NotFound: The image id '[${ami}]' does not exist`,
      },
    };
  }
  const zone = field(spec, 'placement', 'availabilityZone');
  const region = field(spec, 'placement', 'region');
  const ip = address('10.0', bytes);
  const instanceId = `i-${bytes.toString('hex').slice(2, 19)}`;
  const domain = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return {
    windowsServer,
    instance: {
      providerID: `aws:///${zone}/${instanceId}`,
      instanceId,
      address: ip,
      nodeName: `ip-${ip.replaceAll('.', '-')}.${domain}`,
      instanceType: field(spec, 'instanceType'),
      region,
      zone,
    },
  };
}

function azureLaunch(name: string, uid: string, spec: ProviderSpec, bytes: Buffer): Launch {
  const location = field(spec, 'location');
  const zone = field(spec, 'zone');
  const resourceGroup = field(spec, 'resourceGroup');
  return {
    windowsServer: versionNamedIn(field(spec, 'image', 'sku')),
    instance: {
      providerID: `azure:///subscriptions/${uid}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachines/${name}`,
      instanceId: name,
      address: address('10.0', bytes),
      nodeName: name,
      instanceType: field(spec, 'vmSize'),
      region: location,
      zone: zone ? `${location}-${zone}` : undefined,
    },
  };
}

function gcpLaunch(name: string, spec: ProviderSpec, bytes: Buffer): Launch {
  const zone = field(spec, 'zone');
  const disks = spec.disks as { image?: string }[] | undefined;
  return {
    windowsServer: versionNamedIn(disks?.[0]?.image ?? ''),
    instance: {
      providerID: `gce://${field(spec, 'projectID')}/${zone}/${name}`,
      instanceId: name,
      address: address('10.0', bytes),
      nodeName: name,
      instanceType: field(spec, 'machineType'),
      region: field(spec, 'region'),
      zone,
    },
  };
}

function vsphereLaunch(name: string, spec: ProviderSpec, bytes: Buffer): Launch {
  const hex = bytes.toString('hex');
  const uuid = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ];
  return {
    windowsServer: versionNamedIn(field(spec, 'template')),
    instance: {
      providerID: `vsphere://${uuid.join('-')}`,
      instanceId: name,
      address: `192.168.10.${String(100 + ((bytes[1] ?? 0) % 150))}`,
      nodeName: name,
    },
  };
}

/** Launches the instance a providerSpec describes, in the simulated cloud of its kind. */
export function launchInstance(name: string, uid: string, spec: ProviderSpec): Launch {
  const bytes = bytesOf(uid);
  switch (spec.kind) {
    case 'AWSMachineProviderConfig':
      return awsLaunch(spec, bytes);
    case 'AzureMachineProviderSpec':
      return azureLaunch(name, uid, spec, bytes);
    case 'GCPMachineProviderSpec':
      return gcpLaunch(name, spec, bytes);
    default:
      return vsphereLaunch(name, spec, bytes);
  }
}
