import type { ServicesConfigProblem, ServiceState } from '../../../server/contract/node-services';
import { usePluginTranslation } from '../../i18n';

export interface ServiceStateText {
  label: string;
  status: 'success' | 'danger' | 'warning' | 'info' | undefined;
  /** The service's, the kubelet's or WMCO's own words, when they say more. */
  words?: string;
}

/** Words for a service's state on a node, and for a services ConfigMap WMCO would refuse. */
export function useServiceText(): {
  state: (state: ServiceState) => ServiceStateText;
  configProblem: (problem: ServicesConfigProblem) => string;
} {
  const { t } = usePluginTranslation();
  const state = (current: ServiceState): ServiceStateText => {
    switch (current.code) {
      case 'service-running':
        return { label: t('Running'), status: 'success' };
      case 'service-running-with-errors':
        return { label: t('Running, with errors'), status: 'warning', words: current.params.line };
      case 'service-failing':
        return { label: t('Failing'), status: 'danger', words: current.params.line };
      case 'service-log-missing':
        return { label: t('Missing: it left no log'), status: 'danger' };
      case 'service-waiting':
        return {
          label: t('Waiting for {{dependency}}', current.params),
          status: 'warning',
        };
      case 'service-not-configured-yet':
        return { label: t('Not configured yet'), status: 'info' };
      case 'service-unknown':
        return { label: t('Not known yet'), status: undefined };
    }
  };
  const configProblem = ({ code, params }: ServicesConfigProblem): string => {
    switch (code) {
      case 'services-config-missing':
        return params.version
          ? t('WMCO has no services ConfigMap for version {{version}}.', params)
          : t('WMCO has published no services ConfigMap: is it installed?');
      case 'services-config-missing-key':
        return t('WMCO’s services ConfigMap lacks its key {{key}}.', params);
      case 'services-config-unreadable':
        return t('WMCO’s services ConfigMap has a {{key}} that cannot be read.', params);
      case 'services-config-unexpected-keys':
        return t('WMCO’s services ConfigMap has keys WMCO does not know: {{keys}}.', {
          keys: params.keys.join(', '),
        });
    }
  };
  return { state, configProblem };
}
