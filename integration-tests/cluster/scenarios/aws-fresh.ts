// A freshly installed OpenShift 4.22.3 cluster on AWS (installer-provisioned, us-east-1,
// OVN-Kubernetes with hybrid networking configured): three Linux worker MachineSets, the default
// catalogs, no Windows anything yet and no console plugin enabled.
import type { KubeClient } from '../kube-client';
import { seedOpenShiftCluster, type ClusterShape, type MachineSetShape } from './openshift-cluster';

export const AWS_INFRASTRUCTURE_NAME = 'winlab-7xk2p';
export const AWS_REGION = 'us-east-1';

interface AwsInstance {
  ami: string;
  instanceType: string;
  userDataSecret: { name: string; namespace?: string };
}

const linuxWorker: AwsInstance = {
  ami: 'ami-0a3c4f6b8e21d9f57',
  instanceType: 'm6i.xlarge',
  userDataSecret: { name: 'worker-user-data' },
};

/** An AWSMachineProviderConfig in the cluster's private subnet of `zone`. */
export function awsProviderSpec(zone: string, instance: AwsInstance): object {
  const tagFilter = (value: string): object => ({
    filters: [{ name: 'tag:Name', values: [value] }],
  });
  return {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'AWSMachineProviderConfig',
    ami: { id: instance.ami },
    blockDevices: [
      {
        ebs: { encrypted: true, iops: 0, kmsKey: { arn: '' }, volumeSize: 120, volumeType: 'gp3' },
      },
    ],
    credentialsSecret: { name: 'aws-cloud-credentials' },
    deviceIndex: 0,
    iamInstanceProfile: { id: `${AWS_INFRASTRUCTURE_NAME}-worker-profile` },
    instanceType: instance.instanceType,
    metadataServiceOptions: {},
    placement: { availabilityZone: zone, region: AWS_REGION },
    securityGroups: [
      tagFilter(`${AWS_INFRASTRUCTURE_NAME}-node`),
      tagFilter(`${AWS_INFRASTRUCTURE_NAME}-lb`),
    ],
    subnet: tagFilter(`${AWS_INFRASTRUCTURE_NAME}-subnet-private-${zone}`),
    tags: [{ name: `kubernetes.io/cluster/${AWS_INFRASTRUCTURE_NAME}`, value: 'owned' }],
    userDataSecret: instance.userDataSecret,
  };
}

function linuxWorkerMachineSet(zone: string): MachineSetShape {
  return {
    name: `${AWS_INFRASTRUCTURE_NAME}-worker-${zone}`,
    replicas: 1,
    providerSpec: awsProviderSpec(zone, linuxWorker),
    capacity: { vCPU: 4, memoryMb: 16384 },
  };
}

export const awsFresh: ClusterShape = {
  infrastructureName: AWS_INFRASTRUCTURE_NAME,
  clusterDomain: 'winlab.example.com',
  platformSpec: { type: 'AWS', aws: {} },
  platformStatus: { type: 'AWS', aws: { region: AWS_REGION } },
  machineNetwork: '10.0.0.0/16',
  network: { type: 'OVNKubernetes' },
  workerMachineSets: ['a', 'b', 'c'].map((zone) => linuxWorkerMachineSet(`${AWS_REGION}${zone}`)),
};

export function seedAwsFresh(client: KubeClient): Promise<void> {
  return seedOpenShiftCluster(client, awsFresh);
}
