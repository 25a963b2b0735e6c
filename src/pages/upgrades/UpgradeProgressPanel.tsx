import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Progress,
  Stack,
} from '@patternfly/react-core';
import type {
  NodeUpgrade,
  OperatorUpgrade,
  UpgradeProgress,
} from '../../../server/contract/upgrades';
import { usePluginTranslation } from '../../i18n';
import { StalledUpgradeAlert } from './StalledUpgradeAlert';
import { progressView } from './upgrade-progress-view';
import { useUpgradeText } from './useUpgradeText';

/** Nodes on the version they are moved to, the node WMCO works on and the next, the time left. */
export function UpgradeProgressPanel({
  operator,
  progress,
  nodes,
}: {
  operator: OperatorUpgrade;
  progress: UpgradeProgress;
  nodes: NodeUpgrade[];
}) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  const view = progressView(operator, progress, nodes);
  const timeLeft = () => {
    if (view.pending) return t('Counted once the update is approved');
    if (view.stalled) return t('Not counted while the upgrade is stalled');
    if (view.secondsLeft !== undefined && progress.medianNodeSeconds !== undefined)
      return t('About {{left}} (a node takes {{median}}, the median so far)', {
        left: text.duration(view.secondsLeft),
        median: text.duration(progress.medianNodeSeconds),
      });
    return t('Estimated once the first node has finished');
  };
  return (
    <Card>
      <CardTitle>{t('Node upgrade progress')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <Progress
            title={
              view.version
                ? t('Windows nodes on {{version}}', { version: view.version })
                : t('Windows nodes on the target version')
            }
            value={view.total === 0 ? 0 : (view.done / view.total) * 100}
            label={
              <span data-test="upgrade-progress-count">{`${String(view.done)} / ${String(view.total)}`}</span>
            }
            valueText={t('{{done}} of {{total}} nodes', { done: view.done, total: view.total })}
          />
          <DescriptionList isHorizontal isCompact>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('In progress')}</DescriptionListTerm>
              <DescriptionListDescription data-test="upgrade-in-progress">
                {view.current
                  ? `${view.current.name} · ${text.state(view.current.state)}`
                  : t('No node right now')}
              </DescriptionListDescription>
            </DescriptionListGroup>
            {view.next ? (
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Next')}</DescriptionListTerm>
                <DescriptionListDescription data-test="upgrade-next">
                  {view.next.name}
                </DescriptionListDescription>
              </DescriptionListGroup>
            ) : null}
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Time left')}</DescriptionListTerm>
              <DescriptionListDescription data-test="upgrade-eta">
                {timeLeft()}
              </DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
          {view.stalled ? <StalledUpgradeAlert stalled={view.stalled} progress={progress} /> : null}
        </Stack>
      </CardBody>
    </Card>
  );
}
