import { wmcoNames } from '../wmco-names';
import { valueAt } from './object-path';
import { amiIdPattern, awsDescribeImagesCommand } from './windows-images';
import {
  escapeRegExp,
  listOf,
  uiText,
  zoneIn,
  textField,
  type MachineSetPlatform,
  type PlatformField,
} from './machine-set-platform';
import { workerDefaults } from './worker-defaults';

function byNameTag(value: string): object {
  return { filters: [{ name: 'tag:Name', values: [value] }] };
}

/** `tag:Name` values of an AWS resource reference (`{ filters: [{ name, values }] }`). */
function nameTags(reference: unknown): string[] {
  const filters = valueAt(reference, 'filters');
  if (!Array.isArray(filters)) return [];
  return (filters as { name?: unknown; values?: unknown }[])
    .filter((filter) => filter.name === 'tag:Name' && Array.isArray(filter.values))
    .flatMap((filter) => filter.values as string[]);
}

const fields: PlatformField[] = [
  {
    name: 'region',
    label: uiText('Region'),
    step: 'machines',
    path: 'placement.region',
    role: 'region',
  },
  {
    name: 'zone',
    label: uiText('Zone'),
    step: 'machines',
    path: 'placement.availabilityZone',
    role: 'zone',
    // The region and a letter: `us-east-1a`.
    rule: zoneIn((region) => new RegExp(`^${escapeRegExp(region)}[a-z]$`)),
  },
  textField('instanceType', uiText('Instance type'), 'instanceType'),
  textField('subnet', uiText('Subnet')),
  {
    name: 'securityGroups',
    label: uiText('Security groups'),
    step: 'machines',
    note: uiText('Comma-separated.'),
  },
  textField('iamInstanceProfile', uiText('IAM instance profile'), 'iamInstanceProfile.id'),
  {
    name: 'ami',
    label: uiText('AMI ID'),
    step: 'image',
    path: 'ami.id',
    hint: uiText('A Windows Server image with a container runtime; the command below lists them.'),
    rule: (id) => (amiIdPattern.test(id) ? undefined : 'ami-invalid'),
  },
];

/** Amazon Web Services: the guide's 5.1.2. */
export const aws: MachineSetPlatform = {
  type: 'AWS',
  label: 'AWS',
  providerKind: 'AWSMachineProviderConfig',
  source: 'guide 5.1.2',
  defaultName: (infrastructureName, zone) => `${infrastructureName}-windows-worker-${zone}`,
  fields,
  readDefaults: (workers) => {
    const defaults = workerDefaults(fields, workers, (spec): Record<string, string> => {
      const subnet = nameTags(valueAt(spec, 'subnet'))[0];
      return subnet ? { subnet } : {};
    });
    const groups = valueAt(workers.specs[0], 'securityGroups');
    const securityGroups = Array.isArray(groups) ? groups.flatMap(nameTags) : [];
    const region = workers.infrastructure?.status?.platformStatus?.aws?.region;
    return {
      ...defaults,
      values: {
        ...defaults.values,
        ...(region ? { region } : {}),
        ...(securityGroups.length > 0 ? { securityGroups: securityGroups.join(', ') } : {}),
      },
    };
  },
  imageValues: () => ({}),
  // An AMI by id only: an `arn` or `filters` of the old image must not stay beside it.
  withImage: (spec, image) => ({ ...spec, ami: { id: image.ami ?? '' } }),
  imageCommand: (version, values) => awsDescribeImagesCommand(version, values.region ?? ''),
  providerSpec: (values, { infrastructureName }) => ({
    ami: { id: values.ami },
    apiVersion: 'awsproviderconfig.openshift.io/v1beta1',
    blockDevices: [{ ebs: { iops: 0, volumeSize: 120, volumeType: 'gp2' } }],
    credentialsSecret: { name: 'aws-cloud-credentials' },
    deviceIndex: 0,
    iamInstanceProfile: { id: values.iamInstanceProfile },
    instanceType: values.instanceType,
    kind: 'AWSMachineProviderConfig',
    placement: { availabilityZone: values.zone, region: values.region },
    securityGroups: listOf(values.securityGroups).map(byNameTag),
    subnet: byNameTag(values.subnet ?? ''),
    tags: [{ name: `kubernetes.io/cluster/${infrastructureName}`, value: 'owned' }],
    userDataSecret: { name: wmcoNames.userDataSecret, namespace: wmcoNames.machineApiNamespace },
  }),
};
