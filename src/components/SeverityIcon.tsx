import { Icon } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
} from '@patternfly/react-icons';
import type { Severity } from '../../server/contract/findings';
import { usePluginTranslation } from '../i18n';

/** A severity as an icon with an accessible name, so colour is never the only signal. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const { t } = usePluginTranslation();
  switch (severity) {
    case 'ok':
      return (
        <Icon status="success" aria-label={t('OK')} role="img">
          <CheckCircleIcon />
        </Icon>
      );
    case 'warning':
      return (
        <Icon status="warning" aria-label={t('Warning')} role="img">
          <ExclamationTriangleIcon />
        </Icon>
      );
    case 'blocked':
      return (
        <Icon status="danger" aria-label={t('Blocked')} role="img">
          <ExclamationCircleIcon />
        </Icon>
      );
  }
}
