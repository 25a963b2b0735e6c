import type { MachineSetProblem } from '../../../server/src/domain/machinesets/machine-set-problem';
import {
  maxReplicas,
  windowsComputerNameLimit,
} from '../../../server/src/domain/machinesets/machine-set-rules';
import { usePluginTranslation } from '../../i18n';

/** Words for each problem code of the MachineSet rules, in the user's language. */
export function useProblemText(): (problem: Omit<MachineSetProblem, 'field'>) => string {
  const { t } = usePluginTranslation();
  return ({ code, params = {} }) => {
    const value = (key: string) => String(params[key] ?? '');
    switch (code) {
      case 'required':
        return t('Required.');
      case 'name-invalid':
        return t(
          'Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
        );
      case 'name-too-long':
        return t(
          'At most {{max}} characters on this platform: machines are named after the MachineSet plus 6 characters, and Windows computer names are at most 15 characters.',
          { max: windowsComputerNameLimit },
        );
      case 'replicas-invalid':
        return t('A whole number from 0 to {{max}}.', { max: maxReplicas });
      case 'ami-invalid':
        return t('An AMI id is ami- followed by 8 or 17 lowercase hexadecimal digits.');
      case 'zone-outside-region':
        return t('Not a zone of region {{region}}.', { region: value('region') });
      case 'region-mismatch':
        return t('Must be the cluster’s region, {{region}}.', { region: value('expected') });
      case 'windows-server-unsupported':
        return t('This WMCO version does not support Windows Server {{version}} here.', {
          version: value('version'),
        });
      case 'image-version-mismatch':
        return t('The image names Windows Server {{image}}, but {{version}} is chosen.', {
          image: value('image'),
          version: value('version'),
        });
      case 'user-data-missing':
        return t(
          'Secret windows-user-data does not exist yet: install WMCO and create its SSH key first.',
        );
      case 'user-data-secret':
        return t('Must be windows-user-data, the user data WMCO creates.');
      case 'platform-mismatch':
        return t('This describes a {{platform}} machine, but the cluster runs on {{cluster}}.', {
          platform: value('platform'),
          cluster: value('cluster'),
        });
      case 'platform-without-machine-sets':
        return t('Windows MachineSets are not available on {{cluster}}.', {
          cluster: value('cluster'),
        });
      case 'not-a-machine-set':
        return t('Must be a machine.openshift.io/v1beta1 MachineSet.');
      case 'namespace':
        return t('Must be openshift-machine-api.');
      case 'not-windows':
        return t('Needs machine.openshift.io/os-id: Windows, or WMCO ignores the machines.');
      case 'selector-mismatch':
        return t(
          'The selector and the template must carry machine.openshift.io/cluster-api-machineset with the MachineSet’s name.',
        );
      case 'infrastructure-mismatch':
        return t('machine.openshift.io/cluster-api-cluster must be the infrastructure ID {{id}}.', {
          id: value('expected'),
        });
      case 'worker-role-missing':
        return t('The nodes need the label node-role.kubernetes.io/worker: "".');
      case 'linux-template':
        return t(
          'This is the Linux workers’ template. Use the template made from your Windows golden image.',
        );
      case 'yaml-invalid':
        return t('Not valid YAML: {{detail}}', { detail: value('detail') });
    }
  };
}
