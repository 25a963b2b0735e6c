import {
  Alert,
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
import type { NodeUpgrade, UpgradeProgress } from '../../../server/contract/upgrades';
import { usePluginTranslation } from '../../i18n';
import { useUpgradeText } from './useUpgradeText';

/** Done / total, the node WMCO works on, and the time left; the node list below has every node. */
export function UpgradeProgressPanel({
  progress,
  nodes,
}: {
  progress: UpgradeProgress;
  nodes: NodeUpgrade[];
}) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  // With nothing in progress, the node the upgrade is stuck on is the one to look at.
  const current =
    nodes.find((node) => node.name === progress.inProgress) ??
    nodes.find((node) => node.state === 'blocked' || node.state === 'failed');
  const stalled = progress.blocked + progress.failed;
  return (
    <Card>
      <CardTitle>{t('Node upgrade progress')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <Progress
            title={t('Windows nodes on the target version')}
            value={progress.total === 0 ? 0 : (progress.done / progress.total) * 100}
            label={
              <span data-test="upgrade-progress-count">{`${String(progress.done)} / ${String(progress.total)}`}</span>
            }
            valueText={t('{{done}} of {{total}} nodes', progress)}
          />
          <DescriptionList isHorizontal isCompact>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('In progress')}</DescriptionListTerm>
              <DescriptionListDescription data-test="upgrade-in-progress">
                {current
                  ? `${current.name} · ${text.state(current.state)}`
                  : t('No node right now')}
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Time left')}</DescriptionListTerm>
              <DescriptionListDescription data-test="upgrade-eta">
                {progress.secondsLeft !== undefined && progress.medianNodeSeconds !== undefined
                  ? t('About {{left}} (a node takes {{median}}, the median so far)', {
                      left: text.duration(progress.secondsLeft),
                      median: text.duration(progress.medianNodeSeconds),
                    })
                  : t('Estimated once the first node has finished')}
              </DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
          {stalled > 0 ? (
            <Alert
              isInline
              variant={progress.failed > 0 ? 'danger' : 'warning'}
              title={t('The upgrade has stalled: {{blocked}} blocked, {{failed}} failed', progress)}
              data-test="upgrade-stalled"
            >
              {t('WMCO upgrades one node at a time, so the others wait. The node list says why.')}
            </Alert>
          ) : null}
        </Stack>
      </CardBody>
    </Card>
  );
}
