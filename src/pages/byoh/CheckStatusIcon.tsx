import { Icon } from '@patternfly/react-core';
import { BanIcon } from '@patternfly/react-icons';
import type { CheckStatus } from '../../../server/contract/byoh';
import { SeverityIcon } from '../../components/SeverityIcon';
import { usePluginTranslation } from '../../i18n';

/** A check's verdict as an icon with an accessible name; skipped checks are greyed out. */
export function CheckStatusIcon({ status }: { status: CheckStatus }) {
  const { t } = usePluginTranslation();
  switch (status) {
    case 'pass':
      return <SeverityIcon severity="ok" />;
    case 'warn':
      return <SeverityIcon severity="warning" />;
    case 'fail':
      return <SeverityIcon severity="blocked" />;
    case 'skipped':
      return (
        <Icon aria-label={t('Skipped')} role="img">
          <BanIcon />
        </Icon>
      );
  }
}
