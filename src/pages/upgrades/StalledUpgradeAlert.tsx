import { Alert, AlertActionLink } from '@patternfly/react-core';
import type { NodeUpgrade, UpgradeProgress } from '../../../server/contract/upgrades';
import { consoleLinks } from '../../components/console-links';
import { useNavigate } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { useUpgradeText } from './useUpgradeText';

interface StalledUpgradeAlertProps {
  stalled: { node: NodeUpgrade; since?: string };
  progress: UpgradeProgress;
}

/** Since when the upgrade has not moved, why, and where to act: the node's events, its MachineSet or host. */
export function StalledUpgradeAlert({ stalled, progress }: StalledUpgradeAlertProps) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  const navigate = useNavigate();
  const { node, since } = stalled;
  const go = (path: string) => () => {
    void navigate(path);
  };
  const replace =
    node.source === 'BYOH'
      ? {
          path: `/windows/byoh?${new URLSearchParams({ name: node.name }).toString()}`,
          label: t('Remove or fix the BYOH host'),
        }
      : {
          path: `/windows/machinesets?${new URLSearchParams({ name: node.origin ?? '' }).toString()}`,
          label: t('Replace the Machine'),
        };
  return (
    <Alert
      component="h2"
      isInline
      variant={progress.failed > 0 ? 'danger' : 'warning'}
      title={
        since
          ? t('Stalled since {{time}} on {{node}}', {
              time: text.time(since),
              node: node.name,
            })
          : t('Stalled on {{node}}', { node: node.name })
      }
      data-test="upgrade-stalled"
      actionLinks={
        <>
          <AlertActionLink onClick={go(`${consoleLinks.node(node.name)}/events`)}>
            {t('Node events')}
          </AlertActionLink>
          <AlertActionLink onClick={go(replace.path)}>{replace.label}</AlertActionLink>
        </>
      }
    >
      <p data-test="upgrade-stalled-reason">
        {node.reason ? text.reason(node.reason) : text.state(node.state)}
      </p>
      <p>
        {t(
          '{{blocked}} blocked, {{failed}} failed. WMCO upgrades one node at a time, so the others wait until this one moves on or is replaced.',
          progress,
        )}
      </p>
    </Alert>
  );
}
