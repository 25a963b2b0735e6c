import { Alert, AlertActionLink } from '@patternfly/react-core';
import type { OverviewResponse } from '../../../server/contract/overview';
import { useNavigate } from '../../console';
import { usePluginTranslation } from '../../i18n';

const variants = { ready: 'success', 'action-needed': 'warning', blocked: 'danger' } as const;

/** The answer to "can this cluster run Windows nodes now?", in one line. */
export function ReadinessBanner({ overview }: { overview: OverviewResponse }) {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const running = overview.counts.windowsNodes > 0;
  // Everything in place and no Windows node yet: the next step is the first node.
  const firstNode =
    overview.readiness === 'ready' && !running && overview.wmco.state === 'installed';
  // Without WMCO the first step is its install, offered here, in view, whatever the findings below.
  const installFirst = overview.wmco.state === 'not-installed';
  const blocked = overview.findings.filter((f) => f.severity === 'blocked').length;
  const warnings = overview.findings.filter((f) => f.severity === 'warning').length;
  const titles = {
    ready: t('Ready for Windows nodes'),
    'action-needed': t('Action needed'),
    blocked: t('Blocked'),
  };
  const summaries = {
    ready: firstNode
      ? t(
          'Every check passes, and no Windows node runs yet: create a Windows MachineSet, or add your own Windows hosts (BYOH).',
        )
      : t('Every check passes.'),
    'action-needed': running
      ? t('{{count}} finding needs attention.', { count: warnings })
      : t('{{count}} finding needs attention before Windows nodes can run.', { count: warnings }),
    blocked: t('{{count}} finding stops Windows nodes from running on this cluster.', {
      count: blocked,
    }),
  };
  return (
    <Alert
      component="h2"
      variant={variants[overview.readiness]}
      title={titles[overview.readiness]}
      data-test="readiness"
      actionLinks={
        firstNode ? (
          <>
            <AlertActionLink
              onClick={() => {
                void navigate('/windows/machinesets?wizard=create');
              }}
            >
              {t('Next: create a Windows MachineSet')}
            </AlertActionLink>
            <AlertActionLink
              onClick={() => {
                void navigate('/windows/byoh');
              }}
            >
              {t('Add a BYOH host')}
            </AlertActionLink>
          </>
        ) : installFirst ? (
          <AlertActionLink
            onClick={() => {
              void navigate('/windows/install');
            }}
          >
            {t('Next: install WMCO')}
          </AlertActionLink>
        ) : undefined
      }
    >
      {summaries[overview.readiness]}
    </Alert>
  );
}
