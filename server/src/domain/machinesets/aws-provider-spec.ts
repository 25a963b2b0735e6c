import { wmcoNames } from '../wmco-names';
import type { AwsInputs } from './machine-set-inputs';

function byNameTag(value: string): object {
  return { filters: [{ name: 'tag:Name', values: [value] }] };
}

/** The guide's AWS providerSpec (5.1.2). */
export function awsProviderSpec(inputs: AwsInputs): object {
  return {
    ami: { id: inputs.ami },
    apiVersion: 'awsproviderconfig.openshift.io/v1beta1',
    blockDevices: [{ ebs: { iops: 0, volumeSize: 120, volumeType: 'gp2' } }],
    credentialsSecret: { name: 'aws-cloud-credentials' },
    deviceIndex: 0,
    iamInstanceProfile: { id: inputs.iamInstanceProfile },
    instanceType: inputs.instanceType,
    kind: 'AWSMachineProviderConfig',
    placement: { availabilityZone: inputs.zone, region: inputs.region },
    securityGroups: inputs.securityGroups.map(byNameTag),
    subnet: byNameTag(inputs.subnet),
    tags: [{ name: `kubernetes.io/cluster/${inputs.infrastructureName}`, value: 'owned' }],
    userDataSecret: { name: wmcoNames.userDataSecret, namespace: wmcoNames.machineApiNamespace },
  };
}
