import type { MachineSetProblemCatalogue } from '../../server/contract/machinesets';
import {
  maxReplicas,
  windowsComputerNameLimit,
} from '../../server/src/domain/machinesets/machine-set-rules';
import type { WordsFor } from './wording';

/** What is wrong with a Windows MachineSet or one of its fields, in the reader's language. */
export const machineSetProblemWords: WordsFor<MachineSetProblemCatalogue> = {
  required: ({ t }) => t('Required.'),
  'name-invalid': ({ t }) =>
    t(
      'Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
    ),
  'name-too-long': ({ t }) =>
    t(
      'At most {{max}} characters on this platform: machines are named after the MachineSet plus 6 characters, and Windows computer names are at most 15 characters.',
      { max: windowsComputerNameLimit },
    ),
  'replicas-invalid': ({ t }) => t('A whole number from 0 to {{max}}.', { max: maxReplicas }),
  'ami-invalid': ({ t }) =>
    t('An AMI id is ami- followed by 8 or 17 lowercase hexadecimal digits.'),
  'zone-outside-region': ({ t }, { region }) =>
    region ? t('Not a zone of region {{region}}.', { region }) : t('Not a zone of this region.'),
  'region-mismatch': ({ t }, { expected }) =>
    t('Must be the cluster’s region, {{region}}.', { region: expected }),
  'windows-server-unsupported': ({ t }, { version, supported }) =>
    version
      ? supported
        ? t(
            'This WMCO version does not support Windows Server {{version}} here (supported: {{supported}}).',
            { version, supported },
          )
        : t('This WMCO version does not support Windows Server {{version}} here.', { version })
      : t('This WMCO version does not support this Windows Server version here.'),
  'image-version-mismatch': ({ t }, { image, version }) =>
    t('The image names Windows Server {{image}}, but {{version}} is chosen.', { image, version }),
  'user-data-missing': ({ t }) =>
    t('Secret windows-user-data does not exist yet: install WMCO and create its SSH key first.'),
  'user-data-secret': ({ t }) => t('Must be windows-user-data, the user data WMCO creates.'),
  'platform-mismatch': ({ t }, { platform, cluster }) =>
    t('This describes a {{platform}} machine, but the cluster runs on {{cluster}}.', {
      platform,
      cluster,
    }),
  'platform-without-machine-sets': ({ t }, { cluster }) =>
    t(
      'Windows MachineSets are not available on {{cluster}}: add Windows nodes as BYOH instances.',
      {
        cluster,
      },
    ),
  'not-a-machine-set': ({ t }) => t('Must be a machine.openshift.io/v1beta1 MachineSet.'),
  namespace: ({ t }) => t('Must be openshift-machine-api.'),
  'not-windows': ({ t }) =>
    t('Needs machine.openshift.io/os-id: Windows, or WMCO ignores the machines.'),
  'selector-mismatch': ({ t }) =>
    t(
      'The selector and the template must carry machine.openshift.io/cluster-api-machineset with the MachineSet’s name.',
    ),
  'infrastructure-mismatch': ({ t }, { expected }) =>
    t('machine.openshift.io/cluster-api-cluster must be the infrastructure ID {{id}}.', {
      id: expected,
    }),
  'worker-role-missing': ({ t }) =>
    t('The nodes need the label node-role.kubernetes.io/worker: "".'),
  'linux-template': ({ t }) =>
    t('This is the Linux workers’ template. Use the template made from your Windows golden image.'),
  'yaml-invalid': ({ t }, { detail }) => t('Not valid YAML: {{detail}}', { detail }),
};
