import { Alert } from '@patternfly/react-core';
import type { OverviewResponse } from '../../../server/contract/overview';
import { usePluginTranslation } from '../../i18n';

const variants = { ready: 'success', 'action-needed': 'warning', blocked: 'danger' } as const;

/** The answer to "can this cluster run Windows nodes now?", in one line. */
export function ReadinessBanner({ overview }: { overview: OverviewResponse }) {
  const { t } = usePluginTranslation();
  const blocked = overview.findings.filter((f) => f.severity === 'blocked').length;
  const warnings = overview.findings.filter((f) => f.severity === 'warning').length;
  const titles = {
    ready: t('Ready for Windows nodes'),
    'action-needed': t('Action needed'),
    blocked: t('Blocked'),
  };
  const summaries = {
    ready: t('Every check passes.'),
    'action-needed': t('{{count}} finding needs attention before Windows nodes can run.', {
      count: warnings,
    }),
    blocked: t('{{count}} finding stops Windows nodes from running on this cluster.', {
      count: blocked,
    }),
  };
  return (
    <Alert
      variant={variants[overview.readiness]}
      title={titles[overview.readiness]}
      data-test="readiness"
    >
      {summaries[overview.readiness]}
    </Alert>
  );
}
