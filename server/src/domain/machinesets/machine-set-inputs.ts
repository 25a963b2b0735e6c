/** The platforms the guide has a Windows MachineSet for (ch. 5), by Infrastructure platform type. */
export const machineSetPlatforms = ['AWS', 'Azure', 'VSphere', 'GCP'] as const;
export type MachineSetPlatform = (typeof machineSetPlatforms)[number];

export function isMachineSetPlatform(platform: string): platform is MachineSetPlatform {
  return (machineSetPlatforms as readonly string[]).includes(platform);
}

/** `providerSpec.value.kind` of each platform: how a MachineSet says which cloud it is for. */
export const providerSpecKinds: Record<MachineSetPlatform, string> = {
  AWS: 'AWSMachineProviderConfig',
  Azure: 'AzureMachineProviderSpec',
  VSphere: 'VSphereMachineProviderSpec',
  GCP: 'GCPMachineProviderSpec',
};

/** The platform a providerSpec kind belongs to, if it is one of the four. */
export function platformOfProviderKind(kind: unknown): MachineSetPlatform | undefined {
  return machineSetPlatforms.find((platform) => providerSpecKinds[platform] === kind);
}

/** What every platform's form asks: the placeholders the guide's examples share. */
export interface CommonInputs {
  infrastructureName: string;
  name: string;
  replicas: number;
}

export interface AwsInputs extends CommonInputs {
  platform: 'AWS';
  region: string;
  zone: string;
  ami: string;
  instanceType: string;
  iamInstanceProfile: string;
  /** `tag:Name` values of the security groups. */
  securityGroups: string[];
  /** `tag:Name` value of the subnet. */
  subnet: string;
}

export interface AzureImage {
  publisher: string;
  offer: string;
  sku: string;
  version: string;
}

export interface AzureInputs extends CommonInputs {
  platform: 'Azure';
  location: string;
  zone: string;
  vmSize: string;
  image: AzureImage;
  resourceGroup: string;
  networkResourceGroup: string;
  vnet: string;
  subnet: string;
  managedIdentity: string;
}

export interface VSphereWorkspace {
  server: string;
  datacenter: string;
  datastore: string;
  folder: string;
  resourcePool: string;
}

export interface VSphereInputs extends CommonInputs {
  platform: 'VSphere';
  /** The golden image's VM template: a clone of the prepared VM, never the original. */
  template: string;
  networkName: string;
  workspace: VSphereWorkspace;
}

export interface GcpInputs extends CommonInputs {
  platform: 'GCP';
  region: string;
  zone: string;
  projectID: string;
  image: string;
  machineType: string;
  network: string;
  subnetwork: string;
  serviceAccountEmail: string;
  tags: string[];
}

export type MachineSetInputs = AwsInputs | AzureInputs | VSphereInputs | GcpInputs;
